/**
 * A delta as one standalone HTML page: no external assets, every document text escaped, a
 * change-summary table at the top linking to each change, insertions green and underlined,
 * deletions red and struck through (so the page reads in black and white), a print stylesheet.
 * @module
 */
import { assertNever } from '../model/assert-never.js';
import type { BlockDelta, CellDelta, ClauseChange, Delta, HeadingDelta, WordPart } from '../model/delta.js';
import { SUMMARY_COLUMNS, changeAnchor, changeSummaryRows, deltaTitle, headingNumberParts, moveNote, numberParts, statsLine, summaryCells } from './change-summary.js';

/**
 * Escape text for HTML content and attribute values.
 * @param text Plain text.
 * @returns HTML that shows exactly that text.
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const STYLE = `
body { font-family: Arial, Helvetica, sans-serif; font-size: 11pt; line-height: 1.45; max-width: 60em; margin: 2em auto; padding: 0 1em; color: #111; }
h1 { font-size: 1.5em; } h2 { font-size: 1.25em; margin-top: 1.6em; } h3, h4, h5, h6 { font-size: 1.05em; }
.facts { color: #444; } .classification { font-weight: bold; text-transform: uppercase; letter-spacing: .05em; }
ins { color: #0a5d1a; background: #e3f6e6; text-decoration: underline; }
del { color: #a4161a; background: #fbe4e4; text-decoration: line-through; }
table { border-collapse: collapse; margin: .6em 0; } th, td { border: 1px solid #999; padding: .25em .5em; vertical-align: top; text-align: left; }
th { background: #eee; } td.num { text-align: right; }
tr.inserted td { border-left: 3px solid #0a5d1a; } tr.deleted td { border-left: 3px double #a4161a; }
.clause { margin: .5em 0; } .clause .no { font-weight: bold; margin-right: .4em; }
.sub1 { margin-left: 2em; } .sub2 { margin-left: 4em; } .sub3 { margin-left: 6em; }
.change-inserted, .change-deleted, .change-amended, .change-renumbered, .change-moved, .change-split, .change-merged { border-left: 3px solid #888; padding-left: .6em; }
.change-inserted { border-left-style: double; } .change-deleted { border-left-style: dotted; }
.note { font-style: italic; color: #444; margin: .2em 0 .8em; }
.legend ins, .legend del { padding: 0 .2em; }
@media print {
  body { max-width: none; margin: 0; font-size: 10pt; }
  a { color: inherit; text-decoration: none; }
  ins { background: none; color: #000; text-decoration: underline; }
  del { background: none; color: #000; text-decoration: line-through; }
  table, .clause { page-break-inside: avoid; }
  h2, h3 { page-break-after: avoid; }
}
`;

function partsHtml(parts: readonly WordPart[]): string {
  return parts
    .map((part) => {
      const text = escapeHtml(part.text);
      if (part.op === 'equal') return text;
      const tag = part.op === 'insert' ? 'ins' : 'del';
      return `<${tag}>${text}</${tag}>`;
    })
    .join('');
}

/**
 * Render a delta as a standalone HTML page.
 * @param delta The delta.
 * @returns HTML text, ending with a newline.
 */
export function renderDeltaHtml(delta: Delta): string {
  const title = escapeHtml(deltaTitle(delta));
  const body: string[] = [`<h1>${title}</h1>`];
  const classification = delta.new.meta.classification;
  if (classification) body.push(`<p class="classification">${escapeHtml(String(classification))}</p>`);
  const side = (label: string, s: Delta['old']): string => `${label}: ${escapeHtml(`${s.meta.version ?? ''} ${s.meta.date ?? ''}`.trim())} <code>${escapeHtml(s.file)}</code>`;
  body.push(`<p class="facts">${side('Old', delta.old)} · ${side('New', delta.new)}</p>`);
  body.push('<p class="legend">Inserted text is shown <ins>underlined</ins>, deleted text <del>struck through</del>.</p>');
  body.push('<h2 id="summary">Summary of changes</h2>', `<p>${escapeHtml(statsLine(delta))}</p>`);
  const rows = changeSummaryRows(delta);
  if (rows.length > 0) {
    const head = `<tr>${SUMMARY_COLUMNS.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('')}</tr>`;
    const lines = rows.map((row) => {
      const [clause, kind, ids, added, removed] = summaryCells(row);
      return `<tr><td><a href="#${row.anchor}">${escapeHtml(clause)}</a></td><td>${escapeHtml(kind)}</td><td>${escapeHtml(ids)}</td><td class="num">${added}</td><td class="num">${removed}</td></tr>`;
    });
    body.push(`<table class="summary"><thead>${head}</thead><tbody>\n${lines.join('\n')}\n</tbody></table>`);
  }
  if (delta.definitions.length > 0) {
    const lines = delta.definitions.map((d) => `<tr><td>${escapeHtml(d.term)}</td><td>${d.kind}</td><td>${partsHtml(d.parts)}</td></tr>`);
    body.push('<h2 id="definitions">Definitions</h2>', `<table><thead><tr><th>Term</th><th>Change</th><th>Meaning</th></tr></thead><tbody>\n${lines.join('\n')}\n</tbody></table>`);
  }
  if (delta.meta.length > 0) {
    const show = (value: unknown): string => (value === undefined ? '—' : escapeHtml(typeof value === 'string' ? value : JSON.stringify(value)));
    const lines = delta.meta.map((m) => `<tr><td>${escapeHtml(m.key)}</td><td>${show(m.old)}</td><td>${show(m.new)}</td></tr>`);
    body.push('<h2 id="front-matter">Front matter</h2>', `<table><thead><tr><th>Key</th><th>Old</th><th>New</th></tr></thead><tbody>\n${lines.join('\n')}\n</tbody></table>`);
  }
  body.push('<h2 id="redline">Redline</h2>');
  for (const entry of delta.outline) {
    switch (entry.kind) {
      case 'heading':
        body.push(headingHtml(entry.heading));
        break;
      case 'change': {
        const change = delta.changes[entry.index];
        if (change) body.push(changeHtml(change, entry.index));
        break;
      }
      case 'moved-away': {
        const change = delta.changes[entry.index];
        if (change) {
          const target = escapeHtml(change.newIds.join(', '));
          body.push(`<p class="note">${escapeHtml(moveNote(change, 'to')).replace(target, `<a href="#${changeAnchor(change, entry.index)}">${target}</a>`)}</p>`);
        }
        break;
      }
      default:
        assertNever(entry);
    }
  }
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${STYLE}</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
}

function headingHtml(heading: HeadingDelta): string {
  const level = Math.min(6, heading.depth + 1);
  const number = partsHtml(headingNumberParts(heading));
  return [`<h${level}>${number ? `${number} ` : ''}${partsHtml(heading.parts)}</h${level}>`, ...heading.blocks.map(blockHtml)].join('\n');
}

function changeHtml(change: ClauseChange, index: number): string {
  const out: string[] = [`<div class="change-${change.kind}" id="${changeAnchor(change, index)}" title="${escapeHtml(change.summary)}">`];
  for (const piece of change.pieces) {
    const number = `<span class="no">${partsHtml(numberParts(piece))}</span>`;
    const [first, ...rest] = piece.blocks;
    if (first?.kind === 'text') out.push(`<p class="clause">${number}${partsHtml(first.parts)}</p>`);
    else {
      out.push(`<p class="clause">${number}</p>`);
      if (first) out.push(blockHtml(first));
    }
    out.push(...rest.map(blockHtml));
  }
  if (change.kind === 'moved') out.push(`<p class="note">${escapeHtml(moveNote(change, 'from'))}</p>`);
  out.push('</div>');
  return out.join('\n');
}

function blockHtml(block: BlockDelta): string {
  if (block.kind === 'text') {
    const shape = block.new ?? block.old;
    const level = shape && shape.kind !== 'paragraph' ? Math.min(3, shape.level) : 0;
    const bullet = shape?.kind === 'item' && !shape.ordered ? '• ' : '';
    return `<p class="clause${level ? ` sub${level}` : ''}">${bullet}${partsHtml(block.parts)}</p>`;
  }
  const cell = (c: CellDelta, tag: 'th' | 'td'): string => `<${tag}>${partsHtml(c.parts)}</${tag}>`;
  const head = `<tr>${block.header.map((c) => cell(c, 'th')).join('')}</tr>`;
  const rows = block.rows.map((row) => `<tr class="${row.status}">${row.cells.map((c) => cell(c, 'td')).join('')}</tr>`);
  return `<table><thead>${head}</thead><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}
