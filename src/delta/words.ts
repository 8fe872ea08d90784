/**
 * Words: counting them, and comparing texts with numbers ignored (for alignment).
 * @module
 */
import { normaliseText } from '../model/text.js';

const WORD = /[\p{L}\p{N}]+(?:['\u2019.\-/][\p{L}\p{N}]+)*/gu;
const NUMBER = /\d+(?:\.\d+)*[A-Z]{0,3}\b/g;

/**
 * How many words a text holds: runs of letters and digits (`4.24A`, `don't` and `per-cent` are one word each).
 * @param text Any text.
 * @returns The number of words.
 */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/**
 * Normalised text with every number (clause numbers, cross-references, counts) replaced by `#`, lower case:
 * two clauses that differ only in numbers compare equal.
 * @param text Clause text.
 * @returns The masked text.
 */
export function maskNumbers(text: string): string {
  return normaliseText(text).replace(NUMBER, '#').toLowerCase();
}

/**
 * The words of a text for similarity: normalised, numbers masked, lower case.
 * @param text Clause text.
 * @returns The words, in order.
 */
export function similarityTokens(text: string): string[] {
  return maskNumbers(text).match(/[\p{L}\p{N}#]+/gu) ?? [];
}

/**
 * Dice similarity of two word multisets: twice the shared words over the total, 0 to 1 (1 when both are empty).
 * Linear in the number of words.
 * @param a Words of one text.
 * @param b Words of the other.
 * @returns The similarity.
 */
export function diceSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const word of a) counts.set(word, (counts.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of b) {
    const left = counts.get(word) ?? 0;
    if (left > 0) {
      shared++;
      counts.set(word, left - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}
