/**
 * Comparison profiles: what is ignored, the granularity of word diffs and the move threshold, through the core
 * and through `tmad diff` (options and the `compare` key of tmad.config.json, each validated with a one-line
 * error naming the key), and binary formats that need `--out`.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeDelta, deltaRedline, partsText } from '../../src/delta/index.js';
import { readCompareConfig } from '../../src/delta/profile-config.js';
import { tmad } from '../support/run-cli.js';
import { FIXTURES, ROOT, load } from './helpers.js';

const pair = (name: string): [ReturnType<typeof load>, ReturnType<typeof load>] => [load(join(FIXTURES, name, 'old.md'), `${name}/old.md`), load(join(FIXTURES, name, 'new.md'), `${name}/new.md`)];

describe('ignore', () => {
  const [oldDoc, newDoc] = pair('editorial-and-self-reference');
  it('records the profile, defaults filled in', () => {
    expect(computeDelta(oldDoc, newDoc).profile).toEqual({ ignore: [], granularity: 'word', moveThreshold: 0.5 });
    expect(computeDelta(oldDoc, newDoc, { ignore: ['case', 'editorial'] }).profile.ignore).toEqual(['editorial', 'case']);
  });
  it('editorial: editorial changes are shown unchanged, unmarked, flagged ignored, and keep their significance', () => {
    const delta = computeDelta(oldDoc, newDoc, { ignore: ['editorial'] });
    const quote = delta.changes.find((c) => c.oldIds[0] === '3.1');
    expect(quote).toMatchObject({ kind: 'unchanged', ignored: true, significance: 'editorial', reason: { rule: 'quote-style' }, amended: false, wordsAdded: 0, wordsRemoved: 0 });
    expect(quote?.blocks.every((block) => block.status === 'equal')).toBe(true);
    // A renumbered clause keeps its new number (numbering-only is not ignored) but loses its editorial marks.
    expect(delta.changes.find((c) => c.oldIds[0] === '3.10')).toMatchObject({ kind: 'renumbered', ignored: true, amended: false, summary: 'Renumbered 3.10 → 3.11 (ignored: Only editorial changes: quote style, dashes)' });
    expect(delta.changes.find((c) => c.oldIds[0] === '3.8')).toMatchObject({ kind: 'renumbered', reason: { rule: 'number-only' } });
    // Substantive and consequential changes stay.
    expect(delta.changes.find((c) => c.oldIds[0] === '3.9')).toMatchObject({ kind: 'renumbered', significance: 'substantive' });
    expect(delta.stats).toMatchObject({ editorial: 1, ignored: 7, substantive: 2, consequential: 1 });
  });
  it('case alone ignores case changes only; numbering-only ignores new numbers alone', () => {
    const delta = computeDelta(oldDoc, newDoc, { ignore: ['case', 'numbering-only'] });
    expect(delta.changes.find((c) => c.oldIds[0] === '3.4')).toMatchObject({ kind: 'unchanged', ignored: true });
    expect(delta.changes.find((c) => c.oldIds[0] === '3.1')).toMatchObject({ kind: 'amended' });
    expect(delta.changes.find((c) => c.oldIds[0] === '3.8')).toMatchObject({ kind: 'unchanged', ignored: true, oldIds: ['3.8'], newIds: ['3.9'] });
    expect(delta.idMap['3.8']).toEqual(['3.9']);
  });
  it('numbering-only also hides renumbered headings outside clauses', () => {
    const [a, b] = pair('outside-clauses');
    const shown = computeDelta(a, b).outside.filter((c) => c.reason.rule === 'number-only');
    expect(shown.map((c) => `${c.sections.old ?? ''}->${c.sections.new ?? ''}`)).toEqual(['3->4', '4->5']);
    const delta = computeDelta(a, b, { ignore: ['numbering-only'] });
    expect(delta.outside.filter((c) => c.reason.rule === 'number-only')).toEqual([]);
    const heading = delta.outline.find((e) => e.kind === 'heading' && e.heading.newNumber === '4');
    expect(heading?.kind === 'heading' ? heading.heading.oldNumber : null).toBe('4');
  });
});

describe('granularity', () => {
  it('character diffs mark the characters that changed', () => {
    const [oldDoc, newDoc] = pair('table-row-changed');
    const delta = computeDelta(oldDoc, newDoc, { granularity: 'character' });
    expect(deltaRedline(delta)).toContain('FOC | listed for FOC{+, in tranches+} |');
    const table = delta.changes.find((c) => c.kind === 'amended')?.blocks.find((b) => b.kind === 'table');
    const cell = table?.kind === 'table' ? table.rows[2]?.cells[2] : undefined;
    expect(partsText(cell?.parts ?? [])).toBe('[-2-]{+1+}3 [-Nov-]{+D+}e{+ce+}mber 2020 to 3[-0 Jun-]{+1 D+}e{+cember+} 2022');
    expect(partsText(computeDelta(oldDoc, newDoc).changes.find((c) => c.kind === 'amended')?.blocks.flatMap((b) => (b.kind === 'table' ? (b.rows[2]?.cells[2]?.parts ?? []) : [])) ?? [])).toBe('[-23 November-]{+13 December+} 2020 to [-30 June-]{+31 December+} 2022');
  });
});

describe('move threshold', () => {
  it('a clause moved with some words changed is matched only above the threshold', () => {
    const [oldDoc, newDoc] = pair('moved-two-words');
    expect(computeDelta(oldDoc, newDoc).changes.some((c) => c.kind === 'moved')).toBe(true);
    const strict = computeDelta(oldDoc, newDoc, { moveThreshold: 0.99 });
    expect(strict.changes.some((c) => c.kind === 'moved')).toBe(false);
    expect(strict.changes.filter((c) => c.kind === 'inserted' || c.kind === 'deleted').map((c) => c.kind)).toEqual(['deleted', 'inserted']);
  });
});

describe('compare config', () => {
  it('reads the keys and names the bad one', () => {
    expect(readCompareConfig({ compare: { ignore: ['editorial'], granularity: 'character', moveThreshold: 0.8 } })).toEqual({ ok: true, profile: { ignore: ['editorial'], granularity: 'character', moveThreshold: 0.8 } });
    expect(readCompareConfig({ trace: {} })).toEqual({ ok: true, profile: {} });
    expect(readCompareConfig({ compare: { ignore: ['spelling'] } })).toEqual({ ok: false, reason: 'Unexpected `compare.ignore` value `spelling`, expected some of: editorial, case, numbering-only, table-formatting' });
    expect(readCompareConfig({ compare: { moveThreshold: 2 } })).toMatchObject({ ok: false, reason: expect.stringContaining('`compare.moveThreshold`') as string });
    expect(readCompareConfig({ compare: { granularity: 'line' } })).toMatchObject({ ok: false, reason: expect.stringContaining('`compare.granularity`') as string });
    expect(readCompareConfig({ compare: { threshold: 1 } })).toMatchObject({ ok: false, reason: 'Unexpected `compare.threshold`, expected one of: ignore, granularity, moveThreshold' });
  });
});

describe('tmad diff with a profile', () => {
  const fixture = (name: string): string[] => [join(FIXTURES, name, 'old.md'), join(FIXTURES, name, 'new.md')];
  const cwd = (config?: unknown): string => {
    const dir = mkdtempSync(join(tmpdir(), 'tmad-profile-'));
    if (config !== undefined) writeFileSync(join(dir, 'tmad.config.json'), typeof config === 'string' ? config : JSON.stringify(config));
    return dir;
  };
  it('options set the profile, recorded in the JSON', async () => {
    const run = await tmad(['diff', ...fixture('editorial-and-self-reference'), '--ignore', 'editorial,case', '--granularity', 'character', '--move-threshold', '0.8'], cwd());
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { profile: unknown }).profile).toEqual({ ignore: ['editorial', 'case'], granularity: 'character', moveThreshold: 0.8 });
  });
  it('the compare key of tmad.config.json sets it, options override it', async () => {
    const dir = cwd({ compare: { ignore: ['editorial'], moveThreshold: 0.7 } });
    const run = await tmad(['diff', ...fixture('editorial-and-self-reference'), '--move-threshold', '0.9'], dir);
    expect((JSON.parse(run.stdout) as { profile: unknown }).profile).toEqual({ ignore: ['editorial'], granularity: 'word', moveThreshold: 0.9 });
  });
  it('a bad config key is one line naming it (exit 3); a bad option is a usage error (exit 2)', async () => {
    const bad = await tmad(['diff', ...fixture('split')], cwd({ compare: { ignore: 'all' } }));
    expect(bad.code).toBe(3);
    expect(bad.stderr).toBe('tmad: tmad.config.json: Unexpected `compare.ignore` value `all`, expected some of: editorial, case, numbering-only, table-formatting\n');
    const option = await tmad(['diff', ...fixture('split'), '--granularity', 'line'], cwd());
    expect(option.code).toBe(2);
    expect(option.stderr).toContain('Unexpected `--granularity` `line`, expected one of: word, character');
    const threshold = await tmad(['diff', ...fixture('split'), '--move-threshold', 'high'], cwd());
    expect(threshold.code).toBe(2);
  });
  it('--format docx without --out is a usage error saying to add --out; md prints to stdout', async () => {
    const docx = await tmad(['diff', ...fixture('split'), '--format', 'docx'], cwd());
    expect(docx.code).toBe(2);
    expect(docx.stdout).toBe('');
    expect(docx.stderr).toMatch(/--format docx without --out.*add --out DIR/);
    const several = await tmad(['diff', ...fixture('split'), '--format', 'json,md'], cwd());
    expect(several.code).toBe(2);
    const md = await tmad(['diff', ...fixture('split'), '--format', 'md'], cwd());
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('4.30A');
  });
  it('one version is a usage error', async () => {
    const run = await tmad(['diff', join(FIXTURES, 'split', 'old.md')], ROOT);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('expected two (old new), several in order, or --chain DIR');
  });
});
