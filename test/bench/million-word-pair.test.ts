/**
 * The 1-million-word pair (generated, never committed) goes through parse and delta to
 * completion, and the delta finds the edits the generator made. Timings are printed, never
 * asserted: `npm run bench` measures them.
 */
import { describe, expect, it } from 'vitest';
import { generatePairWithSummary } from '../../src/bench/generate-document.js';
import { computeDelta } from '../../src/delta/compute-delta.js';
import { parseDocument } from '../../src/parse/parse-document.js';

describe('the 1-million-word pair', () => {
  it('parses and diffs, finding the edits of every kind', () => {
    const started = performance.now();
    const { old, next, summary } = generatePairWithSummary({ words: 1_000_000, seed: 1 });
    const generated = performance.now();
    const oldDoc = parseDocument(old, 'old.md').document;
    const newDoc = parseDocument(next, 'new.md').document;
    const parsed = performance.now();
    const delta = computeDelta(oldDoc, newDoc);
    const done = performance.now();

    expect(oldDoc.clauses.length).toBeGreaterThan(10_000);
    expect(oldDoc.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(newDoc.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(delta.stats.inserted).toBeGreaterThanOrEqual(summary.inserted);
    expect(delta.stats.deleted).toBeGreaterThanOrEqual(summary.deleted);
    expect(delta.stats.moved).toBeGreaterThanOrEqual(summary.moved);
    expect(delta.stats.split).toBeGreaterThanOrEqual(summary.split);
    expect(delta.stats.amended).toBeGreaterThanOrEqual(summary.amendedClauses);
    expect(delta.stats.renumbered).toBeGreaterThanOrEqual(summary.renumbered * 0.9);
    // Every surviving old clause is mapped to its new number.
    const mapped = Object.values(delta.idMap).filter((ids) => ids.length > 0).length;
    expect(mapped).toBeGreaterThanOrEqual(oldDoc.clauses.length - summary.deleted);
    console.info(
      `1M-word pair (${((old.length + next.length) / 1e6).toFixed(1)} MB): generate ${((generated - started) / 1000).toFixed(1)} s, parse ${((parsed - generated) / 1000).toFixed(1)} s, delta ${((done - parsed) / 1000).toFixed(1)} s (${delta.changes.length} changes)`,
    );
  });
});
