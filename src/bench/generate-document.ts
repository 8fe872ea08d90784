/**
 * Deterministic synthetic documents for the benchmark and for scale tests: TMAD-like Markdown of
 * any size, and pairs of versions with edits of every kind. Same options, same text, on any machine.
 * @module
 */
import { buildSynthetic } from './build-synthetic.js';
import { editSynthetic, type EditSummary } from './edit-synthetic.js';
import { renderSynthetic } from './render-synthetic.js';

/** Options of `generateDocument` and `generatePair`. */
export interface GenerateOptions {
  /** About how many words (the result is within a few per cent). */
  words: number;
  /** Seed: the same seed gives the same text. */
  seed: number;
}

/** Options of `generatePair`. */
export interface GeneratePairOptions extends GenerateOptions {
  /**
   * Total word edits, spread over about 5% of the clauses. Default: 3,000 per million words
   * (3,000 at one million words, 150 at 50 thousand), at least 20.
   */
  wordEdits?: number;
}

/**
 * A synthetic TMAD-like version in Markdown: YAML front matter, a definitions table, numbered
 * sections with sub-headings, clauses numbered 4.24 and lettered 4.24A, (a)/(i) sub-paragraphs,
 * tables and cross-references ("Clause 4.24", "Clauses 4.24 and 4.25", "Clauses 4.24 to 4.26",
 * "4.12(b)", "Section 4", "Section A1.1 of the Code"). It parses with no lint errors.
 * @param options Size and seed.
 * @returns The Markdown text.
 */
export function generateDocument(options: { words: number; seed: number }): string {
  return renderSynthetic(buildSynthetic(options.words, options.seed));
}

/**
 * Two versions of a synthetic document: `old` is `generateDocument(options)`, `new` has about 5%
 * of its clauses amended (3,000 word edits per million words), an insertion early in the document
 * that renumbers the rest of its section (and every reference to those clauses), a lettered
 * insertion, a deletion, moved and split clauses, table changes, a changed and a new definition.
 * @param options Size, seed and amount of word editing.
 * @returns The two texts.
 */
export function generatePair(options: GeneratePairOptions): { old: string; new: string } {
  const { old, next } = generatePairWithSummary(options);
  return { old, new: next };
}

/**
 * Like `generatePair`, with a summary of the edits made.
 * @param options Size, seed and amount of word editing.
 * @returns The two texts and the edit counts.
 */
export function generatePairWithSummary(options: GeneratePairOptions): { old: string; next: string; summary: EditSummary } {
  const model = buildSynthetic(options.words, options.seed);
  const wordEdits = options.wordEdits ?? Math.max(20, Math.round((3000 * options.words) / 1_000_000));
  const { document, summary } = editSynthetic(model, { seed: options.seed + 1, wordEdits });
  return { old: renderSynthetic(model), next: renderSynthetic(document), summary };
}
