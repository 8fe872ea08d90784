/**
 * Source positions, 1-based, as unist and vfile use them.
 * @module
 */

/** A place in a source file. `line` and `column` are 1-based; `offset` is 0-based (UTF-16 code units). */
export interface Point {
  /** 1-based line number. */
  line: number;
  /** 1-based column number (UTF-16 code units). */
  column: number;
  /** 0-based offset from the start of the file, when known. */
  offset?: number;
  /** 1-based page number, for a place in a PDF (then `line` is the line on that page). */
  page?: number;
}

/** A span of a source file: from `start` (inclusive) to `end` (exclusive). */
export interface Position {
  /** First character of the span. */
  start: Point;
  /** Place just after the last character of the span. */
  end: Point;
}

/**
 * Format a position as `line:column-line:column` (the form vfile-reporter uses).
 * @param position The span to format.
 * @returns For example `3:1-3:24`.
 */
export function formatPosition(position: Position): string {
  return `${position.start.line}:${position.start.column}-${position.end.line}:${position.end.column}`;
}
