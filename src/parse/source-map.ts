/**
 * Offsets to line/column for one source text.
 * @module
 */
import type { Point, Position } from '../model/position.js';

/** Converts 0-based offsets of one text into 1-based points. */
export interface SourceMap {
  /** The point at `offset`. */
  pointAt(offset: number): Point;
  /** The span from `start` to `end` offsets. */
  span(start: number, end: number): Position;
  /** Offset of the first character of a 1-based line. */
  offsetOfLine(line: number): number;
  /** Number of characters of a line, its line ending excluded. */
  lengthOfLine(line: number): number;
  /** Number of leading spaces and tabs of a line. */
  indentOfLine(line: number): number;
}

/**
 * Index the line starts of a text (LF, CRLF and CR line endings).
 * @param text The whole source.
 * @returns A converter from offsets to points.
 */
export function createSourceMap(text: string): SourceMap {
  const starts = [0];
  if (!text.includes('\r')) {
    for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  } else {
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      if (code === 10) starts.push(index + 1);
      else if (code === 13 && text.charCodeAt(index + 1) !== 10) starts.push(index + 1);
    }
  }
  const pointAt = (offset: number): Point => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (starts[low] ?? 0) + 1, offset };
  };
  const offsetOfLine = (line: number): number => starts[Math.min(Math.max(line - 1, 0), starts.length - 1)] ?? 0;
  const lengthOfLine = (line: number): number => {
    const start = offsetOfLine(line);
    const next = line < starts.length ? (starts[line] ?? text.length) : text.length;
    let end = next;
    while (end > start && (text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13)) end--;
    return end - start;
  };
  const indentOfLine = (line: number): number => {
    const start = offsetOfLine(line);
    let index = start;
    while (text.charCodeAt(index) === 32 || text.charCodeAt(index) === 9) index++;
    return index - start;
  };
  return { pointAt, span: (start, end) => ({ start: pointAt(start), end: pointAt(end) }), offsetOfLine, lengthOfLine, indentOfLine };
}
