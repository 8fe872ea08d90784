/**
 * The plain-text line of a block, as it appears in `Clause.text`.
 * @module
 */
import type { Block } from '../model/document.js';
import { assertNever } from '../model/assert-never.js';

/**
 * One block as a line of plain text: a sub-paragraph with its label (`(a) the DCC ...`),
 * a bullet with `- `, a table as its rows with cells joined by ` | `.
 * @param block The block.
 * @returns Its text (a table gives several lines).
 */
export function blockLine(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return block.text;
    case 'subparagraph':
      return `${block.label} ${block.text}`;
    case 'item':
      return `- ${block.text}`;
    case 'table':
      return [block.header, ...block.rows].map((row) => row.join(' | ')).join('\n');
    default:
      return assertNever(block);
  }
}

