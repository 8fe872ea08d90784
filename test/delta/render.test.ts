/**
 * Renderers of a delta (Markdown, HTML, JSON, Word) and `tmad diff` / the build step as a user runs them.
 */
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build/build.js';
import { deltasStep } from '../../src/build/steps/deltas.js';
import { cleanDocxStep } from '../../src/build/steps/clean-docx.js';
import { computeDelta, wordDiff } from '../../src/delta/index.js';
import { parseDocument } from '../../src/parse/parse-document.js';
import { changeSummaryRows } from '../../src/render/change-summary.js';
import { renderDeltaHtml } from '../../src/render/delta-html.js';
import { renderDeltaJson } from '../../src/render/delta-json.js';
import { renderDeltaMarkdown } from '../../src/render/delta-md.js';
import { renderDocxRedline } from '../../src/render/docx/index.js';
import { DELTA_SCHEMA_VERSION, type Delta, type DeltaJson } from '../../src/model/delta.js';
import { tmad } from '../support/run-cli.js';
import { ROOT, load } from './helpers.js';

const v71 = load(join(ROOT, 'documents/tmad/7.1.md'), 'documents/tmad/7.1.md');
const v72 = load(join(ROOT, 'documents/tmad/7.2.md'), 'documents/tmad/7.2.md');
const delta = computeDelta(v71, v72);

function redlineMarkdown(oldText: string, newText: string): string {
  return wordDiff(oldText, newText).map((p) => (p.op === 'equal' ? p.text : p.op === 'insert' ? `<ins>${p.text}</ins>` : `<del>${p.text}</del>`)).join('');
}

describe('word diff', () => {
  it('reads like the redline it makes', () => {
    expect(redlineMarkdown('the DCC shall notify the Panel', 'the DCC shall promptly notify the Panel')).toBe('the DCC shall <ins>promptly </ins>notify the Panel');
    expect(redlineMarkdown('under Section 7.', 'under this Section.')).toBe('under <ins>this </ins>Section<del> 7</del>.');
    expect(redlineMarkdown('20 Working Days', '10 Working Days')).toBe('<del>20</del><ins>10</ins> Working Days');
    expect(redlineMarkdown('a  b', 'a b')).toBe('a<del>  </del><ins> </ins>b');
  });
});

describe('TMAD 7.1 -> 7.2', () => {
  it('classifies every change the issue lists', () => {
    const changed = delta.changes.filter((c) => c.kind !== 'unchanged').map((c) => `${c.kind} ${c.oldIds.join(',')}>${c.newIds.join(',')}${c.consequential ? ' consequential' : ''}`);
    expect(changed).toEqual([
      'amended 1.2>1.2',
      'amended 3.9>3.9 consequential',
      'amended 4.5>4.5',
      'amended 4.8>4.8',
      'amended 4.9>4.9',
      'amended 4.24A>4.24A',
      'split 4.30>4.30,4.30A',
      'amended 4.36>4.36',
      'inserted >4.44A',
      'amended 4.49>4.49 consequential',
      'amended 5.8>5.8 consequential',
      'deleted 6.3>',
      ...Array.from({ length: 10 }, (_, i) => `renumbered 6.${i + 4}>6.${i + 3}${i === 8 ? ' consequential' : ''}`),
      'moved 3.10>7.2A',
      'amended 7.3>7.3 consequential',
    ]);
    expect(delta.definitions.map((d) => `${d.kind} ${d.term}`)).toEqual(['changed Migration Window']);
    expect(delta.idMap['6.4']).toEqual(['6.3']);
    expect(delta.idMap['6.3']).toEqual([]);
    expect(delta.idMap['3.10']).toEqual(['7.2A']);
    const table = delta.changes.find((c) => c.newIds[0] === '4.8')?.blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.rows.map((r) => r.status)).toEqual(['equal', 'equal', 'changed']);
  });

  it('puts the summary table in every format', async () => {
    const rows = changeSummaryRows(delta);
    expect(rows).toHaveLength(delta.changes.length - delta.stats.unchanged);
    const md = renderDeltaMarkdown(delta);
    const html = renderDeltaHtml(delta);
    expect(md).toContain('| Clause | Change | Old → new | Words added | Words removed |');
    // Issue 16.8: the Clause column names the old number when it differs, so "6.3 deleted" and "6.3 renumbered" read differently.
    expect(md).toContain(`| [6.3 (was 6.4)](#${rows.find((r) => r.ids === '6.4 → 6.3')?.anchor}) | renumbered (not substantive) | 6.4 → 6.3 | 0 | 0 |`);
    expect(md).toContain(`| [6.3](#${rows.find((r) => r.ids === '6.3 → —')?.anchor}) | deleted | 6.3 → — |`);
    for (const row of rows) expect(html).toContain(`<a href="#${row.anchor}">`);
    for (const row of rows) expect(html).toContain(`id="${row.anchor}"`);
    const docx = await renderDocxRedline(delta);
    expect(docx.byteLength).toBeGreaterThan(1000);
    expect(JSON.parse(renderDeltaJson(delta))).toMatchObject({ schemaVersion: DELTA_SCHEMA_VERSION, stats: { renumbered: 10, inserted: 1, deleted: 1, moved: 1, split: 1 } });
  });

  it('JSON leaves out the blocks of clauses whose words did not change, unless asked for the full form', () => {
    const compact = JSON.parse(renderDeltaJson(delta)) as DeltaJson;
    const full = JSON.parse(renderDeltaJson(delta, { full: true })) as Delta;
    expect(compact.changes.map(({ blocks, pieces, ...rest }) => (void blocks, void pieces, rest))).toEqual(full.changes.map(({ blocks, pieces, ...rest }) => (void blocks, void pieces, rest)));
    expect(compact.idMap).toEqual(delta.idMap);
    expect(compact.definitions).toEqual(full.definitions);
    compact.changes.forEach((change, index) => {
      const wordsSame = change.kind === 'unchanged' || ((change.kind === 'renumbered' || change.kind === 'moved') && !change.amended);
      expect(change.blocks === undefined && change.pieces === undefined).toBe(wordsSame);
      if (!wordsSame) expect(change).toEqual(full.changes[index]);
    });
    // 6.4 -> 6.3 is a plain renumbering; 4.5 an amendment whose word changes are kept.
    expect(compact.changes.find((c) => c.oldIds[0] === '6.4')).not.toHaveProperty('blocks');
    expect(compact.changes.find((c) => c.oldIds[0] === '4.5')?.blocks?.some((b) => b.kind === 'text' && b.parts.some((p) => p.op !== 'equal'))).toBe(true);
    expect(renderDeltaJson(delta).length).toBeLessThan(renderDeltaJson(delta, { full: true }).length / 3);
  });

  it('names versions as people do, never by repository path (issue 16.7)', () => {
    for (const text of [renderDeltaMarkdown(delta), renderDeltaHtml(delta)]) {
      expect(text).not.toContain('documents/');
      expect(text).not.toContain('.md');
      expect(text).toContain('TMAD 7.1');
      expect(text).toContain('TMAD 7.2');
    }
  });

  it('Markdown uses <ins>/<del>, HTML is standalone with colour and underline/strike', () => {
    const md = renderDeltaMarkdown(delta);
    expect(md).toMatch(/\*\*<del>6\.4<\/del><ins>6\.3<\/ins>\*\*/);
    expect(md).toContain('<ins>');
    const html = renderDeltaHtml(delta);
    // Standalone: no external asset; the views' script is inline.
    expect(html).not.toMatch(/<(link|img)\b|src=|url\(/i);
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).toMatch(/ins \{[^}]*text-decoration: underline/);
    expect(html).toMatch(/del \{[^}]*text-decoration: line-through/);
    expect(html).toContain('@media print');
  });
});

describe('escaping', () => {
  const text = (body: string, version: string): string => `---\nversion: "${version}"\ndate: 2021-01-01\n---\n# T\n\n## 1 Part\n\n**1.1** ${body}\n`;
  const d = computeDelta(parseDocument(text('The DCC shall act.', '1'), 'a.md').document, parseDocument(text('The DCC shall act if 5 < 6 & "q" > 3, <script>alert(1)</script> | now.', '2'), 'b.md').document);

  it('HTML escapes every document text', () => {
    const html = renderDeltaHtml(d);
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('5 &lt; 6 &amp; &quot;q&quot; &gt; 3');
  });

  it('Markdown escapes HTML and Markdown punctuation', () => {
    const md = renderDeltaMarkdown(d);
    expect(md).not.toMatch(/<script/i);
    expect(md).toContain('5 &lt; 6 &amp; "q" &gt; 3');
    expect(md).toContain('\\|');
  });
});

describe('tmad diff', () => {
  it('writes the four formats and a clean copy, byte-identical on a second run', async () => {
    const out = mkdtempSync(join(tmpdir(), 'tmad-diff-'));
    const first = await tmad(['diff', 'documents/tmad/7.1.md', 'documents/tmad/7.2.md', '--out', out, '--clean'], ROOT);
    expect(first.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['7.2-delta-vs-7.1.docx', '7.2-delta-vs-7.1.html', '7.2-delta-vs-7.1.json', '7.2-delta-vs-7.1.md', '7.2.docx']);
    const before = readdirSync(out).map((name) => readFileSync(join(out, name)));
    await tmad(['diff', 'documents/tmad/7.1.md', 'documents/tmad/7.2.md', '--out', out, '--clean'], ROOT);
    expect(readdirSync(out).map((name) => readFileSync(join(out, name)))).toEqual(before);
  });

  it('prints the JSON delta without --out, and rejects an unknown format', async () => {
    const run = await tmad(['diff', 'documents/tmad/8.0.md', 'documents/tmad/8.1.md'], ROOT);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).changes.filter((c: { kind: string }) => c.kind !== 'unchanged').map((c: { newIds: string[] }) => c.newIds[0])).toEqual(['1.2', '4.24', '4.24A', '4.44B']);
    expect((await tmad(['diff', 'documents/tmad/8.0.md', 'documents/tmad/8.1.md', '--format', 'pdf', '--out', tmpdir()], ROOT)).code).toBe(2);
    expect((await tmad(['diff', 'documents/tmad/8.0.md', 'nope.md'], ROOT)).code).toBe(3);
  });
});

describe('build steps', () => {
  it('write every delta against `previous` and a clean copy of every version', async () => {
    const files = new Map(['7.1', '7.2', '8.0', '8.1'].map((v) => [`tmad/${v}.md`, readFileSync(join(ROOT, `documents/tmad/${v}.md`))]));
    const result = await build({ files }, [deltasStep, cleanDocxStep]);
    expect(result.outputs.map((o) => o.path)).toEqual(
      [
        ...['7.2-delta-vs-7.1', '8.0-delta-vs-7.2', '8.1-delta-vs-8.0'].flatMap((b) => ['docx', 'html', 'json', 'md'].map((e) => `tmad/${b}.${e}`)),
        ...['7.1', '7.2', '8.0', '8.1'].map((v) => `tmad/${v}.docx`),
      ].sort(),
    );
  });
});
