/**
 * A word diff as plain text, `[-old-]{+new+}` (the wdiff convention): for `tmad history`, tests and logs.
 * @module
 */
import type { BlockDelta, ClauseChange, WordPart } from '../model/delta.js';

/**
 * Word parts as text: kept runs as they are, deletions as `[-...-]`, insertions as `{+...+}`.
 * @param parts The parts.
 * @returns The text.
 */
export function partsText(parts: readonly WordPart[]): string {
  return parts.map((part) => (part.op === 'equal' ? part.text : part.op === 'delete' ? `[-${part.text}-]` : `{+${part.text}+}`)).join('');
}

/**
 * One block compared, as lines of text: a paragraph one line, a table one line per row (`a | b`).
 * @param block The block.
 * @returns The lines.
 */
export function blockRedline(block: BlockDelta): string[] {
  if (block.kind === 'text') return [partsText(block.parts)];
  return [block.header, ...block.rows.map((row) => row.cells)].map((cells) => cells.map((cell) => partsText(cell.parts)).join(' | '));
}

/**
 * A clause change as redline text: per piece, its number (`[-6.4-]{+6.3+}` when renumbered) and its blocks.
 * @param change The change.
 * @returns The lines, the number on the first line of each piece.
 */
export function changeRedline(change: ClauseChange): string[] {
  const lines: string[] = [];
  for (const piece of change.pieces) {
    const number = piece.oldId === piece.newId ? (piece.newId ?? '') : `${piece.oldId !== null ? `[-${piece.oldId}-]` : ''}${piece.newId !== null ? `{+${piece.newId}+}` : ''}`;
    const blockLines = piece.blocks.flatMap(blockRedline);
    lines.push(`${number} ${blockLines[0] ?? ''}`.trimEnd(), ...blockLines.slice(1));
  }
  return lines;
}
