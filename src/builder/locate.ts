/**
 * Where a cross-reference is: its place inside the block it was found in.
 * @module
 */
import type { VFile } from 'vfile';
import type { Position } from '../model/position.js';
import { createSourceMap } from '../parse/source-map.js';

/**
 * Finds the place of `text`, found at `index` in the plain text of a block at `blockPosition`.
 * @returns The place of the text (or of the block's start when it cannot be found).
 */
export type Locator = (text: string, index: number, blockPosition: Position) => Position;

/**
 * The locator for a file. With the source text (Markdown: positions carry offsets), the reference
 * is searched for in the block's source, so markup around it is skipped; otherwise (Word, PDF:
 * blocks are plain text) it is `index` characters after the block's start on the same line.
 * @param file The vfile being built (its `value` is the Markdown source, or empty).
 * @returns The locator.
 */
export function createLocator(file: VFile): Locator {
  const source = typeof file.value === 'string' ? file.value : '';
  if (source === '') return inBlock;
  const map = createSourceMap(source);
  return (text, index, blockPosition) => {
    const start = blockPosition.start.offset;
    if (start === undefined) return inBlock(text, index, blockPosition);
    const end = blockPosition.end.offset ?? start;
    const slice = source.slice(start, end);
    const at = slice.indexOf(text);
    if (at !== -1) return map.span(start + at, start + at + text.length);
    const first = text.split(' ')[0] ?? text;
    const loose = slice.indexOf(first);
    if (loose !== -1) return map.span(start + loose, start + loose + first.length);
    return { start: blockPosition.start, end: blockPosition.start };
  };
}

function inBlock(text: string, index: number, blockPosition: Position): Position {
  const start = blockPosition.start;
  return { start: { ...start, column: start.column + index }, end: { ...start, column: start.column + index + text.length } };
}
