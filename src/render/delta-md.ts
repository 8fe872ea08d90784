/**
 * A delta as GitHub-flavoured Markdown: `<ins>`/`<del>` for word changes, a change-summary table
 * at the top linking to each change, then the whole document as a redline.
 * @module
 */
import { assertNever } from '../model/assert-never.js';
import type { BlockDelta, CellDelta, ClauseChange, Delta, HeadingDelta, WordPart } from '../model/delta.js';
import { SUMMARY_COLUMNS, changeAnchor, changeSummaryRows, deltaTitle, headingNumberParts, moveNote, numberParts, statsLine, summaryCells } from './change-summary.js';

/**
 * Escape text for Markdown (inline): HTML special characters as entities, Markdown punctuation with a backslash.
 * @param text Plain text.
 * @returns Markdown that shows exactly that text.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]|~#!+-]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r?\n/g, ' ');
}

function partsMarkdown(parts: readonly WordPart[]): string {
  return parts
    .map((part) => {
      const text = escapeMarkdown(part.text);
      if (part.op === 'equal') return text;
      if (text.trim() === '') return part.op === 'insert' ? text : '';
      const tag = part.op === 'insert' ? 'ins' : 'del';
      return `<${tag}>${text}</${tag}>`;
    })
    .join('');
}

/**
 * Render a delta as Markdown.
 * @param delta The delta.
 * @returns Markdown text, ending with a newline.
 */
export function renderDeltaMarkdown(delta: Delta): string {
  const out: string[] = [`# ${escapeMarkdown(deltaTitle(delta))}`];
  const facts = [
    delta.new.meta.classification ? `**${escapeMarkdown(String(delta.new.meta.classification))}**` : '',
    `Old: ${escapeMarkdown(`${delta.old.meta.version ?? ''} ${delta.old.meta.date ?? ''} (${delta.old.file})`.trim())}`,
    `New: ${escapeMarkdown(`${delta.new.meta.version ?? ''} ${delta.new.meta.date ?? ''} (${delta.new.file})`.trim())}`,
  ].filter(Boolean);
  out.push(facts.join(' · '));
  out.push('Inserted text is shown <ins>underlined</ins>, deleted text <del>struck through</del>.');
  out.push('## Summary of changes', escapeMarkdown(statsLine(delta)));
  const rows = changeSummaryRows(delta);
  if (rows.length > 0) {
    const lines = [`| ${SUMMARY_COLUMNS.join(' | ')} |`, `|${SUMMARY_COLUMNS.map(() => '---').join('|')}|`];
    for (const row of rows) {
      const [clause, ...rest] = summaryCells(row);
      lines.push(`| [${escapeMarkdown(clause)}](#${row.anchor}) | ${rest.map(escapeMarkdown).join(' | ')} |`);
    }
    out.push(lines.join('\n'));
  }
  if (delta.definitions.length > 0) {
    const lines = ['| Term | Change | Meaning |', '|---|---|---|'];
    for (const change of delta.definitions) lines.push(`| ${escapeMarkdown(change.term)} | ${change.kind} | ${partsMarkdown(change.parts)} |`);
    out.push('## Definitions', lines.join('\n'));
  }
  if (delta.meta.length > 0) {
    const lines = ['| Key | Old | New |', '|---|---|---|'];
    const show = (value: unknown): string => (value === undefined ? '—' : escapeMarkdown(typeof value === 'string' ? value : JSON.stringify(value)));
    for (const change of delta.meta) lines.push(`| ${escapeMarkdown(change.key)} | ${show(change.old)} | ${show(change.new)} |`);
    out.push('## Front matter', lines.join('\n'));
  }
  out.push('## Redline');
  for (const entry of delta.outline) {
    switch (entry.kind) {
      case 'heading':
        out.push(...headingMarkdown(entry.heading));
        break;
      case 'change': {
        const change = delta.changes[entry.index];
        if (change) out.push(...changeMarkdown(change, entry.index));
        break;
      }
      case 'moved-away': {
        const change = delta.changes[entry.index];
        if (change) out.push(`> ${escapeMarkdown(moveNote(change, 'to')).replace(escapeMarkdown(change.newIds.join(', ')), `[${escapeMarkdown(change.newIds.join(', '))}](#${changeAnchor(change, entry.index)})`)}`);
        break;
      }
      default:
        assertNever(entry);
    }
  }
  return `${out.join('\n\n')}\n`;
}

function headingMarkdown(heading: HeadingDelta): string[] {
  const number = partsMarkdown(headingNumberParts(heading));
  return [`${'#'.repeat(Math.min(6, heading.depth + 1))} ${number ? `${number} ` : ''}${partsMarkdown(heading.parts)}`, ...heading.blocks.map(blockMarkdown)];
}

function changeMarkdown(change: ClauseChange, index: number): string[] {
  const out: string[] = [];
  change.pieces.forEach((piece, position) => {
    const anchor = position === 0 ? `<a id="${changeAnchor(change, index)}"></a>` : '';
    const number = `**${partsMarkdown(numberParts(piece))}**`;
    const [first, ...rest] = piece.blocks;
    if (first?.kind === 'text') out.push(`${anchor}${number} ${blockMarkdown(first)}`);
    else {
      out.push(`${anchor}${number}`);
      if (first) out.push(blockMarkdown(first));
    }
    out.push(...rest.map(blockMarkdown));
  });
  if (change.kind === 'moved') out.push(`*${escapeMarkdown(moveNote(change, 'from'))}*`);
  return out;
}

function blockMarkdown(block: BlockDelta): string {
  if (block.kind === 'text') {
    const shape = block.new ?? block.old;
    const level = shape && shape.kind !== 'paragraph' ? shape.level : 0;
    const bullet = shape?.kind === 'item' ? (shape.ordered ? '' : '• ') : '';
    return `${'&emsp;'.repeat(level)}${bullet}${partsMarkdown(block.parts)}`;
  }
  const cell = (c: CellDelta): string => partsMarkdown(c.parts) || ' ';
  const lines = [`| ${block.header.map(cell).join(' | ')} |`, `|${block.header.map(() => '---').join('|')}|`];
  for (const row of block.rows) lines.push(`| ${row.cells.map(cell).join(' | ')} |`);
  return lines.join('\n');
}
