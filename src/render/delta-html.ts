/**
 * The HTML writer: a published layout (redline or clean copy) as one standalone HTML page: no external
 * assets, every document text escaped, a change-summary table at the top linking to each change, insertions
 * green and underlined, deletions red and struck through (so the page reads in black and white), a print
 * stylesheet.
 * @module
 */
import { assertNever } from '../model/assert-never.js';
import type { BlockDelta, CellDelta, Delta, WordPart } from '../model/delta.js';
import { summaryCells } from './change-summary.js';
import type { BodyEntry, PublishLayout } from './layout/publish-layout.js';
import { redlineLayout } from './layout/redline-layout.js';
import { VIEW_SCRIPT, VIEW_STYLE, viewControlsHtml } from './html-views.js';

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
nav.contents ol { list-style: none; padding-left: 0; } nav.contents li.d3 { margin-left: 1.5em; }
@media print {
  body { max-width: none; margin: 0; font-size: 10pt; }
  a { color: inherit; text-decoration: none; }
  ins { background: none; color: #000; text-decoration: underline; }
  del { background: none; color: #000; text-decoration: line-through; }
  table, .clause { page-break-inside: avoid; }
  h2, h3 { page-break-after: avoid; }
}
`;

/**
 * Word parts as HTML: kept text plain, insertions in `<ins>`, deletions in `<del>`.
 * @param parts The parts.
 * @returns HTML.
 */
export function partsHtml(parts: readonly WordPart[]): string {
  return parts
    .map((part) => {
      const text = escapeHtml(part.text);
      if (part.op === 'equal') return text;
      const tag = part.op === 'insert' ? 'ins' : 'del';
      return `<${tag}>${text}</${tag}>`;
    })
    .join('');
}

/** Extra markup a page may carry (the site adds its navigation; the redline its view controls). */
export interface HtmlPageOptions {
  /** HTML put at the top of `<body>`. */
  before?: string;
  /** Extra CSS. */
  style?: string;
  /** A script put at the end of `<body>` (inline: the page stays one standalone file). */
  script?: string;
}

/**
 * The parts of the page before the body: title, facts, legend, profile, summary, definitions, front matter.
 * @param layout The layout.
 * @returns HTML fragments.
 */
export function layoutHeadHtml(layout: PublishLayout): string[] {
  const out: string[] = [`<h1>${escapeHtml(layout.title)}</h1>`];
  if (layout.classification) out.push(`<p class="classification">${escapeHtml(layout.classification)}</p>`);
  if (layout.sides) out.push(`<p class="facts">Old: ${escapeHtml(layout.sides.old)} · New: ${escapeHtml(layout.sides.new)}</p>`);
  else out.push(`<p class="facts">${layout.cover.facts.map((f) => `${escapeHtml(f.label)}: ${escapeHtml(f.value)}`).join(' · ')}</p>`);
  if (layout.kind === 'redline') out.push('<p class="legend">Inserted text is shown <ins>underlined</ins>, deleted text <del>struck through</del>.</p>');
  if (layout.profile.length > 0) out.push(`<p class="profile">Comparison: ${layout.profile.map(escapeHtml).join('; ')}</p>`);
  if (layout.summary) {
    out.push('<h2 id="summary">Summary of changes</h2>', `<p>${escapeHtml(layout.summary.stats)}</p>`);
    const { columns, rows } = layout.summary;
    if (rows.length > 0) {
      const head = `<tr>${columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('')}</tr>`;
      const lines = rows.map((row) => {
        const cells = summaryCells(row, columns).map((text, i) => {
          const column = columns[i];
          if (column === 'Clause') return `<td><a href="#${row.anchor}">${escapeHtml(text)}</a></td>`;
          return column === 'Words added' || column === 'Words removed' ? `<td class="num">${escapeHtml(text)}</td>` : `<td>${escapeHtml(text)}</td>`;
        });
        return `<tr data-kind="${escapeHtml(row.kind)}" data-significance="${escapeHtml(row.significance ?? (row.substantive ? 'substantive' : 'none'))}">${cells.join('')}</tr>`;
      });
      out.push(`<table class="summary"><thead>${head}</thead><tbody>\n${lines.join('\n')}\n</tbody></table>`);
    }
  }
  if (layout.definitions.length > 0) {
    const lines = layout.definitions.map((d) => `<tr><td>${escapeHtml(d.term)}</td><td>${d.kind}</td><td>${partsHtml(d.parts)}</td></tr>`);
    out.push('<h2 id="definitions">Definitions</h2>', `<table><thead><tr><th>Term</th><th>Change</th><th>Meaning</th></tr></thead><tbody>\n${lines.join('\n')}\n</tbody></table>`);
  }
  if (layout.frontMatter.length > 0) {
    const lines = layout.frontMatter.map((m) => `<tr><td>${escapeHtml(m.key)}</td><td>${escapeHtml(m.old)}</td><td>${escapeHtml(m.new)}</td></tr>`);
    out.push('<h2 id="front-matter">Front matter</h2>', `<table><thead><tr><th>Key</th><th>Old</th><th>New</th></tr></thead><tbody>\n${lines.join('\n')}\n</tbody></table>`);
  }
  return out;
}

/**
 * The body entries as HTML, in reading order.
 * @param layout The layout.
 * @returns HTML fragments.
 */
export function layoutBodyHtml(layout: PublishLayout): string[] {
  const out: string[] = [];
  let open: { index: number | null; moved: boolean } | null = null;
  for (const entry of layout.body) {
    // A change is one element (all its pieces and its note), so views can hide, filter and step through it.
    const starts = entry.kind === 'clause' && (open === null || entry.anchor !== null || entry.changeIndex !== open.index || open.moved !== (entry.whole === 'deleted' && entry.change === 'moved'));
    if ((entry.kind !== 'clause' && entry.kind !== 'note') || starts) {
      if (open) out.push('</div>');
      open = null;
    }
    if (entry.kind === 'clause' && starts) {
      const away = entry.whole === 'deleted' && entry.change === 'moved';
      open = { index: entry.changeIndex, moved: away };
      out.push(`<div class="change change-${entry.change}${away ? ' moved-away' : ''}"${entry.anchor !== null ? ` id="${entry.anchor}"` : ''} data-kind="${entry.change}" data-significance="${entry.significance}">`);
    }
    out.push(...entryHtml(entry));
  }
  if (open) out.push('</div>');
  return out;
}

function entryHtml(entry: BodyEntry): string[] {
  switch (entry.kind) {
    case 'heading': {
      const level = Math.min(6, entry.depth + 1);
      const number = partsHtml(entry.number);
      return [`<h${level} id="${entry.anchor}" data-status="${entry.status}">${number ? `${number} ` : ''}${partsHtml(entry.title)}</h${level}>`];
    }
    case 'block':
      return [`<div class="section-text" data-status="${entry.block.status}">${blockHtml(entry.block)}</div>`];
    case 'clause': {
      const out: string[] = [];
      const number = `<span class="no">${partsHtml(entry.number)}</span>`;
      const [first, ...rest] = entry.blocks;
      if (first?.kind === 'text') out.push(`<p class="clause">${number}${partsHtml(first.parts)}</p>`);
      else {
        out.push(`<p class="clause">${number}</p>`);
        if (first) out.push(blockHtml(first));
      }
      out.push(...rest.map(blockHtml));
      return out;
    }
    case 'note': {
      let text = escapeHtml(entry.text);
      if (entry.link) {
        const target = escapeHtml(entry.link.text);
        text = text.replace(target, `<a href="#${entry.link.anchor}">${target}</a>`);
      }
      const changes = entry.changes.map((parts) => ` Changes: ${partsHtml(parts)}`).join('');
      return [`<p class="note">${text}${changes}</p>`];
    }
    default:
      return assertNever(entry);
  }
}

/**
 * A block as HTML.
 * @param block The block, compared.
 * @returns HTML.
 */
export function blockHtml(block: BlockDelta): string {
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

/**
 * A standalone HTML page.
 * @param title Page title (plain text).
 * @param body Body HTML.
 * @param options Extra markup.
 * @returns HTML text, ending with a newline.
 */
export function htmlPage(title: string, body: string, options: HtmlPageOptions = {}): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}${options.style ?? ''}</style>
</head>
<body>
${options.before ?? ''}<main>
${body}
</main>
${options.script ? `<script>${options.script}</script>\n` : ''}</body>
</html>
`;
}

/**
 * The HTML writer: a layout as a standalone page.
 * @param layout The layout.
 * @param options Extra markup.
 * @returns HTML text.
 */
export function renderLayoutHtml(layout: PublishLayout, options: HtmlPageOptions = {}): string {
  if (layout.kind === 'clean') return htmlPage(layout.title, [...layoutHeadHtml(layout), ...layoutBodyHtml(layout)].join('\n'), options);
  return htmlPage(layout.title, [...layoutHeadHtml(layout), '<h2 id="redline">Redline</h2>', ...layoutBodyHtml(layout)].join('\n'), {
    ...options,
    before: `${options.before ?? ''}${viewControlsHtml(layout)}`,
    style: `${VIEW_STYLE}${options.style ?? ''}`,
    script: `${VIEW_SCRIPT}${options.script ?? ''}`,
  });
}

/**
 * Render a delta as a standalone HTML page.
 * @param delta The delta.
 * @returns HTML text, ending with a newline.
 */
export function renderDeltaHtml(delta: Delta): string {
  return renderLayoutHtml(redlineLayout(delta));
}
