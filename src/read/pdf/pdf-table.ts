/**
 * Tables read from text positions, best effort: a line with several segments (text separated by a
 * column gap) opens a table whose columns start where its segments start; the lines below belong
 * to it while their segments start at its columns. A row ends at a gap wider than the spacing of a
 * cell's lines (cell padding); a header row repeated at the top of a page is dropped, and a row split by the page
 * break is joined again.
 * @module
 */
import type { Position } from '../../model/position.js';
import type { SourceTable } from '../source-block.js';
import { joinLines, type Vocabulary } from './join-lines.js';
import type { PdfLine } from './page-lines.js';

/** How far (points) a segment may start from a column's start and still be in it. */
const ALIGN = 3;

/** A table being read. */
export interface TableDraft {
  /** Column starts, left to right. */
  columns: number[];
  /** Rows: each cell's lines, and the rows' first and last lines. */
  rows: Array<{ cells: string[][]; first: PdfLine; last: PdfLine; pageStart: boolean }>;
  /** The last line taken. */
  last: PdfLine;
  /** Every line taken, in order. */
  lines: PdfLine[];
}

/**
 * Open a table at a line with several segments.
 * @param line The line.
 * @returns The draft.
 */
export function openTable(line: PdfLine): TableDraft {
  const draft: TableDraft = { columns: line.segments.map((segment) => segment.x), rows: [], last: line, lines: [line] };
  startRow(draft, line);
  return draft;
}

/**
 * Take a line into the table when it belongs to it.
 * @param draft The table.
 * @param line The next line.
 * @param step The document's usual line spacing at this size (how far below the table may go on).
 * @param lineStep The spacing of lines within one cell at this size (a wider gap starts a row).
 * @param bodyLeft Where body paragraphs start (a single segment there ends the table).
 * @returns Whether the line was taken.
 */
export function takeTableLine(draft: TableDraft, line: PdfLine, step: number, lineStep: number, bodyLeft: number): boolean {
  const newPage = line.page !== draft.last.page;
  const gap = draft.last.y - line.y;
  // A row of cells may sit further below (an empty row, a tall one cut by the page): a single line not as far.
  if (!newPage && (gap <= 0 || gap > step * (line.segments.length >= 2 ? 4 : 2.6))) return false;
  const aligned = line.segments.filter((segment) => column(draft, segment.x) !== undefined);
  const first = line.segments[0];
  if (!first || aligned.length === 0 || first.x < (draft.columns[0] ?? 0) - ALIGN) return false;
  if (line.segments.length === 1 && Math.abs(first.x - bodyLeft) <= ALIGN) return false;
  for (const segment of line.segments) if (column(draft, segment.x) === undefined) addColumn(draft, segment.x);
  const row = draft.rows.at(-1);
  if (row && !newPage && gap <= lineStep * 1.1) addToRow(draft, row, line);
  else startRow(draft, line, newPage);
  draft.last = line;
  draft.lines.push(line);
  return true;
}

/**
 * The finished table, or `undefined` when it has fewer than two rows (not a table: a line with a gap).
 * @param draft The table.
 * @param words The document's words, to join cell lines.
 * @param position Where a line is.
 * @returns The table block.
 */
export function finishTable(draft: TableDraft, words: Vocabulary, position: (first: PdfLine, last: PdfLine) => Position): SourceTable | undefined {
  if (draft.rows.length < 2) return undefined;
  const width = draft.columns.length;
  const text = (cells: string[][]): string[] => Array.from({ length: width }, (_, index) => joinLines(cells[index] ?? [], words));
  const [header, ...body] = joinPageBreaks(draft.rows);
  if (!header || body.length === 0) return undefined;
  const first = header.first;
  const last = draft.rows.at(-1)?.last ?? first;
  return {
    kind: 'table',
    header: text(header.cells),
    rows: body.map((row) => text(row.cells)),
    align: Array.from({ length: width }, () => null),
    rowPositions: body.map((row) => position(row.first, row.last)),
    position: position(first, last),
    page: first.page,
  };
}

function column(draft: TableDraft, x: number): number | undefined {
  const index = draft.columns.findIndex((start) => Math.abs(start - x) <= ALIGN);
  return index === -1 ? undefined : index;
}

function addColumn(draft: TableDraft, x: number): void {
  draft.columns.push(x);
  draft.columns.sort((a, b) => a - b);
  const at = draft.columns.indexOf(x);
  // Earlier rows gain an empty cell at the new column.
  for (const row of draft.rows) row.cells.splice(at, 0, []);
}

function lineCells(draft: TableDraft, line: PdfLine): string[][] {
  const cells: string[][] = draft.columns.map(() => []);
  for (const segment of line.segments) {
    let index = 0;
    draft.columns.forEach((start, at) => {
      if (start <= segment.x + ALIGN) index = at;
    });
    cells[index]?.push(segment.text);
  }
  return cells;
}

function startRow(draft: TableDraft, line: PdfLine, pageStart = false): void {
  draft.rows.push({ cells: lineCells(draft, line), first: line, last: line, pageStart });
}

/**
 * Undo what page breaks did to the rows: a header row repeated at the top of a page is dropped, and
 * a row that starts a page with an empty first cell is the rest of the row above.
 */
function joinPageBreaks(rows: TableDraft['rows']): TableDraft['rows'] {
  const [header] = rows;
  if (!header) return rows;
  const kept: TableDraft['rows'] = [header];
  let atPageStart = false;
  for (const row of rows.slice(1)) {
    atPageStart ||= row.pageStart;
    const previous = kept.at(-1);
    if (atPageStart && sameCells(row.cells, header.cells)) continue;
    if (atPageStart && previous && previous !== header && (row.cells[0] ?? []).length === 0) {
      row.cells.forEach((texts, index) => (previous.cells[index] ?? (previous.cells[index] = [])).push(...texts));
      previous.last = row.last;
    } else kept.push(row);
    atPageStart = false;
  }
  return kept;
}

function addToRow(draft: TableDraft, row: TableDraft['rows'][number], line: PdfLine): void {
  lineCells(draft, line).forEach((texts, index) => {
    const cell = row.cells[index] ?? (row.cells[index] = []);
    cell.push(...texts);
  });
  row.last = line;
}

function sameCells(a: string[][], b: string[][]): boolean {
  return a.length === b.length && a.every((cell, index) => cell.join(' ') === (b[index] ?? []).join(' '));
}
