/**
 * The change-summary table every delta format shows at the top: clause, kind, old id -> new id,
 * words added and removed, with a link target for each change. Also the shared bits of a redline's
 * wording (title, anchors, clause numbers as word parts).
 * @module
 */
import type { ChangeKind, ChangeReason, ClauseChange, ClausePiece, Delta, HeadingDelta, OutsideChange, Significance, WordPart } from '../model/delta.js';
import { versionLabel } from './layout/cover.js';

/** One row of the change-summary table. */
export interface SummaryRow {
  /** Index of the change in `delta.changes`. */
  index: number;
  /** Link target of the change in HTML and Markdown (an id safe in URLs). */
  anchor: string;
  /** The clause as a reader names it: its new id, else its old id, with the old one when they differ: `6.10 (was 6.11)`. */
  clause: string;
  /** The kind of change (of a clause, or of text outside clauses). */
  kind: ChangeKind | OutsideChange['kind'];
  /** Which of the three kinds of change, when the delta says. */
  significance?: Significance;
  /** Why, when the delta says. */
  reason?: ChangeReason;
  /** The change's description in the consultation's drafting table, when there is one. */
  description?: string;
  /** `true` for a change to text outside numbered clauses. */
  outside?: boolean;
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
      clause: clauseLabel(change.oldIds, change.newIds),
      kind: change.kind,
      ...(change.significance !== undefined ? { significance: change.significance } : {}),
      ...(change.reason !== undefined ? { reason: change.reason } : {}),
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
 * How the Clause column names a change: the new id, and the old one when it differs (`6.10 (was 6.11)`), so a
 * deletion and a renumbering to the same number never read the same.
 * @param oldIds Old ids.
 * @param newIds New ids.
 * @returns The label.
 */
export function clauseLabel(oldIds: readonly string[], newIds: readonly string[]): string {
  const now = newIds.join(', ');
  const was = oldIds.join(', ');
  if (now === '') return was;
  if (was === '' || was === now) return now;
  return `${now} (was ${was})`;
}

/**
 * The summary rows of changes outside numbered clauses (preamble, headings, section text), after the clause rows.
 * @param delta The delta.
 * @param anchorOf The link target of a section key (the heading it is under).
 * @returns The rows; `index` counts on from the clause changes.
 */
export function outsideSummaryRows(delta: Delta, anchorOf: (sectionKey: string | null) => string): SummaryRow[] {
  return (delta.outside ?? []).map((change, i) => {
    const section = change.sections.new ?? change.sections.old;
    const where = change.where === 'preamble' ? 'Preamble' : change.where === 'heading' ? `Heading ${section ?? ''}` : change.where === 'definition' ? 'Definitions' : `Section ${section ?? ''} text`;
    return {
      index: delta.changes.length + i,
      anchor: anchorOf(section),
      clause: where.trim(),
      kind: change.kind,
      significance: change.significance,
      reason: change.reason,
      ids: `${change.sections.old ?? '—'} → ${change.sections.new ?? '—'}`,
      wordsAdded: change.wordsAdded,
      wordsRemoved: change.wordsRemoved,
      substantive: change.significance === 'substantive',
      summary: change.summary,
      outside: true,
    };
  });
}

/**
 * The columns of a summary: `SUMMARY_COLUMNS`, then Significance, Why and Description when some row has them.
 * @param rows The rows.
 * @returns Column headings.
 */
export function summaryColumns(rows: readonly SummaryRow[]): string[] {
  const columns: string[] = [...SUMMARY_COLUMNS];
  if (rows.some((row) => row.significance !== undefined)) columns.push('Significance');
  if (rows.some((row) => row.reason !== undefined)) columns.push('Why');
  if (rows.some((row) => row.description !== undefined)) columns.push('Description');
  return columns;
}

/**
 * The cells of one summary row as text, in the order of `columns` (see `summaryColumns`).
 * @param row The row.
 * @param columns The columns (default `SUMMARY_COLUMNS`).
 * @returns One cell per column.
 */
export function summaryCells(row: SummaryRow, columns: readonly string[] = SUMMARY_COLUMNS): string[] {
  const kind = row.substantive || row.kind === 'inserted' || row.kind === 'deleted' ? row.kind : `${row.kind} (not substantive)`;
  const cells: Record<string, string> = {
    Clause: row.clause,
    Change: kind,
    'Old → new': row.ids,
    'Words added': String(row.wordsAdded),
    'Words removed': String(row.wordsRemoved),
    Significance: row.significance ?? '',
    Why: row.reason?.text ?? '',
    Description: row.description ?? '',
  };
  return columns.map((column) => cells[column] ?? '');
}

/**
 * A short line counting the changes, e.g. `10 amended, 1 inserted, 1 deleted, 10 renumbered (12 substantive)`.
 * @param delta The delta.
 * @returns The line.
 */
export function statsLine(delta: Delta): string {
  const kinds: ChangeKind[] = ['amended', 'inserted', 'deleted', 'renumbered', 'moved', 'split', 'merged'];
  const counts = kinds.filter((kind) => delta.stats[kind] > 0).map((kind) => `${delta.stats[kind]} ${kind}`);
  const kinds2 = [`${delta.stats.substantive} substantive`];
  if (delta.stats.consequential !== undefined) kinds2.push(`${delta.stats.consequential} consequential`);
  if (delta.stats.editorial !== undefined) kinds2.push(`${delta.stats.editorial} editorial`);
  const outside = delta.stats.outside !== undefined && delta.stats.outside > 0 ? `; ${delta.stats.outside} outside numbered clauses` : '';
  return `${counts.length > 0 ? counts.join(', ') : 'no clause changed'}; ${kinds2.join(', ')}, ${delta.stats.unchanged} unchanged${outside}`;
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
  const name = (side: Delta['old']): string => (typeof side.meta.version === 'string' && side.meta.version !== '' ? side.meta.version : versionLabel(side.meta, side.file));
  return `${title} ${name(delta.new)} – delta vs ${name(delta.old)}`;
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
