/**
 * Deciding the significance of a change between two texts: editorial rules first, then consequential ones
 * (references that followed a renumbering, self-references, renamed terms), else the words changed.
 * @module
 */
import type { ChangeReason, Significance } from '../../model/delta.js';
import { editorialVerdict, normaliseEditorial } from './editorial-rules.js';
import { followReferences, repairedReferences, type FollowedReference, type ReferenceContext } from './references.js';

/** A significance and the rule that decided it. */
export interface Verdict {
  /** Which of the three kinds (or `none`). */
  significance: Significance;
  /** The rule, and a sentence a reviewer reads. */
  reason: ChangeReason;
}

/** Two texts compared, and whose they are (for self-references). */
export interface TextPair {
  /** Old text as written. */
  oldText: string;
  /** New text as written. */
  newText: string;
  /** The old ids of the clause (its number, and its section's) or of the section: a reference to one of these is to itself. */
  selfIds: readonly string[];
}

/**
 * The verdict on two texts that differ.
 * @param pair The texts.
 * @param context Renumbering and renames.
 * @param counts Words added and removed (for the sentence of a substantive change).
 * @returns The verdict.
 */
export function decideTextChange(pair: TextPair, context: ReferenceContext, counts: { added: number; removed: number }): Verdict {
  const editorial = editorialVerdict(pair.oldText, pair.newText);
  if (editorial) return { significance: 'editorial', reason: editorial };
  const { text, followed } = followReferences(pair.oldText, context);
  if (followed.length > 0 && (text === pair.newText || normaliseEditorial(text) === normaliseEditorial(pair.newText))) {
    return { significance: 'consequential', reason: consequentialReason(followed, pair.selfIds) };
  }
  // Punctuation and labels are kept: they would break the numbers apart.
  const light = (value: string): string => normaliseEditorial(value, ['quote-style', 'apostrophe', 'dash', 'white-space', 'emphasis']);
  const repaired = repairedReferences(light(text), light(pair.newText), context);
  if (repaired) {
    const list = repaired.filter((f) => f.kind === 'repaired').map((f) => `${f.from} → ${f.to}, the old ${context.renumberedFrom.get(f.to) ?? ''}`);
    return { significance: 'consequential', reason: { rule: 'reference-repaired', text: `Only references changed: a number the old version does not have now names the renumbered clause (${list.join('; ')}).` } };
  }
  return { significance: 'substantive', reason: { rule: 'words-changed', text: `The words changed: ${wordCount(counts.added)} added, ${counts.removed} removed.` } };
}

function consequentialReason(followed: readonly FollowedReference[], selfIds: readonly string[]): ChangeReason {
  const seen = new Set<string>();
  const pairs = followed.filter((f) => !seen.has(`${f.from}>${f.to}`) && seen.add(`${f.from}>${f.to}`));
  const list = pairs.map((f) => (f.kind === 'term' ? `“${f.from}” → “${f.to}”` : `${f.from} → ${f.to}`)).join(', ');
  if (pairs.every((f) => f.kind === 'term')) return { rule: 'term-renamed', text: `Only defined terms changed, following their rename (${list}).` };
  if (pairs.every((f) => f.kind !== 'term' && selfIds.includes(f.from))) return { rule: 'self-reference', text: `Only its references to itself changed, following its new number (${list}).` };
  return { rule: 'cross-reference-renumbered', text: `Only references changed, following the renumbering of their targets (${list}).` };
}

function wordCount(count: number): string {
  return `${count} word${count === 1 ? '' : 's'}`;
}
