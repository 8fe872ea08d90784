/**
 * `tmad trace review <clause...>`: re-pin every link of the given clauses to the clause's current
 * text, and say what changed since each link was last reviewed (a word diff).
 * @module
 */
import { wordDiff } from '../delta/word-diff.js';
import { compareClauseIds } from '../model/clause-id.js';
import type { WordPart } from '../model/delta.js';
import type { Document } from '../model/document.js';
import { canonicalLock, lockedLinkOf, type LockedLink, type TraceLock } from './lock.js';
import type { TraceReport } from './types.js';

/** What a review did for one clause. */
export interface ClauseReview {
  /** The clause id in the version reviewed. */
  clauseId: string;
  /** Its address, e.g. `TMAD 4.24A`. */
  address: string;
  /** Links re-pinned (checks that now count as reviewed against the current text). */
  links: Array<{ file: string; line: number; test: string }>;
  /** The text last reviewed, when some link had been reviewed before (the oldest such text). */
  previous?: { version: string; fingerprint: string; text: string };
  /** The text now pinned. */
  current: { version: string; fingerprint: string; text: string };
  /** Word diff from `previous` to `current` (all `insert` when there was no previous review; empty parts never). */
  parts: WordPart[];
  /** `true` when the text reviewed before is the same as now (nothing to read). */
  unchanged: boolean;
}

/** The result of a review: the new lock, and per clause what changed. */
export interface ReviewResult {
  /** The lock to write. */
  lock: TraceLock;
  /** The clauses reviewed, in clause order. */
  reviews: ClauseReview[];
  /** Problems with the request, one line each (unknown clause, no links, renumbered links to fix first). */
  problems: string[];
}

/**
 * Re-pin the links of some clauses. Links of other clauses are kept as they are; lock entries of
 * the reviewed clauses whose check no longer exists are dropped.
 * @param report The trace report of the version reviewed (from `traceDocument`).
 * @param document That version.
 * @param lock The current lock.
 * @param clauseIds The clauses to review (ids as in `document`; `TMAD 4.24` is accepted too).
 * @returns The new lock, the reviews, and problems.
 */
export function reviewClauses(report: TraceReport, document: Document, lock: TraceLock, clauseIds: readonly string[]): ReviewResult {
  const version = report.version;
  const problems: string[] = [];
  const wanted = [...new Set(clauseIds.map((id) => id.replace(new RegExp(`^${report.documentKey}\\s+`), '').trim()))].sort(compareClauseIds);
  const byId = new Map(document.clauses.map((clause) => [clause.id, clause]));
  const reviewedIds = new Set<string>();
  const kept = new Map<string, LockedLink>();
  const texts = { ...lock.texts };
  const reviews: ClauseReview[] = [];
  for (const id of wanted) {
    const clause = byId.get(id);
    const clauseReport = report.clauses.find((entry) => entry.id === id);
    if (!clause || !clauseReport) {
      problems.push(`${report.documentKey} ${id}: no such clause in ${version}`);
      continue;
    }
    const renumbered = clauseReport.links.filter((link) => link.state === 'renumbered');
    for (const link of renumbered) problems.push(`${link.link.file}:${link.link.line}: links to ${link.link.clauseId}, which is now ${id}: run \`tmad trace --fix\` before reviewing`);
    const links = clauseReport.links.filter((link) => link.state !== 'renumbered');
    if (links.length === 0) {
      if (renumbered.length === 0) problems.push(`${clauseReport.address}: no check is linked to it, nothing to review`);
      continue;
    }
    reviewedIds.add(id);
    const previousPins = links.map((link) => lockedLinkOf(lock, link.link)).filter((pin): pin is LockedLink => pin !== undefined);
    const oldest = previousPins.find((pin) => pin.fingerprint !== clause.fingerprint) ?? previousPins[0];
    const previousText = oldest ? lock.texts[oldest.fingerprint] : undefined;
    for (const link of links) {
      const entry: LockedLink = { clause: id, file: link.link.file, test: link.link.test, fingerprint: clause.fingerprint, version };
      kept.set(`${entry.clause}\u0000${entry.file}\u0000${entry.test}`, entry);
    }
    texts[clause.fingerprint] = { clause: id, version, text: clause.text };
    const review: ClauseReview = {
      clauseId: id,
      address: clauseReport.address,
      links: links.map((link) => ({ file: link.link.file, line: link.link.line, test: link.link.test })),
      current: { version, fingerprint: clause.fingerprint, text: clause.text },
      parts: previousText ? wordDiff(previousText.text, clause.text) : [{ op: 'insert', text: clause.text }],
      unchanged: oldest?.fingerprint === clause.fingerprint,
    };
    if (oldest && previousText) review.previous = { version: oldest.version, fingerprint: oldest.fingerprint, text: previousText.text };
    reviews.push(review);
  }
  const others = lock.links.filter((entry) => !reviewedIds.has(entry.clause));
  const next = canonicalLock({ ...lock, links: [...others, ...kept.values()], texts });
  return { lock: next, reviews, problems };
}
