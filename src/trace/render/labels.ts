/**
 * Words and symbols shared by the trace renderers.
 * @module
 */
import type { ClauseStatus, LinkState } from '../types.js';

/** One line per clause status, for legends and help. */
export const STATUS_MEANING: Record<ClauseStatus, string> = {
  conformant: 'every linked check ran and passed',
  failing: 'a linked check failed',
  skipped: 'a linked check was skipped',
  unverified: 'a linked check has no result in the results given',
  untested: 'normative, and no check is linked to it',
  'not-normative': 'places no obligation, and no check is linked to it',
};

/** One line per link state, for legends and help. */
export const STATE_MEANING: Record<LinkState, string> = {
  ok: 'reviewed against the current text; the check passed',
  failing: 'the check failed',
  skipped: 'the check was skipped',
  'no-result': 'no result for the check',
  stale: 'the clause changed since the link was reviewed (tmad trace review)',
  unreviewed: 'never reviewed (tmad trace review)',
  renumbered: 'the clause was renumbered (tmad trace --fix)',
  orphan: 'the clause no longer exists',
};

/** Clause statuses in the order summaries list them. */
export const STATUS_ORDER: readonly ClauseStatus[] = ['conformant', 'failing', 'skipped', 'unverified', 'untested', 'not-normative'];

/**
 * `1 clause`, `2 clauses`.
 * @param count How many.
 * @param noun Singular noun.
 * @returns The phrase.
 */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
