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
  /**
   * How the template's row names it, unique in the template (it keys the row's fields): the id;
   * `6.10 (was 6.11)` for a clause whose number changed; `6.10 (deleted)` for a deleted clause,
   * so a renumbered clause taking a deleted clause's number keeps its own row.
   */
  label: string;
  /** Change kind as a person reads it, e.g. `Amended`, `Inserted`. */
  kind: string;
  /** One line from the delta, e.g. `Amended: 12 words added, 3 removed`. */
  description: string;
}

/**
 * Changed clauses of a delta, in new-version order (renumbered clauses included, unchanged left
 * out), one row per change and clause: keyed by the change, so a deleted 6.10 and the 6.11 that
 * becomes 6.10 are two rows, `6.10 (deleted)` and `6.10 (was 6.11)`.
 * @param delta The delta from the base to the proposed version.
 * @returns One entry per changed clause, labels unique.
 */
export function changedClauses(delta: Delta): ChangedClause[] {
  const result: ChangedClause[] = [];
  for (const change of delta.changes) {
    if (change.kind === 'unchanged') continue;
    const deleted = change.newIds.length === 0;
    const ids = deleted ? change.oldIds : change.newIds;
    for (const id of ids) {
      const was = change.oldIds.length > 0 && !change.oldIds.includes(id) ? ` (was ${change.oldIds.join(', ')})` : '';
      const label = deleted ? `${id} (deleted)` : `${id}${was}`;
      if (result.some((c) => c.label === label)) continue;
      result.push({ id, label, kind: change.kind.charAt(0).toUpperCase() + change.kind.slice(1), description: change.summary });
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
  for (const row of drafting) for (const id of row.clauses) if (!result.some((c) => c.id === id)) result.push({ id, label: id, kind: 'Proposed', description: row.description });
  return result.sort((a, b) => compareClauseIds(a.id, b.id));
}
