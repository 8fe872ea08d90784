/**
 * The synthetic document generator: deterministic, about the size asked for, lint-clean, and its
 * pairs carry every kind of edit the delta must recognise.
 */
import { describe, expect, it } from 'vitest';
import { generateDocument, generatePair, generatePairWithSummary } from '../../src/bench/generate-document.js';
import { lintDocument } from '../../src/lint/lint-document.js';
import { parseDocument } from '../../src/parse/parse-document.js';

function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => word !== '').length;
}

function lint(text: string, path: string) {
  const { document, file } = parseDocument(text, path);
  return lintDocument(document, file);
}

describe('generateDocument', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const a = generateDocument({ words: 5000, seed: 7 });
    expect(generateDocument({ words: 5000, seed: 7 })).toBe(a);
    expect(generateDocument({ words: 5000, seed: 8 })).not.toBe(a);
  });

  it('is about the size asked for', () => {
    for (const words of [10_000, 50_000]) {
      const count = countWords(generateDocument({ words, seed: 1 }));
      expect(count).toBeGreaterThan(words * 0.9);
      expect(count).toBeLessThan(words * 1.1);
    }
  });

  it('parses with no lint errors or warnings, with the conventions of a TMAD version', () => {
    const document = lint(generateDocument({ words: 50_000, seed: 3 }), 'synthetic.md');
    expect(document.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(document.meta).toMatchObject({ document: 'SYN', version: '1.0', date: '2021-01-04' });
    expect(document.definitions.length).toBeGreaterThanOrEqual(30);
    expect(document.clauses.length).toBeGreaterThan(500);
    expect(document.clauses.some((clause) => /^\d+\.\d+[A-Z]$/.test(clause.id))).toBe(true);
    const blocks = document.clauses.flatMap((clause) => clause.blocks);
    expect(blocks.some((block) => block.kind === 'subparagraph' && block.level === 1)).toBe(true);
    expect(blocks.some((block) => block.kind === 'subparagraph' && block.level === 2)).toBe(true);
    expect(blocks.some((block) => block.kind === 'table' && !block.definitions)).toBe(true);
    const refs = document.clauses.flatMap((clause) => clause.crossRefs);
    expect(new Set(refs.map((ref) => ref.kind))).toEqual(new Set(['clause', 'section', 'external']));
    expect(refs.some((ref) => ref.clauseIds.length > 2)).toBe(true); // a range
    expect(refs.some((ref) => ref.subparagraphs !== undefined)).toBe(true); // 4.12(b)
  });
});

describe('generatePair', () => {
  it('gives lint-clean versions with edits of every kind', () => {
    const { old, next, summary } = generatePairWithSummary({ words: 50_000, seed: 5 });
    expect(generatePair({ words: 50_000, seed: 5 })).toEqual({ old, new: next });
    expect(old).toBe(generateDocument({ words: 50_000, seed: 5 }));
    const before = lint(old, 'old.md');
    const after = lint(next, 'new.md');
    expect(after.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(summary).toMatchObject({ inserted: 2, deleted: 1, moved: 1, split: 1, definitions: 2, wordEdits: 150 });
    expect(summary.tables).toBeGreaterThanOrEqual(2);
    expect(summary.amendedClauses).toBeGreaterThan(before.clauses.length * 0.04);
    expect(summary.renumbered).toBeGreaterThan(50);

    // The early insertion renumbers the rest of section 2: many of its clauses keep their words under a new number.
    const masked = (text: string): string => text.replace(/\d+\.\d+[A-Z]*/g, '#');
    const oldByText = new Map(before.clauses.map((clause) => [masked(clause.text), clause.id]));
    const renumbered = after.clauses.filter((clause) => {
      const was = oldByText.get(masked(clause.text));
      return clause.section === '2' && was !== undefined && was !== clause.id && was.startsWith('2.');
    });
    expect(renumbered.length).toBeGreaterThan(30);
    // A moved clause keeps its words but lands in another section under a lettered number.
    const oldSection = new Map(before.clauses.map((clause) => [masked(clause.text), clause.section]));
    const moved = after.clauses.filter((clause) => {
      const was = oldSection.get(masked(clause.text));
      return was !== undefined && was !== clause.section;
    });
    expect(moved.length).toBeGreaterThanOrEqual(1);
    expect(moved.every((clause) => /[A-Z]$/.test(clause.id))).toBe(true);
    // A new definition, and changed meanings (one reworded, others citing renumbered clauses).
    const oldTerms = new Map(before.definitions.map((definition) => [definition.term, definition.fingerprint]));
    expect(after.definitions.filter((definition) => !oldTerms.has(definition.term)).map((d) => d.term)).toEqual(['Synthetic Switch Date']);
    expect(after.definitions.filter((definition) => oldTerms.has(definition.term) && oldTerms.get(definition.term) !== definition.fingerprint).length).toBeGreaterThanOrEqual(1);
  });
});
