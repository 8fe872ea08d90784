/**
 * A delta as JSON text (schema in `src/model/delta-schema.md`).
 * @module
 */
import type { ClauseChange, ClauseChangeJson, Delta, DeltaJson } from '../model/delta.js';

/** Options of the JSON form. */
export interface DeltaJsonOptions {
  /** Keep `blocks` and `pieces` of clauses whose words did not change (default `false`: the compact form). */
  full?: boolean;
}

/**
 * The JSON form of a delta: two-space indented, a final newline, keys in the model's order, so the same
 * two versions always give the same bytes. By default it is compact: a clause whose words did not change
 * (`unchanged`, or `renumbered`/`moved` without `amended`) keeps its ids, sections, flags and summary but not
 * its `blocks` and `pieces` (on a whole Code they would be nine tenths of the file).
 * @param delta The delta.
 * @param options `full: true` to keep every clause's blocks.
 * @returns JSON text.
 */
export function renderDeltaJson(delta: Delta, options: DeltaJsonOptions = {}): string {
  return `${JSON.stringify(options.full ? delta : compactDelta(delta), null, 2)}\n`;
}

/**
 * The compact JSON form of a delta as data (see `ClauseChangeJson`).
 * @param delta The delta.
 * @returns The same delta, the blocks of clauses whose words did not change left out (shared, not copied).
 */
export function compactDelta(delta: Delta): DeltaJson {
  return { ...delta, changes: delta.changes.map(compactChange) };
}

/**
 * Whether a change's text is the same on both sides, so the compact form leaves out its blocks.
 * @param change The change.
 * @returns `true` for `unchanged`, and for `renumbered` or `moved` without `amended`.
 */
export function wordsUnchanged(change: ClauseChange): boolean {
  return change.kind === 'unchanged' || ((change.kind === 'renumbered' || change.kind === 'moved') && !change.amended);
}

function compactChange(change: ClauseChange): ClauseChangeJson {
  if (!wordsUnchanged(change)) return change;
  const { blocks, pieces, ...rest } = change;
  void blocks;
  void pieces;
  return rest;
}
