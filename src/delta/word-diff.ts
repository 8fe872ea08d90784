/**
 * Word-level diff of two texts: jsdiff's array diff over our own tokens (words, single punctuation
 * marks, runs of white space), so that joining the parts gives back both texts exactly.
 * @module
 */
import { diffArrays } from 'diff';
import type { Granularity, WordPart } from '../model/delta.js';
import { countWords } from './words.js';

const TOKEN = /^\s+|\d+(?:[.,]\d+)+[A-Z]{0,3}\s*|[\p{L}\p{N}]+\s*|[^\s\p{L}\p{N}]\s*/gu;

/**
 * Split a text into diff tokens: numbers with their dots (`4.24A`, `1,000.50`: a renumbered reference reads
 * `[-6.3-]{+6.4+}`), words and single other characters, each with the white space
 * after it (white space at the very start is a token of its own). Tokens compare without their
 * trailing white space, so a change of spacing never hides a kept word.
 * @param text The text.
 * @returns Tokens whose concatenation is `text`.
 */
export function wordTokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/**
 * Split a text into single characters (code points): the tokens of a character-level diff.
 * @param text The text.
 * @returns Tokens whose concatenation is `text`.
 */
export function characterTokens(text: string): string[] {
  return Array.from(text);
}

/**
 * The word diff of two texts. Invariants: the `equal` and `delete` parts joined give `oldText`, the
 * `equal` and `insert` parts joined give `newText`; no two neighbours share an `op`; in a run of
 * changes the deletion comes before the insertion; white space alone between two changes is folded
 * into them, so a rewritten phrase reads as one deletion and one insertion.
 * @param oldText Text in the old version.
 * @param newText Text in the new version.
 * @param granularity `word` (default: runs of words) or `character` (single characters).
 * @returns The parts, in order.
 */
export function wordDiff(oldText: string, newText: string, granularity: Granularity = 'word'): WordPart[] {
  if (oldText === newText) return oldText === '' ? [] : [{ op: 'equal', text: oldText }];
  if (oldText === '') return [{ op: 'insert', text: newText }];
  if (newText === '') return [{ op: 'delete', text: oldText }];
  const tokens = granularity === 'character' ? characterTokens : wordTokens;
  const oldTokens = tokens(oldText);
  const newTokens = tokens(newText);
  const raw: WordPart[] = [];
  let oldIndex = 0;
  let newIndex = 0;
  for (const change of diffArrays(oldTokens, newTokens, { comparator: (a, b) => a.trimEnd() === b.trimEnd() })) {
    const count = change.value.length;
    if (change.added) {
      raw.push({ op: 'insert', text: newTokens.slice(newIndex, newIndex + count).join('') });
      newIndex += count;
    } else if (change.removed) {
      raw.push({ op: 'delete', text: oldTokens.slice(oldIndex, oldIndex + count).join('') });
      oldIndex += count;
    } else {
      // Kept tokens: the same word, but the white space after it may differ.
      for (let i = 0; i < count; i++) {
        const before = oldTokens[oldIndex++] ?? '';
        const after = newTokens[newIndex++] ?? '';
        if (before === after) raw.push({ op: 'equal', text: before });
        else {
          const word = before.trimEnd();
          raw.push({ op: 'equal', text: word }, { op: 'delete', text: before.slice(word.length) }, { op: 'insert', text: after.slice(word.length) });
        }
      }
    }
  }
  // Fold white space that sits alone between two changes into both sides.
  const folded: WordPart[] = [];
  for (const [index, part] of raw.entries()) {
    const before = raw[index - 1];
    const after = raw[index + 1];
    if (part.op === 'equal' && /^\s+$/.test(part.text) && before && after && before.op !== 'equal' && after.op !== 'equal') {
      folded.push({ op: 'delete', text: part.text }, { op: 'insert', text: part.text });
    } else folded.push(part);
  }
  return groupChanges(folded);
}

/**
 * Merge neighbouring parts: every run of changes becomes one deletion then one insertion.
 * @param parts Parts in order.
 * @returns Grouped parts.
 */
function groupChanges(parts: readonly WordPart[]): WordPart[] {
  const out: WordPart[] = [];
  let deleted = '';
  let inserted = '';
  const flush = (): void => {
    // White space both sides end with is kept text: `<del>20</del><ins>10</ins> Working`, not `<del>20 </del>...`.
    const space = deleted && inserted ? commonTrailingSpace(deleted, inserted) : '';
    if (space) {
      deleted = deleted.slice(0, -space.length);
      inserted = inserted.slice(0, -space.length);
    }
    if (deleted) out.push({ op: 'delete', text: deleted });
    if (inserted) out.push({ op: 'insert', text: inserted });
    if (space) out.push({ op: 'equal', text: space });
    deleted = '';
    inserted = '';
  };
  for (const part of parts) {
    if (part.op === 'delete') deleted += part.text;
    else if (part.op === 'insert') inserted += part.text;
    else {
      flush();
      const last = out[out.length - 1];
      if (last?.op === 'equal') last.text += part.text;
      else if (part.text) out.push({ op: 'equal', text: part.text });
    }
  }
  flush();
  return out;
}

function commonTrailingSpace(a: string, b: string): string {
  const x = /\s*$/.exec(a)?.[0] ?? '';
  const y = /\s*$/.exec(b)?.[0] ?? '';
  let length = 0;
  while (length < x.length && length < y.length && x[x.length - 1 - length] === y[y.length - 1 - length]) length++;
  // Keep at least one character on each side of the change.
  length = Math.min(length, a.length - 1, b.length - 1);
  return length > 0 ? x.slice(x.length - length) : '';
}

/**
 * Parts for a text that exists on one side only.
 * @param text The text.
 * @param op `insert` (new only) or `delete` (old only).
 * @returns One part, or none for an empty text.
 */
export function wholeText(text: string, op: 'insert' | 'delete'): WordPart[] {
  return text === '' ? [] : [{ op, text }];
}

/**
 * Words added and removed in a word diff.
 * @param parts The parts.
 * @returns Counts of words in insertions and in deletions.
 */
export function countChangedWords(parts: readonly WordPart[]): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  for (const part of parts) {
    if (part.op === 'insert') added += countWords(part.text);
    else if (part.op === 'delete') removed += countWords(part.text);
  }
  return { added, removed };
}

/**
 * Rebuild one side of a word diff.
 * @param parts The parts.
 * @param side `old` (equal and deleted runs) or `new` (equal and inserted runs).
 * @returns The text of that side.
 */
export function sideText(parts: readonly WordPart[], side: 'old' | 'new'): string {
  const skip = side === 'old' ? 'insert' : 'delete';
  return parts.filter((part) => part.op !== skip).map((part) => part.text).join('');
}
