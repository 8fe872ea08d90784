/**
 * A word diff as plain text, `[-old-]{+new+}` (the wdiff convention): for `tmad history`, tests and logs.
 * @module
 */
import type { BlockDelta, ClauseChange, Delta, WordPart } from '../model/delta.js';

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

/**
 * A whole delta as redline text, for tests and reviewers: each clause change that is not `unchanged` (a line
 * `## kind old -> new: significance (rule)` then its redline), then each change outside clauses
 * (`## outside kind where section: significance (rule)` then its blocks).
 * @param delta The delta.
 * @returns The text, ending with a newline (empty when nothing changed).
 */
export function deltaRedline(delta: Delta): string {
  const out: string[] = [];
  for (const change of delta.changes) {
    if (change.kind === 'unchanged') continue;
    out.push(`## ${change.kind} ${change.oldIds.join(',') || '-'} -> ${change.newIds.join(',') || '-'}: ${change.significance} (${change.reason.rule})`, ...changeRedline(change), '');
  }
  for (const change of delta.outside) {
    const section = change.sections.new ?? change.sections.old ?? '-';
    out.push(`## outside ${change.kind} ${change.where} ${section}: ${change.significance} (${change.reason.rule})`, ...change.blocks.flatMap(blockRedline), '');
  }
  return out.join('\n');
}
