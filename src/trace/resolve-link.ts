/**
 * Where a link's clause is in the version being checked: the same number, a new number (followed
 * through the delta's id map, or by fingerprint when no delta is available), or nowhere.
 * @module
 */
import type { Delta } from '../model/delta.js';
import type { Clause, Document } from '../model/document.js';
import type { LockedLink } from './lock.js';
import type { Link } from './types.js';

/** Computes the delta between two versions (`computeDelta` from `src/delta`). */
export type DeltaFunction = (oldDocument: Document, newDocument: Document) => Delta;

/** Where a link's clause is now. */
export type Resolution =
  /** The clause has the linked number in this version. */
  | { kind: 'current'; clause: Clause }
  /** The clause now has another number. */
  | { kind: 'renumbered'; clause: Clause; how: string }
  /** The clause is gone. */
  | { kind: 'orphan'; how: string };

/** What resolving needs besides the link: the version checked and, to follow renumbering, the versions reviewed. */
export interface ResolveContext {
  /** The version being checked. */
  document: Document;
  /** Clauses of `document` by id. */
  byId: ReadonlyMap<string, Clause>;
  /** The delta from a reviewed version to `document`, when that version and a delta function are at hand. */
  deltaFrom(version: string): Delta | undefined;
}

/**
 * Resolve a link in the version being checked.
 * @param link The link.
 * @param pinned Its lock entry, if it was reviewed.
 * @param context The version checked and the deltas available.
 * @returns Where its clause is.
 */
export function resolveLink(link: Link, pinned: LockedLink | undefined, context: ResolveContext): Resolution {
  const version = String(context.document.meta.version ?? '');
  const byId = context.byId.get(link.clauseId);
  if (pinned && pinned.version !== version) {
    const delta = context.deltaFrom(pinned.version);
    const ids = delta?.idMap[link.clauseId];
    if (delta && ids) {
      const through = `${pinned.version} → ${version}`;
      if (ids.length === 0) return { kind: 'orphan', how: `${link.clauseId} is deleted in ${version} (delta ${through})` };
      if (ids.includes(link.clauseId) && byId) return { kind: 'current', clause: byId };
      const target = ids.length === 1 ? context.byId.get(ids[0] ?? '') : undefined;
      if (target) return { kind: 'renumbered', clause: target, how: `${link.clauseId} is renumbered ${target.id} in ${version} (delta ${through})` };
      return { kind: 'orphan', how: `${link.clauseId} is split into ${ids.join(', ')} in ${version} (delta ${through}): link the check to the right one` };
    }
  }
  if (pinned && !(byId && byId.fingerprint === pinned.fingerprint)) {
    const moved = context.document.clauses.filter((clause) => clause.fingerprint === pinned.fingerprint && clause.id !== link.clauseId);
    const target = moved.length === 1 ? moved[0] : undefined;
    if (target) return { kind: 'renumbered', clause: target, how: `the text reviewed for ${link.clauseId} is now clause ${target.id} in ${version}` };
  }
  if (byId) return { kind: 'current', clause: byId };
  return { kind: 'orphan', how: `there is no clause ${link.clauseId} in ${version}` };
}
