/**
 * The clauses a consultation's proposed version changes, as the template lists them for comment.
 * @module
 */
import type { Delta } from '../model/delta.js';
import { compareClauseIds } from '../model/clause-id.js';

/** A clause offered for comment. */
export interface ChangedClause {
  /** Clause id in the proposed version (old id for a deleted clause). */
  id: string;
  /** Change kind as a person reads it, e.g. `Amended`, `Inserted`. */
  kind: string;
  /** One line from the delta, e.g. `Amended: 12 words added, 3 removed`. */
  description: string;
}

/**
 * Changed clauses of a delta, in new-version order (renumbered clauses included, unchanged left out).
 * @param delta The delta from the base to the proposed version.
 * @returns One entry per changed clause id.
 */
export function changedClauses(delta: Delta): ChangedClause[] {
  const result: ChangedClause[] = [];
  for (const change of delta.changes) {
    if (change.kind === 'unchanged') continue;
    const ids = change.newIds.length > 0 ? change.newIds : change.oldIds;
    for (const id of ids) {
      if (result.some((c) => c.id === id)) continue;
      result.push({ id, kind: change.kind.charAt(0).toUpperCase() + change.kind.slice(1), description: change.summary });
    }
  }
  return result;
}

/**
 * Clauses named in the consultation's drafting table, for when no delta is available.
 * @param drafting The drafting changes.
 * @returns One entry per clause, sorted by id.
 */
export function draftingClauses(drafting: ReadonlyArray<{ clauses: string[]; description: string }>): ChangedClause[] {
  const result: ChangedClause[] = [];
  for (const row of drafting) for (const id of row.clauses) if (!result.some((c) => c.id === id)) result.push({ id, kind: 'Proposed', description: row.description });
  return result.sort((a, b) => compareClauseIds(a.id, b.id));
}
