/**
 * Property tests: for random documents and random edit sequences, the redline of (a, b) accepted
 * reads as b and rejected reads as a (through our own .docx reader), and every word diff rebuilds
 * both sides. `TMAD_PROPERTY_RUNS` sets the number of cases (default 500).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeDelta } from '../../src/delta/index.js';
import { sideText } from '../../src/delta/word-diff.js';
import { readDocx } from '../../src/docx/read-docx.js';
import type { Delta } from '../../src/model/delta.js';
import { parseDocument } from '../../src/parse/parse-document.js';
import { renderDocxRedline } from '../../src/render/docx/index.js';
import { redlineText, versionText, type ReadBlock } from './helpers.js';

const RUNS = Number(process.env.TMAD_PROPERTY_RUNS ?? 500);

const WORDS = ['meter', 'supplier', 'shall', 'notify', 'the', 'window', 'report', 'within', 'days', 'data', 'network', 'migrate', 'record', 'each', 'of', 'and', 'device', 'hub', 'panel', 'retain'];

interface ClauseSpec {
  words: string[];
  subs: string[][];
  table: string[][] | null;
}
type DocSpec = ClauseSpec[][];

const words = fc.array(fc.constantFrom(...WORDS), { minLength: 3, maxLength: 14 });
const clauseSpec: fc.Arbitrary<ClauseSpec> = fc.record({
  words,
  subs: fc.oneof({ weight: 3, arbitrary: fc.constant<string[][]>([]) }, { weight: 1, arbitrary: fc.array(fc.array(fc.constantFrom(...WORDS), { minLength: 2, maxLength: 6 }), { minLength: 1, maxLength: 3 }) }),
  table: fc.oneof({ weight: 5, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...WORDS)).map(([a, b]) => [a, b]), { minLength: 1, maxLength: 4 }) }),
});
const docSpec: fc.Arbitrary<DocSpec> = fc.array(fc.array(clauseSpec, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 3 });

type Edit =
  | { op: 'insert'; at: number; clause: ClauseSpec }
  | { op: 'delete'; at: number }
  | { op: 'reword'; at: number; word: number; to: string }
  | { op: 'move'; at: number; to: number }
  | { op: 'split'; at: number }
  | { op: 'cell'; at: number; to: string };
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), clause: clauseSpec }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('reword' as const), at: fc.nat(), word: fc.nat(), to: fc.constantFrom(...WORDS) }),
  fc.record({ op: fc.constant('move' as const), at: fc.nat(), to: fc.nat() }),
  fc.record({ op: fc.constant('split' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('cell' as const), at: fc.nat(), to: fc.constantFrom(...WORDS) }),
);

function applyEdits(spec: DocSpec, edits: readonly Edit[]): DocSpec {
  const doc = spec.map((section) => section.map((clause) => ({ ...clause, words: [...clause.words], table: clause.table?.map((row) => [...row]) ?? null })));
  const all = (): Array<[number, number]> => doc.flatMap((section, s) => section.map((_, i): [number, number] => [s, i]));
  for (const e of edits) {
    const places = all();
    const place = places.length > 0 ? places[e.at % places.length] : undefined;
    if (e.op === 'insert') {
      const s = e.at % doc.length;
      const section = doc[s] ?? [];
      section.splice(e.at % (section.length + 1), 0, e.clause);
      continue;
    }
    if (!place) continue;
    const [s, i] = place;
    const section = doc[s] ?? [];
    const clause = section[i];
    if (!clause) continue;
    switch (e.op) {
      case 'delete':
        if (places.length > 1) section.splice(i, 1);
        break;
      case 'reword':
        clause.words[e.word % clause.words.length] = e.to;
        break;
      case 'move': {
        section.splice(i, 1);
        const target = doc[e.to % doc.length] ?? section;
        target.splice(e.to % (target.length + 1), 0, clause);
        break;
      }
      case 'split':
        if (clause.words.length >= 6) {
          const half = Math.floor(clause.words.length / 2);
          section.splice(i + 1, 0, { words: clause.words.slice(half), subs: [], table: null });
          clause.words = clause.words.slice(0, half);
        }
        break;
      case 'cell':
        if (clause.table?.[0]) clause.table[0][1] = e.to;
        break;
    }
  }
  return doc.filter((section, s) => section.length > 0 || s === 0);
}

function markdown(spec: DocSpec, version: string): string {
  const lines = ['---', 'document: TMAD', 'title: Random', `version: "${version}"`, 'date: 2021-03-01', '---', '# Random', ''];
  spec.forEach((section, s) => {
    lines.push(`## ${s + 1} Part ${['one', 'two', 'three', 'four'][s] ?? 'more'}`, '');
    section.forEach((clause, i) => {
      lines.push(`**${s + 1}.${i + 1}** The ${clause.words.join(' ')}.`, '');
      clause.subs.forEach((sub, k) => lines.push(`(${'abcdefgh'[k]}) ${sub.join(' ')};`, ''));
      if (clause.table) lines.push('| Item | Value |', '|---|---|', ...clause.table.map((row) => `| ${row.join(' | ')} |`), '');
    });
  });
  return lines.join('\n');
}

function checkParts(delta: Delta): void {
  for (const change of delta.changes) {
    for (const block of change.blocks) {
      if (block.kind !== 'text') continue;
      const text = (b: typeof block.old): string => (b ? (b.kind === 'subparagraph' ? `${b.label} ${b.text}` : b.text) : '');
      expect(sideText(block.parts, 'old')).toBe(text(block.old));
      expect(sideText(block.parts, 'new')).toBe(text(block.new));
    }
  }
}

function blocksOf(content: Awaited<ReturnType<typeof readDocx>>): ReadBlock[] {
  return content.blocks.map((block): ReadBlock => {
    if (block.kind === 'table') return { kind: 'table', rows: block.rows };
    const role = block.style === 'DeltaNote' ? 'note' : /^Heading\d$/.test(block.style ?? '') ? 'heading' : 'body';
    return { kind: 'paragraph', text: block.text, role };
  });
}

describe('redline properties', () => {
  it(`accept(redline(a, b)) reads as b and reject(...) as a, over ${RUNS} random cases`, async () => {
    await fc.assert(
      fc.asyncProperty(docSpec, fc.array(edit, { minLength: 1, maxLength: 5 }), async (spec, edits) => {
        const a = parseDocument(markdown(spec, '1.0'), 'a.md').document;
        const b = parseDocument(markdown(applyEdits(spec, edits), '1.1'), 'b.md').document;
        const delta = computeDelta(a, b);
        checkParts(delta);
        expect(Object.keys(delta.idMap).sort()).toEqual(a.clauses.map((c) => c.id).sort());
        const bytes = await renderDocxRedline(delta);
        expect(redlineText(blocksOf(await readDocx(bytes, { view: 'accept' })))).toEqual(versionText(b));
        expect(redlineText(blocksOf(await readDocx(bytes, { view: 'reject' })))).toEqual(versionText(a));
      }),
      { numRuns: RUNS, seed: Number(process.env.TMAD_PROPERTY_SEED ?? 20201118) },
    );
  }, 240_000);
});
