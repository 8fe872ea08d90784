/**
 * A 1-million-word document (generated, never committed) parses and lints to completion.
 * Timings are printed, never asserted; `npm run bench` measures them properly.
 */
import { describe, expect, it } from 'vitest';
import { generateDocument } from '../../src/bench/generate-document.js';
import { lintDocument } from '../../src/lint/lint-document.js';
import { parseDocument } from '../../src/parse/parse-document.js';

describe('a 1-million-word document', () => {
  it('parses and lints without error', () => {
    const source = generateDocument({ words: 1_000_000, seed: 1 });
    const words = source.split(/\s+/).length;
    expect(words).toBeGreaterThan(900_000);
    const started = performance.now();
    const { document, file } = parseDocument(source, 'generated.md');
    const parsed = performance.now();
    const linted = lintDocument(document, file);
    const done = performance.now();
    expect(linted.clauses.length).toBeGreaterThan(1000);
    expect(linted.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    console.info(
      `1M words (${(source.length / 1e6).toFixed(1)} MB, ${linted.clauses.length} clauses): parse ${((parsed - started) / 1000).toFixed(1)} s, lint ${((done - parsed) / 1000).toFixed(1)} s, rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`,
    );
  });
});
