/**
 * Fixture pairs: each `test/fixtures/delta/<case>/{old.md,new.md}` against its `expected.json` and its
 * `expected-redline.txt`. `expected.changes` lists every change that is not `unchanged`, in order, with the fields
 * to check; `expected.outside` every change outside clauses. The redline file is what a reviewer reads: each
 * change with its kind, significance and rule, then its text as `[-old-]{+new+}` (see `deltaRedline`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeDelta, deltaRedline } from '../../src/delta/index.js';
import { sideText } from '../../src/delta/word-diff.js';
import type { ClauseChange } from '../../src/model/delta.js';
import { FIXTURES, fixtureCases, load } from './helpers.js';

interface Expected {
  changes: Array<Partial<ClauseChange> & { table?: { rows: string[] } }>;
  definitions?: Array<{ kind: string; term: string }>;
  meta?: string[];
  stats?: Record<string, number>;
  idMap?: Record<string, string[]>;
  outside?: Array<{ kind: string; where: string; significance: string; rule: string }>;
}

describe.each(fixtureCases())('fixture %s', (name) => {
  const dir = join(FIXTURES, name);
  const oldDoc = load(join(dir, 'old.md'), `${name}/old.md`);
  const newDoc = load(join(dir, 'new.md'), `${name}/new.md`);
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
  const delta = computeDelta(oldDoc, newDoc);

  it('parses both versions without errors', () => {
    expect([...oldDoc.diagnostics, ...newDoc.diagnostics].filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('finds exactly the expected changes', () => {
    const actual = delta.changes.filter((change) => change.kind !== 'unchanged');
    expect(actual.map((change) => `${change.kind} ${change.oldIds.join(',')} -> ${change.newIds.join(',')}`)).toEqual(
      expected.changes.map((change) => `${change.kind} ${(change.oldIds ?? []).join(',')} -> ${(change.newIds ?? []).join(',')}`),
    );
    expected.changes.forEach((want, index) => {
      const got = actual[index] as ClauseChange;
      const { table, ...fields } = want;
      expect(got).toMatchObject(fields);
      if (table) {
        const block = got.blocks.find((b) => b.kind === 'table');
        expect(block?.kind === 'table' ? block.rows.map((row) => row.status) : []).toEqual(table.rows);
      }
    });
  });

  it('reads as the expected redline: each change, its significance and rule, and its words', () => {
    expect(deltaRedline(delta)).toBe(readFileSync(join(dir, 'expected-redline.txt'), 'utf8'));
  });

  it('lists the changes outside clauses, and keeps substantive and consequential consistent with significance', () => {
    expect(delta.outside.map((c) => ({ kind: c.kind, where: c.where, significance: c.significance, rule: c.reason.rule }))).toEqual(expected.outside ?? []);
    for (const change of delta.changes) {
      expect(change.substantive).toBe(change.significance === 'substantive');
      expect(change.consequential).toBe(change.significance === 'consequential');
      expect(change.significance === 'none').toBe(change.kind === 'unchanged');
    }
    expect(delta.stats.outside).toBe(delta.outside.length);
  });

  it('reports definitions, front matter, stats and the id map', () => {
    if (expected.definitions) expect(delta.definitions.map((d) => ({ kind: d.kind, term: d.term }))).toEqual(expected.definitions);
    if (expected.meta) expect(delta.meta.map((m) => m.key)).toEqual(expected.meta);
    if (expected.stats) expect(delta.stats).toMatchObject(expected.stats);
    if (expected.idMap) expect(delta.idMap).toMatchObject(expected.idMap);
  });

  it('maps every old id, and lists every clause of both versions once', () => {
    expect(Object.keys(delta.idMap).sort()).toEqual(oldDoc.clauses.map((c) => c.id).sort());
    expect(delta.changes.flatMap((c) => c.oldIds).sort()).toEqual(oldDoc.clauses.map((c) => c.id).sort());
    expect(delta.changes.flatMap((c) => c.newIds)).toEqual(newDoc.clauses.map((c) => c.id));
    const entries = delta.outline.filter((e) => e.kind === 'change').map((e) => (e.kind === 'change' ? e.index : -1));
    expect(entries).toEqual(delta.changes.map((_, index) => index));
  });

  it('word diffs rebuild both sides of every text block', () => {
    for (const change of delta.changes) {
      for (const block of change.blocks) {
        if (block.kind !== 'text') continue;
        const label = (b: typeof block.old): string => (b ? (b.kind === 'subparagraph' ? `${b.label} ${b.text}` : b.text) : '');
        expect(sideText(block.parts, 'old')).toBe(label(block.old));
        expect(sideText(block.parts, 'new')).toBe(label(block.new));
      }
    }
  });
});
