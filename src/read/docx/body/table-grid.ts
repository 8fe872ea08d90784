/**
 * A Word table's rows laid on its grid: a cell spanning columns (`w:gridSpan`) is repeated into each
 * column it covers, a vertically merged cell (`w:vMerge`) repeats the text of the cell that starts
 * the merge, and columns skipped before a row's first cell (`w:gridBefore`) are empty.
 * @module
 */
import type { RawRow } from './raw-blocks.js';

/** A table's rows as text on its grid. */
export interface GridTable {
  /** Rows of cell texts, all as wide as the widest row. */
  rows: string[][];
  /** `true` when some cell spanned columns or rows. */
  merged: boolean;
}

/**
 * Lay rows on the grid.
 * @param rows The rows read.
 * @param cellText The text of a cell (its paragraphs, numbers included).
 * @returns The grid.
 */
export function layTableGrid(rows: readonly RawRow[], cellText: (row: number, cell: number) => string): GridTable {
  const grid: string[][] = [];
  let merged = false;
  rows.forEach((row, rowIndex) => {
    const out: string[] = Array.from({ length: row.gridBefore }, () => '');
    row.cells.forEach((cell, cellIndex) => {
      const column = out.length;
      let text = cellText(rowIndex, cellIndex);
      if (cell.vMerge === 'continue') {
        merged = true;
        text = grid[rowIndex - 1]?.[column] ?? text;
      }
      if (cell.span > 1) merged = true;
      for (let covered = 0; covered < cell.span; covered += 1) out.push(text);
    });
    grid.push(out);
  });
  const width = grid.reduce((most, row) => Math.max(most, row.length), 0);
  return { rows: grid.map((row) => [...row, ...Array.from({ length: width - row.length }, () => '')]), merged };
}
