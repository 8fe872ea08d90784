/**
 * End to end through the CLI and the reader registry: the Word files tmad writes read back as the
 * Markdown they came from. Clean copies give the same clause ids, texts, fingerprints, definitions
 * and tables; a redline read with tracked changes accepted gives the new version, rejected the old
 * one; and the delta of two Word copies equals the delta of their Markdown (file names and
 * positions aside: Word places are paragraph numbers). Then the same over generated documents
 * (fast-check over seeds and sizes of `src/bench/generate-document.ts`).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDocument, generatePair } from '../../../src/bench/generate-document.js';
import type { Document } from '../../../src/model/document.js';
import { renderDocxClean, renderDocxRedline } from '../../../src/render/docx/render-docx.js';
import { computeDelta } from '../../../src/delta/compute-delta.js';
import { readVersion } from '../../../src/read/read-version.js';
import { tmad } from '../../support/run-cli.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const VERSIONS = resolve(ROOT, 'documents/tmad');
/** 7.1 -> 7.2 moves a clause; 8.0 -> 8.1 inserts one. Each writes the redline and a clean copy of the new version. */
const PAIRS: Array<[string, string]> = [
  ['7.1', '7.2'],
  ['8.0', '8.1'],
];

/** What must survive the trip through Word. */
function essentials(document: Document) {
  return {
    clauses: document.clauses.map((clause) => ({ id: clause.id, text: clause.text, fingerprint: clause.fingerprint, refs: clause.refs, terms: clause.terms, normative: clause.normative })),
    definitions: document.definitions.map((definition) => ({ term: definition.term, meaning: definition.meaning, fingerprint: definition.fingerprint })),
    tables: document.clauses.flatMap((clause) => clause.blocks.flatMap((block) => (block.kind === 'table' ? [{ clause: clause.id, header: block.header, rows: block.rows }] : []))),
    sections: document.sections.map((section) => [section.number, section.title]),
    errors: document.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length,
  };
}

async function read(path: string, view: 'accept' | 'reject' = 'accept'): Promise<Document> {
  return (await readVersion(new Uint8Array(readFileSync(path)), path, { view })).document;
}

/** A delta's JSON without file names and positions. */
function comparable(json: string): unknown {
  return JSON.parse(json, (key, value: unknown) => (key === 'file' || key === 'position' ? undefined : value));
}

describe('Word files tmad writes read back as their Markdown', () => {
  let out = '';
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'tmad-word-round-trip-'));
    for (const [oldVersion, newVersion] of PAIRS) {
      const run = await tmad(['diff', join(VERSIONS, `${oldVersion}.md`), join(VERSIONS, `${newVersion}.md`), '--out', out, '--format', 'docx', '--clean'], ROOT);
      expect(run.code, run.stderr).toBe(0);
    }
  }, 120_000);
  afterAll(() => {
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it('a clean copy gives the same clauses, fingerprints, definitions, tables and sections', async () => {
    for (const [, version] of PAIRS) {
      const markdown = await read(join(VERSIONS, `${version}.md`));
      const word = await read(join(out, `${version}.docx`));
      expect(word.format).toBe('docx');
      expect(word.clauses.length).toBeGreaterThan(100);
      expect({ version, ...essentials(word) }).toEqual({ version, ...essentials(markdown) });
    }
  });

  it('a redline accepted is the new version, rejected the old one', async () => {
    for (const [oldVersion, newVersion] of PAIRS) {
      const redline = join(out, `${newVersion}-delta-vs-${oldVersion}.docx`);
      const accepted = await read(redline, 'accept');
      const rejected = await read(redline, 'reject');
      // A redline's own headings (summary, "Redline") are unnumbered sections of neither version: compare the numbered ones.
      const version = (document: Document) => {
        const { sections, ...rest } = essentials(document);
        return { ...rest, sections: sections.filter(([number]) => number !== null) };
      };
      expect({ redline: newVersion, ...version(accepted) }).toEqual({ redline: newVersion, ...version(await read(join(VERSIONS, `${newVersion}.md`))) });
      expect({ redline: oldVersion, ...version(rejected) }).toEqual({ redline: oldVersion, ...version(await read(join(VERSIONS, `${oldVersion}.md`))) });
      expect(accepted.diagnostics.some((diagnostic) => diagnostic.ruleId === 'docx-revisions')).toBe(true);
    }
  });

  it('tmad diff of two Word copies gives the Markdown pair\'s delta', async () => {
    const word = await tmad(['diff', join(out, '7.2.docx'), join(out, '8.1.docx'), '--format', 'json'], ROOT);
    const markdown = await tmad(['diff', join(VERSIONS, '7.2.md'), join(VERSIONS, '8.1.md'), '--format', 'json'], ROOT);
    expect(word.code, word.stderr).toBe(0);
    const wordDelta = comparable(word.stdout) as Record<string, unknown>;
    const markdownDelta = comparable(markdown.stdout) as Record<string, unknown>;
    for (const key of Object.keys(markdownDelta)) {
      if (key === 'old' || key === 'new' || key === 'meta') continue;
      expect({ key, value: wordDelta[key] }).toEqual({ key, value: markdownDelta[key] });
    }
    // The front matter travels as tmad.* custom properties: with them, the metadata and its changes are the Markdown's.
    const header = (side: unknown): Record<string, unknown> => (side as { meta: Record<string, unknown> }).meta;
    if (header(wordDelta.new).version !== undefined) {
      expect(header(wordDelta.old)).toEqual(header(markdownDelta.old));
      expect(header(wordDelta.new)).toEqual(header(markdownDelta.new));
      expect(wordDelta.meta).toEqual(markdownDelta.meta);
    } else {
      // Named exception: a Word writer from before the tmad.* custom properties (branch publish) leaves only the
      // package properties (title, author, dates) to read, so the front matter cannot round-trip yet.
      expect(header(wordDelta.new)).toMatchObject({ author: 'DCC', date: header(markdownDelta.new).date });
    }
  });
});

describe('generated documents survive the trip through Word', () => {
  const markdown = async (text: string, name: string): Promise<Document> => (await readVersion(new TextEncoder().encode(text), name)).document;
  const word = async (bytes: Uint8Array, view: 'accept' | 'reject' = 'accept'): Promise<Document> => (await readVersion(bytes, 'generated.docx', { view })).document;

  it('a clean copy of any generated version reads back as it', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 300, max: 1500 }), async (seed, words) => {
        const document = await markdown(generateDocument({ words, seed }), 'generated.md');
        expect(essentials(await word(await renderDocxClean(document)))).toEqual(essentials(document));
      }),
      { numRuns: 4 },
    );
  });

  it('a redline of any generated pair accepts to the new version and rejects to the old one', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 1_000_000 }), async (seed) => {
        const pair = generatePair({ words: 1200, seed });
        const [old, next] = [await markdown(pair.old, 'old.md'), await markdown(pair.new, 'new.md')];
        const redline = await renderDocxRedline(computeDelta(old, next));
        const clauses = (document: Document) => essentials(document).clauses;
        expect(clauses(await word(redline, 'accept'))).toEqual(clauses(next));
        expect(clauses(await word(redline, 'reject'))).toEqual(clauses(old));
      }),
      { numRuns: 3 },
    );
  });
});
