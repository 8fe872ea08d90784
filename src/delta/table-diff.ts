/**
 * Tables compared row by row and cell by cell. Rows are aligned by their first column when it is a
 * unique key in both versions, else by their whole text; paired rows are diffed cell by cell. The
 * result is always a valid table: every row has as many cells as the wider of the two tables.
 * @module
 */
import { diffArrays } from 'diff';
import type { CellDelta, Granularity, RowDelta, TableBlockDelta } from '../model/delta.js';
import type { TableBlock } from '../model/document.js';
import { normaliseText } from '../model/text.js';
import { wholeText, wordDiff } from './word-diff.js';

/**
 * Compare two tables (or one, when the other side does not exist).
 * @param oldTable The table in the old version.
 * @param newTable The table in the new version.
 * @param granularity Word diff granularity (default `word`).
 * @returns The table delta.
 */
export function diffTables(oldTable: TableBlock | undefined, newTable: TableBlock | undefined, granularity: Granularity = 'word'): TableBlockDelta {
  const width = Math.max(oldTable?.header.length ?? 0, newTable?.header.length ?? 0);
  const header = diffCells(oldTable?.header, newTable?.header, width, granularity);
  const rows: RowDelta[] = [];
  for (const [oldRow, newRow] of alignRows(oldTable?.rows ?? [], newTable?.rows ?? [])) {
    const cells = diffCells(oldRow, newRow, width, granularity);
    const status = !oldRow ? 'inserted' : !newRow ? 'deleted' : cells.every(isEqual) ? 'equal' : 'changed';
    rows.push({ status, cells });
  }
  const status = !oldTable
    ? 'inserted'
    : !newTable
      ? 'deleted'
      : header.every(isEqual) && rows.every((row) => row.status === 'equal')
        ? 'equal'
        : 'changed';
  const delta: TableBlockDelta = { kind: 'table', status, header, rows };
  if (oldTable) delta.old = oldTable;
  if (newTable) delta.new = newTable;
  return delta;
}

function isEqual(cell: CellDelta): boolean {
  return cell.parts.every((part) => part.op === 'equal');
}

function diffCells(oldRow: readonly string[] | undefined, newRow: readonly string[] | undefined, width: number, granularity: Granularity): CellDelta[] {
  const cells: CellDelta[] = [];
  for (let index = 0; index < width; index++) {
    const before = oldRow?.[index];
    const after = newRow?.[index];
    if (oldRow && newRow) cells.push({ parts: wordDiff(before ?? '', after ?? '', granularity) });
    else if (newRow) cells.push({ parts: wholeText(after ?? '', 'insert') });
    else cells.push({ parts: wholeText(before ?? '', 'delete') });
  }
  return cells;
}

/**
 * Pair the rows of two tables, in new order with deleted rows where they stood.
 * @param oldRows Old body rows.
 * @param newRows New body rows.
 * @returns Pairs; one side is `undefined` for an inserted or deleted row.
 */
export function alignRows(oldRows: readonly string[][], newRows: readonly string[][]): Array<[string[] | undefined, string[] | undefined]> {
  const byKey = uniqueKeys(oldRows) && uniqueKeys(newRows);
  const key = (row: readonly string[]): string => (byKey ? normaliseText(row[0] ?? '') : row.map(normaliseText).join('\u0000'));
  const pairs: Array<[string[] | undefined, string[] | undefined]> = [];
  let oldIndex = 0;
  let newIndex = 0;
  let removed: string[][] = [];
  let added: string[][] = [];
  const flush = (): void => {
    // Rows changed in place: pair a run of removed rows with the run of added rows beside it.
    const count = byKey ? 0 : Math.min(removed.length, added.length);
    for (let index = 0; index < Math.max(removed.length, added.length); index++) {
      if (index < count) pairs.push([removed[index], added[index]]);
      else {
        if (removed[index]) pairs.push([removed[index], undefined]);
        if (added[index]) pairs.push([undefined, added[index]]);
      }
    }
    removed = [];
    added = [];
  };
  for (const change of diffArrays(oldRows.map(key), newRows.map(key))) {
    const count = change.value.length;
    if (change.removed) for (let i = 0; i < count; i++) removed.push(oldRows[oldIndex++] ?? []);
    else if (change.added) for (let i = 0; i < count; i++) added.push(newRows[newIndex++] ?? []);
    else {
      flush();
      for (let i = 0; i < count; i++) pairs.push([oldRows[oldIndex++], newRows[newIndex++]]);
    }
  }
  flush();
  return pairs;
}

function uniqueKeys(rows: readonly string[][]): boolean {
  const seen = new Set<string>();
  for (const row of rows) {
    const key = normaliseText(row[0] ?? '');
    if (key === '' || seen.has(key)) return false;
    seen.add(key);
  }
  return rows.length > 0;
}
