/**
 * A `Document` as TMAD Markdown: front matter from its metadata, the title, sections as numbered
 * headings, clauses as `**4.24** text`, sub-paragraphs `(a) ...` as paragraphs of their own,
 * list items, GFM tables (the definitions table among them). Reading the Markdown back gives the
 * same model: clause ids, texts, fingerprints, definitions and tables (positions differ).
 * A pure function: the same document gives the same bytes.
 * @module
 */
import { stringify } from 'yaml';
import type { Block, Clause, Document, Section, TableBlock } from '../model/document.js';
import { assertNever } from '../model/assert-never.js';
import { labelLevel } from '../parse/markers.js';

/** Front-matter keys in the order TMAD versions write them; others follow as they come. */
const META_ORDER = ['document', 'title', 'code', 'appendix', 'version', 'status', 'date', 'previous', 'classification', 'author'];

/**
 * Write a document as TMAD Markdown.
 * @param document The document (from any reader).
 * @returns The Markdown text, ending in a newline.
 */
export function documentToMarkdown(document: Document): string {
  const out: string[] = [];
  const meta = frontMatter(document.meta);
  if (meta !== '') out.push(`---\n${meta}---`);
  if (document.title !== '') out.push(`# ${escapeHeading(document.title)}`);
  const queues = clauseQueues(document.clauses);
  // Sections depth first, without recursion: a section's heading, its text, its clauses, then its children.
  const stack: Section[] = [...document.sections].reverse();
  for (let section = stack.pop(); section !== undefined; section = stack.pop()) {
    if (section.key !== 'preamble' || section.number !== null || section.title !== '') out.push(sectionHeading(section));
    writeBlocks(out, section.blocks, undefined);
    for (const id of section.clauseIds) {
      const clause = queues.get(id)?.shift();
      if (clause) writeClause(out, clause, section.depth);
    }
    for (let index = section.children.length - 1; index >= 0; index--) {
      const child = section.children[index];
      if (child) stack.push(child);
    }
  }
  // Clauses no section lists (none in a built document): kept, at the end.
  for (const queue of queues.values()) for (const clause of queue) writeClause(out, clause, 1);
  return `${out.join('\n\n')}\n`;
}

function frontMatter(meta: Document['meta']): string {
  const ordered: Record<string, unknown> = {};
  for (const key of META_ORDER) if (meta[key] !== undefined) ordered[key] = meta[key];
  for (const [key, value] of Object.entries(meta)) if (!(key in ordered) && value !== undefined) ordered[key] = value;
  if (Object.keys(ordered).length === 0) return '';
  return stringify(ordered, { lineWidth: 0 });
}

/** Clauses by id, in document order (a repeated id gives several). */
function clauseQueues(clauses: readonly Clause[]): Map<string, Clause[]> {
  const queues = new Map<string, Clause[]>();
  for (const clause of clauses) {
    const queue = queues.get(clause.id);
    if (queue) queue.push(clause);
    else queues.set(clause.id, [clause]);
  }
  return queues;
}

function sectionHeading(section: Section): string {
  const hashes = '#'.repeat(Math.min(Math.max(section.depth, 1), 6));
  return section.number !== null ? `${hashes} ${unscoped(section.number)} ${escapeHeading(section.title)}` : `${hashes} ${escapeHeading(section.title)}`;
}

/** A scoped id or number as written under its schedule's heading: `S1-2.3` is `2.3` there. */
function unscoped(id: string): string {
  return id.replace(/^[A-Z][A-Z0-9]{1,3}-/, '');
}

function writeClause(out: string[], clause: Clause, sectionDepth: number): void {
  const id = unscoped(clause.id);
  if (clause.title !== null) {
    out.push(`${'#'.repeat(Math.min(Math.max(sectionDepth + 1, 2), 6))} ${id} ${escapeHeading(clause.title)}`);
    writeBlocks(out, clause.blocks, { lastLetter: undefined });
    return;
  }
  const [first, ...rest] = clause.blocks;
  // A one-part clause is written `**4.** ...`: the dot is what makes `4` a clause number.
  const number = id.includes('.') ? `**${id}**` : `**${id}.**`;
  if (first?.kind === 'paragraph') {
    out.push(first.text === '' ? number : `${number} ${escapeInline(first.text, false)}`);
    writeBlocks(out, rest, { lastLetter: undefined });
  } else {
    out.push(number);
    writeBlocks(out, clause.blocks, { lastLetter: undefined });
  }
}

/** Write blocks; `labels` tracks the clause's last letter, as the builder does, to keep levels. */
function writeBlocks(out: string[], blocks: readonly Block[], labels: { lastLetter: string | undefined } | undefined): void {
  const state = labels ?? { lastLetter: undefined };
  for (const block of blocks) {
    switch (block.kind) {
      case 'paragraph':
        if (block.text !== '') out.push(escapeInline(block.text, true));
        break;
      case 'subparagraph': {
        const bare = block.label.slice(1, -1);
        const natural = labelLevel(bare, state.lastLetter);
        if (labels && natural === 1 && /^[a-z]{1,2}$/.test(bare) && (state.lastLetter !== undefined || !/^[ivxlc]+$/.test(bare))) state.lastLetter = bare;
        const line = `${block.label} ${escapeInline(block.text, false)}`.trimEnd();
        // A deeper level than the label gives came from list nesting: write it nested again.
        out.push(block.level > natural ? `${'  '.repeat(block.level - 1)}- ${line}` : line);
        break;
      }
      case 'item':
        out.push(`${'  '.repeat(Math.max(block.level - 1, 0))}${block.ordered ? '1.' : '-'} ${escapeInline(block.text, false)}`);
        break;
      case 'table':
        out.push(table(block));
        break;
      default:
        assertNever(block);
    }
  }
}

function table(block: TableBlock): string {
  const width = Math.max(block.header.length, 1);
  const row = (cells: readonly string[]): string => `| ${Array.from({ length: width }, (_, index) => escapeCell(cells[index] ?? '')).join(' | ')} |`;
  const delimiter = Array.from({ length: width }, (_, index) => {
    const align = block.align[index] ?? null;
    return align === 'center' ? ':---:' : align === 'left' ? ':---' : align === 'right' ? '---:' : '---';
  });
  return [row(block.header), `| ${delimiter.join(' | ')} |`, ...block.rows.map(row)].join('\n');
}

/** ASCII punctuation Markdown gives a meaning to inside a line. */
const INLINE_SPECIAL = /[\\`*_[\]<>&|~!]/g;

/**
 * Plain text as Markdown that reads back as the same text: markup characters escaped and, at the
 * start of a paragraph, anything that would open another block.
 * @param text Plain text.
 * @param atLineStart Whether the text opens a line (a paragraph of its own).
 * @returns The escaped text.
 */
export function escapeInline(text: string, atLineStart: boolean): string {
  let escaped = text.replace(INLINE_SPECIAL, '\\$&');
  if (atLineStart) {
    escaped = escaped
      .replace(/^([#>+=-])/, '\\$1')
      .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
  }
  return escaped;
}

function escapeHeading(text: string): string {
  return text.replace(INLINE_SPECIAL, '\\$&').replace(/#+$/, (hashes) => hashes.replace(/#/g, '\\#'));
}

function escapeCell(text: string): string {
  return text.replace(INLINE_SPECIAL, '\\$&');
}
