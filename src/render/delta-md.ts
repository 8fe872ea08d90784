/**
 * The Markdown writer: a published layout as GitHub-flavoured Markdown, `<ins>`/`<del>` for word changes, a
 * change-summary table at the top linking to each change, then the whole document.
 * @module
 */
import { assertNever } from '../model/assert-never.js';
import type { BlockDelta, CellDelta, Delta, WordPart } from '../model/delta.js';
import { summaryCells } from './change-summary.js';
import type { BodyEntry, PublishLayout } from './layout/publish-layout.js';
import { redlineLayout } from './layout/redline-layout.js';

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

function table(header: readonly string[], rows: readonly string[][]): string {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

/**
 * The Markdown writer: a layout as Markdown.
 * @param layout The layout.
 * @returns Markdown text, ending with a newline.
 */
export function renderLayoutMarkdown(layout: PublishLayout): string {
  const out: string[] = [`# ${escapeMarkdown(layout.title)}`];
  const facts = [
    layout.classification ? `**${escapeMarkdown(layout.classification)}**` : '',
    ...(layout.sides ? [`Old: ${escapeMarkdown(layout.sides.old)}`, `New: ${escapeMarkdown(layout.sides.new)}`] : layout.cover.facts.map((f) => `${escapeMarkdown(f.label)}: ${escapeMarkdown(f.value)}`)),
  ].filter(Boolean);
  out.push(facts.join(' · '));
  if (layout.kind === 'redline') out.push('Inserted text is shown <ins>underlined</ins>, deleted text <del>struck through</del>.');
  if (layout.profile.length > 0) out.push(`Comparison: ${layout.profile.map(escapeMarkdown).join('; ')}`);
  if (layout.summary) {
    out.push('## Summary of changes', escapeMarkdown(layout.summary.stats));
    const { columns, rows } = layout.summary;
    if (rows.length > 0) {
      out.push(
        table(
          columns,
          rows.map((row) => summaryCells(row, columns).map((cell, i) => (columns[i] === 'Clause' ? `[${escapeMarkdown(cell)}](#${row.anchor})` : escapeMarkdown(cell)))),
        ),
      );
    }
  }
  if (layout.definitions.length > 0) out.push('## Definitions', table(['Term', 'Change', 'Meaning'], layout.definitions.map((d) => [escapeMarkdown(d.term), d.kind, partsMarkdown(d.parts)])));
  if (layout.frontMatter.length > 0) out.push('## Front matter', table(['Key', 'Old', 'New'], layout.frontMatter.map((m) => [escapeMarkdown(m.key), escapeMarkdown(m.old), escapeMarkdown(m.new)])));
  if (layout.kind === 'redline') out.push('## Redline');
  for (const entry of layout.body) out.push(...entryMarkdown(entry));
  return `${out.join('\n\n')}\n`;
}

function entryMarkdown(entry: BodyEntry): string[] {
  switch (entry.kind) {
    case 'heading': {
      const number = partsMarkdown(entry.number);
      return [`${'#'.repeat(Math.min(6, entry.depth + 1))} ${number ? `${number} ` : ''}${partsMarkdown(entry.title)}`];
    }
    case 'block':
      return [blockMarkdown(entry.block)];
    case 'clause': {
      const out: string[] = [];
      const anchor = entry.anchor !== null ? `<a id="${entry.anchor}"></a>` : '';
      const number = `**${partsMarkdown(entry.number)}**`;
      const [first, ...rest] = entry.blocks;
      if (first?.kind === 'text') out.push(`${anchor}${number} ${blockMarkdown(first)}`);
      else {
        out.push(`${anchor}${number}`);
        if (first) out.push(blockMarkdown(first));
      }
      out.push(...rest.map(blockMarkdown));
      return out;
    }
    case 'note': {
      let text = escapeMarkdown(entry.text);
      if (entry.link) text = text.replace(escapeMarkdown(entry.link.text), `[${escapeMarkdown(entry.link.text)}](#${entry.link.anchor})`);
      return [`> *${text}*${entry.changes.map((parts) => ` Changes: ${partsMarkdown(parts)}`).join('')}`];
    }
    default:
      return assertNever(entry);
  }
}

function blockMarkdown(block: BlockDelta): string {
  if (block.kind === 'text') {
    const shape = block.new ?? block.old;
    const level = shape && shape.kind !== 'paragraph' ? shape.level : 0;
    const bullet = shape?.kind === 'item' ? (shape.ordered ? '' : '• ') : '';
    return `${'&emsp;'.repeat(level)}${bullet}${partsMarkdown(block.parts)}`;
  }
  const cell = (c: CellDelta): string => partsMarkdown(c.parts) || ' ';
  return table(block.header.map(cell), block.rows.map((row) => row.cells.map(cell)));
}

/**
 * Render a delta as Markdown.
 * @param delta The delta.
 * @returns Markdown text, ending with a newline.
 */
export function renderDeltaMarkdown(delta: Delta): string {
  return renderLayoutMarkdown(redlineLayout(delta));
}
