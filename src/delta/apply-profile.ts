/**
 * Comparison profiles: the default, and applying what a profile ignores to the changes found.
 * @module
 */
import type { BlockDelta, ClauseChange, ComparisonProfile, HeadingDelta, IgnoreKind, OutsideChange, ReasonRule, Significance } from '../model/delta.js';
import { textBlockText } from './block-diff.js';
import { diffTables } from './table-diff.js';

/** Every kind of change a profile can ignore, in the order a profile lists them. */
export const IGNORE_KINDS: readonly IgnoreKind[] = ['editorial', 'case', 'numbering-only', 'table-formatting'];

/** The profile used when none is given: nothing ignored, word diffs, moves above 0.5 similarity. */
export const DEFAULT_PROFILE: ComparisonProfile = { ignore: [], granularity: 'word', moveThreshold: 0.5 };

/**
 * A complete profile from a partial one (defaults filled in, `ignore` deduplicated in `IGNORE_KINDS` order).
 * @param profile What was given.
 * @returns The profile.
 */
export function resolveProfile(profile: Partial<ComparisonProfile> = {}): ComparisonProfile {
  const ignore = IGNORE_KINDS.filter((kind) => profile.ignore?.includes(kind));
  return { ignore, granularity: profile.granularity ?? DEFAULT_PROFILE.granularity, moveThreshold: profile.moveThreshold ?? DEFAULT_PROFILE.moveThreshold };
}

/**
 * Whether the profile ignores a change of the text (not of a number) with this significance and rule.
 * @param significance The significance.
 * @param rule The rule that decided it.
 * @param profile The profile.
 * @returns `true` when the change is not to be shown.
 */
export function ignoresText(significance: Significance, rule: ReasonRule, profile: ComparisonProfile): boolean {
  if (significance !== 'editorial' || rule === 'number-only') return false;
  return profile.ignore.includes('editorial') || (rule === 'case' && profile.ignore.includes('case')) || (rule === 'table-formatting' && profile.ignore.includes('table-formatting'));
}

/**
 * A block compared, shown without marks: the new text as it is (a block only in the old version is dropped).
 * @param block The block.
 * @returns The unmarked block, or `undefined` for a block that is gone.
 */
export function unmarkBlock(block: BlockDelta): BlockDelta | undefined {
  if (block.kind === 'table') return block.new ? diffTables(block.new, block.new) : undefined;
  if (!block.new) return undefined;
  const text = textBlockText(block.new);
  return { kind: 'text', status: 'equal', old: block.new, new: block.new, parts: text === '' ? [] : [{ op: 'equal', text }] };
}

function unmarkAll(blocks: readonly BlockDelta[]): BlockDelta[] {
  return blocks.map(unmarkBlock).filter((block) => block !== undefined);
}

/**
 * A clause change as the profile shows it: an editorial change it ignores is `unchanged` (or, for a renumbered
 * clause whose new number is not ignored, renumbered without amendment), unmarked, and flagged `ignored`.
 * @param change The change.
 * @param profile The profile.
 * @returns The change to show.
 */
export function applyProfileToChange(change: ClauseChange, profile: ComparisonProfile): ClauseChange {
  if (change.significance !== 'editorial' || (change.kind !== 'amended' && change.kind !== 'renumbered')) return change;
  const numberOnly = change.reason.rule === 'number-only';
  const numberIgnored = profile.ignore.includes('numbering-only');
  const textIgnored = numberOnly || ignoresText(change.significance, change.reason.rule, profile);
  if (!textIgnored || (numberOnly && !numberIgnored)) return change;
  const keepNumber = change.kind === 'renumbered' && !numberIgnored;
  const pieces = change.pieces.map((piece) => ({ ...piece, blocks: unmarkAll(piece.blocks) }));
  return {
    ...change,
    kind: keepNumber ? 'renumbered' : 'unchanged',
    amended: false,
    similarity: 1,
    wordsAdded: 0,
    wordsRemoved: 0,
    summary: `${keepNumber ? `Renumbered ${change.oldIds.join(', ')} → ${change.newIds.join(', ')}` : 'Unchanged'} (ignored: ${change.reason.text.replace(/\.$/, '')})`,
    ignored: true,
    blocks: pieces.flatMap((piece) => piece.blocks),
    pieces,
  };
}

/**
 * Outside changes as the profile shows them: the ones it ignores are left out, and their blocks (and heading
 * numbers) unmarked in the outline's headings.
 * @param changes Outside changes with the heading each belongs to.
 * @param profile The profile.
 * @returns The changes to show.
 */
export function applyProfileToOutside(changes: ReadonlyArray<{ change: OutsideChange; heading: HeadingDelta }>, profile: ComparisonProfile): OutsideChange[] {
  const out: OutsideChange[] = [];
  for (const { change, heading } of changes) {
    const numberOnly = change.reason.rule === 'number-only';
    const ignored = change.kind === 'amended' && (numberOnly ? profile.ignore.includes('numbering-only') : ignoresText(change.significance, change.reason.rule, profile));
    if (!ignored) {
      out.push(change);
      continue;
    }
    if (change.where === 'heading') {
      if (numberOnly) {
        heading.oldNumber = heading.newNumber;
        if (heading.parts.every((part) => part.op === 'equal')) heading.status = 'equal';
      } else {
        heading.parts = heading.parts.filter((part) => part.op !== 'delete').map((part) => ({ op: 'equal', text: part.text }));
        if (heading.oldNumber === heading.newNumber) heading.status = 'equal';
      }
      continue;
    }
    for (const block of change.blocks) {
      const at = heading.blocks.indexOf(block);
      const unmarked = unmarkBlock(block);
      if (at !== -1 && unmarked) heading.blocks[at] = unmarked;
    }
  }
  return out;
}
