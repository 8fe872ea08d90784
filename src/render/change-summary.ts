/**
 * The change-summary table every delta format shows at the top: clause, kind, old id -> new id,
 * words added and removed, with a link target for each change. Also the shared bits of a redline's
 * wording (title, anchors, clause numbers as word parts).
 * @module
 */
import type { ChangeKind, ClauseChange, ClausePiece, Delta, HeadingDelta, WordPart } from '../model/delta.js';

/** One row of the change-summary table. */
export interface SummaryRow {
  /** Index of the change in `delta.changes`. */
  index: number;
  /** Link target of the change in HTML and Markdown (an id safe in URLs). */
  anchor: string;
  /** The clause as a reader names it: its new id, else its old id. */
  clause: string;
  /** The kind of change. */
  kind: ChangeKind;
  /** `4.24 → 4.25`, `— → 4.44A` (inserted), `6.3 → —` (deleted). */
  ids: string;
  /** Words inserted. */
  wordsAdded: number;
  /** Words deleted. */
  wordsRemoved: number;
  /** Whether the change alters the wording of an obligation. */
  substantive: boolean;
  /** The change's one-line summary. */
  summary: string;
}

/** Column headings of the change-summary table, in order. */
export const SUMMARY_COLUMNS = ['Clause', 'Change', 'Old → new', 'Words added', 'Words removed'] as const;

/**
 * The rows of the change-summary table: every change except `unchanged` ones, in delta order.
 * @param delta The delta.
 * @returns The rows.
 */
export function changeSummaryRows(delta: Delta): SummaryRow[] {
  const rows: SummaryRow[] = [];
  delta.changes.forEach((change, index) => {
    if (change.kind === 'unchanged') return;
    rows.push({
      index,
      anchor: changeAnchor(change, index),
      clause: change.newIds[0] ?? change.oldIds[0] ?? '',
      kind: change.kind,
      ids: `${change.oldIds.join(', ') || '—'} → ${change.newIds.join(', ') || '—'}`,
      wordsAdded: change.wordsAdded,
      wordsRemoved: change.wordsRemoved,
      substantive: change.substantive,
      summary: change.summary,
    });
  });
  return rows;
}

/**
 * The cells of one summary row as text, in `SUMMARY_COLUMNS` order.
 * @param row The row.
 * @returns Five cells.
 */
export function summaryCells(row: SummaryRow): [string, string, string, string, string] {
  const kind = row.substantive || row.kind === 'inserted' || row.kind === 'deleted' ? row.kind : `${row.kind} (not substantive)`;
  return [row.clause, kind, row.ids, String(row.wordsAdded), String(row.wordsRemoved)];
}

/**
 * A short line counting the changes, e.g. `10 amended, 1 inserted, 1 deleted, 10 renumbered (12 substantive)`.
 * @param delta The delta.
 * @returns The line.
 */
export function statsLine(delta: Delta): string {
  const kinds: ChangeKind[] = ['amended', 'inserted', 'deleted', 'renumbered', 'moved', 'split', 'merged'];
  const counts = kinds.filter((kind) => delta.stats[kind] > 0).map((kind) => `${delta.stats[kind]} ${kind}`);
  return `${counts.length > 0 ? counts.join(', ') : 'no clause changed'}; ${delta.stats.substantive} substantive, ${delta.stats.unchanged} unchanged`;
}

/**
 * The link target of a change: `change-<index>-<clause>` with only URL-safe characters.
 * @param change The change.
 * @param index Its index in `delta.changes`.
 * @returns The anchor.
 */
export function changeAnchor(change: ClauseChange, index: number): string {
  const id = change.newIds[0] ?? change.oldIds[0] ?? '';
  return `change-${index}-${id.replace(/[^A-Za-z0-9]+/g, '-')}`;
}

/**
 * The title of a redline: `<title> <new> – delta vs <old>`.
 * @param delta The delta.
 * @returns The title.
 */
export function deltaTitle(delta: Delta): string {
  const title = delta.new.title || delta.new.meta.title || 'Document';
  return `${title} ${delta.new.meta.version ?? delta.new.file} – delta vs ${delta.old.meta.version ?? delta.old.file}`;
}

/**
 * A clause number as word parts: kept, replaced (renumbered), inserted or deleted.
 * @param piece The piece of a change.
 * @returns The parts.
 */
export function numberParts(piece: Pick<ClausePiece, 'oldId' | 'newId'>): WordPart[] {
  return idParts(piece.oldId, piece.newId);
}

/**
 * A heading number as word parts.
 * @param heading The heading.
 * @returns The parts (empty for an unnumbered heading).
 */
export function headingNumberParts(heading: HeadingDelta): WordPart[] {
  if (heading.status === 'inserted') return idParts(null, heading.newNumber);
  if (heading.status === 'deleted') return idParts(heading.oldNumber, null);
  return idParts(heading.oldNumber, heading.newNumber);
}

function idParts(oldId: string | null, newId: string | null): WordPart[] {
  if (oldId !== null && oldId === newId) return [{ op: 'equal', text: oldId }];
  const parts: WordPart[] = [];
  if (oldId !== null) parts.push({ op: 'delete', text: oldId });
  if (newId !== null) parts.push({ op: 'insert', text: newId });
  return parts;
}

/**
 * The note shown with a moved clause, at its new place and where it was.
 * @param change The `moved` change.
 * @param where `to` (at the old place) or `from` (at the new place).
 * @returns The note, e.g. `Moved from 3.10 (Section 3)`.
 */
export function moveNote(change: ClauseChange, where: 'to' | 'from'): string {
  const oldId = change.oldIds.join(', ');
  const newId = change.newIds.join(', ');
  if (where === 'to') return `Clause ${oldId} moved to ${newId}${change.sections.new ? ` (Section ${change.sections.new})` : ''}.`;
  return `Moved from ${oldId}${change.sections.old ? ` (Section ${change.sections.old})` : ''}${change.amended ? `; ${change.wordsAdded} words added, ${change.wordsRemoved} removed` : ''}.`;
}
