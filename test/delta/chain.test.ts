/**
 * Chains of versions: each step, the cumulative delta with composed id maps (a clause renumbered twice is
 * followed), a clause's history, and the CLI (`tmad diff --chain`, `tmad diff a b c`, `tmad history`).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clauseHistory, computeChain, composeIdMaps, orderVersions, partsText } from '../../src/delta/index.js';
import { tmad } from '../support/run-cli.js';
import { FIXTURES, ROOT, load } from './helpers.js';

const DIR = join(FIXTURES, 'chain');
const documents = ['1.0', '1.1', '1.2'].map((version) => load(join(DIR, `${version}.md`), `chain/${version}.md`));

describe('computeChain', () => {
  const chain = computeChain(documents);
  it('has one delta per consecutive pair, and the cumulative one', () => {
    expect(chain.versions.map((v) => v.meta.version)).toEqual(['1.0', '1.1', '1.2']);
    expect(chain.steps.map((step) => `${String(step.old.meta.version)}->${String(step.new.meta.version)}`)).toEqual(['1.0->1.1', '1.1->1.2']);
    expect(chain.cumulative.old.meta.version).toBe('1.0');
    expect(chain.cumulative.new.meta.version).toBe('1.2');
  });
  it('composes the id maps: 6.3 -> 6.4 -> 6.5 is followed through both renumberings', () => {
    expect(chain.steps[0]?.idMap['6.3']).toEqual(['6.4']);
    expect(chain.steps[1]?.idMap['6.4']).toEqual(['6.5']);
    expect(chain.cumulative.idMap).toEqual({ '6.1': ['6.1'], '6.2': ['6.4'], '6.3': ['6.5'] });
    const retained = chain.cumulative.changes.find((change) => change.oldIds[0] === '6.3');
    expect(retained).toMatchObject({ kind: 'renumbered', newIds: ['6.5'], significance: 'substantive', reason: { rule: 'words-changed' } });
  });
  it('classifies each step', () => {
    expect(chain.steps[0]?.changes.find((c) => c.oldIds[0] === '6.3')).toMatchObject({ kind: 'renumbered', significance: 'consequential', reason: { rule: 'cross-reference-renumbered' } });
    expect(chain.steps[1]?.changes.find((c) => c.oldIds[0] === '6.4')).toMatchObject({ kind: 'renumbered', significance: 'substantive' });
  });
  it('composeIdMaps drops deleted clauses and keeps splits', () => {
    expect(composeIdMaps({ a: ['b'], c: [], d: ['e'] }, { b: ['x', 'y'], e: [] })).toEqual({ a: ['x', 'y'], c: [], d: [] });
  });
});

describe('clauseHistory', () => {
  const chain = computeChain(documents);
  it('follows a clause from its latest number back to the first version', () => {
    const history = clauseHistory(chain, documents, '6.5');
    expect(history.entries.map((entry) => [entry.version, entry.id])).toEqual([['1.0', '6.3'], ['1.1', '6.4'], ['1.2', '6.5']]);
    expect(history.entries[0]?.change).toBeUndefined();
    expect(history.entries[1]?.change).toMatchObject({ kind: 'renumbered', significance: 'consequential', oldIds: ['6.3'], newIds: ['6.4'] });
    expect(partsText(history.entries[1]?.change?.parts ?? [])).toBe('The DCC shall retain the records made under this Clause [-6.3-]{+6.4+} and Clause [-6.2-]{+6.3+} for not less than six years.');
    expect(partsText(history.entries[2]?.change?.parts ?? [])).toContain('[-six-]{+seven+}');
  });
  it('follows forward from an old number, and gives null ids for a clause no version has', () => {
    expect(clauseHistory(chain, documents, '6.3', 0).entries.map((entry) => entry.id)).toEqual(['6.3', '6.4', '6.5']);
    expect(clauseHistory(chain, documents, '9.9').entries.every((entry) => entry.id === null)).toBe(true);
  });
});

describe('orderVersions', () => {
  it('follows previous links whatever the order given', () => {
    const [a, b, c] = documents;
    if (!a || !b || !c) throw new Error('fixture');
    expect(orderVersions([c, a, b]).map((document) => document.meta.version)).toEqual(['1.0', '1.1', '1.2']);
  });
});

describe('CLI', () => {
  const chainDir = 'test/fixtures/delta/chain';
  it('tmad diff --chain DIR prints the chain JSON', async () => {
    const run = await tmad(['diff', '--chain', chainDir], ROOT);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as { versions: Array<{ meta: { version: string } }>; steps: unknown[]; cumulative: { idMap: Record<string, string[]> } };
    expect(json.versions.map((v) => v.meta.version)).toEqual(['1.0', '1.1', '1.2']);
    expect(json.steps).toHaveLength(2);
    expect(json.cumulative.idMap['6.3']).toEqual(['6.5']);
  });
  it('tmad diff a b c gives the same chain', async () => {
    const run = await tmad(['diff', ...['1.0', '1.1', '1.2'].map((v) => `${chainDir}/${v}.md`)], ROOT);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { steps: unknown[] }).steps).toHaveLength(2);
  });
  it('tmad history prints the life of a clause', async () => {
    const run = await tmad(['history', '6.5', '--chain', chainDir], ROOT);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Clause 6.5: 6.3 (1.0) → 6.4 (1.1) → 6.5 (1.2)');
    expect(run.stdout).toContain('consequential (cross-reference-renumbered)');
    expect(run.stdout).toContain('[-six-]{+seven+}');
    const json = await tmad(['history', '6.5', '--chain', chainDir, '--format', 'json'], ROOT);
    expect((JSON.parse(json.stdout) as { entries: Array<{ id: string }> }).entries.map((entry) => entry.id)).toEqual(['6.3', '6.4', '6.5']);
  });
  it('tmad history of a clause no version has is a usage error', async () => {
    const run = await tmad(['history', '9.9', '--chain', chainDir], ROOT);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Unexpected clause `9\.9`/);
  });
});
