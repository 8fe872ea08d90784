/**
 * The body of a Word file from a layout: the change summary, then the document in reading order, with real
 * tracked changes in a redline (`w:ins`/`w:del`). Inserted and deleted clauses are tracked whole (paragraph
 * marks included, so Reject All and Accept All remove them entirely); the layout already gives a moved clause
 * as deleted where it was and inserted where it went.
 * @module
 */
import type { FileChild } from 'docx';
import { assertNever } from '../../model/assert-never.js';
import type { BlockDelta, CellDelta, Delta, WordPart } from '../../model/delta.js';
import { summaryCells as summaryCellsOf, type SummaryRow } from '../change-summary.js';
import { authorAndDate } from '../layout/cover.js';
import type { BodyEntry, PublishLayout } from '../layout/publish-layout.js';
import { redlineLayout } from '../layout/redline-layout.js';
import { partsToRuns, revisionContext, type RevisionContext } from './docx-runs.js';
import { paragraph, type TrackedChange, type WordBlock, type WordParagraph, type WordRow, type WordRun } from './word-blocks.js';
import { docxElements } from './word-docx.js';

/** Options of a Word redline. */
export interface RedlineOptions {
  /** Author of the tracked changes (default: the new version's `author`, else `DCC`). */
  author?: string;
  /** Date of the tracked changes, ISO (default: the new version's `date` at `T00:00:00Z`). */
  date?: string;
  /** First revision id (default 1); pass a higher one when the body joins a document that already has tracked changes. */
  firstRevisionId?: number;
  /** Include the change-summary, definitions and front-matter tables before the redline (default `true`). */
  summary?: boolean;
  /** Heading text above the redline itself (default `Redline`; `null` for none). */
  redlineHeading?: string | null;
  /** Heading depth offset: 0 puts the document's sections at Heading 1 (default 0). */
  headingOffset?: number;
  /**
   * Write the summary in the `Tmad*` styles that readers of our files skip, numbered, each on a new page
   * (the standalone redline; default `false`: heading styles, for embedding in another document).
   */
  tmadStyles?: boolean;
}

/** Name of the paragraph style of notes (moves, legends): not part of either version's text. */
export const NOTE_STYLE = 'DeltaNote';

/** Paragraph style of the change list and summary tables (readers of our files skip `Tmad*` styles). */
export const CHANGE_LIST_STYLE = 'TmadChangeList';

/** Paragraph style of the headings of the pages before the document (cover, history, contents, summary). */
export const FRONT_HEADING_STYLE = 'TmadHeading';

const HEADINGS = ['Heading1', 'Heading2', 'Heading3', 'Heading4', 'Heading5', 'Heading6'] as const;

/**
 * Author and date of a delta's tracked changes: options first, then the new version's metadata.
 * @param delta The delta.
 * @param options Options.
 * @returns Author and ISO date.
 */
export function revisionAuthorAndDate(delta: Delta, options: RedlineOptions = {}): { author: string; date: string } {
  const fromMeta = authorAndDate(delta.new.meta);
  return { author: options.author ?? fromMeta.author, date: options.date ?? fromMeta.date };
}

/**
 * The redline as Word body elements (paragraphs and tables with real `w:ins`/`w:del`), for
 * embedding in any document whose `features.trackRevisions` is on.
 * @param delta The delta.
 * @param options Author, date, first revision id, what to include.
 * @returns Paragraphs and tables, in order.
 */
export function redlineBody(delta: Delta, options: RedlineOptions = {}): FileChild[] {
  const { author, date } = revisionAuthorAndDate(delta, options);
  return docxElements(bodyBlocks(redlineLayout(delta), revisionContext(author, date, options.firstRevisionId ?? 1), options));
}

/**
 * The body of a layout as Word blocks: summary tables (redline), then the body entries.
 * @param layout The layout.
 * @param revisions Tracked-change context (a redline), or `null` (a clean copy).
 * @param options What to include, heading offset.
 * @returns Paragraphs and tables.
 */
export function bodyBlocks(layout: PublishLayout, revisions: RevisionContext | null, options: RedlineOptions = {}): WordBlock[] {
  const out: WordBlock[] = [];
  const offset = options.headingOffset ?? 0;
  if (revisions && options.summary !== false) out.push(...summaryElements(layout, offset, options.tmadStyles === true));
  const redlineHeading = options.redlineHeading === undefined ? 'Redline' : options.redlineHeading;
  if (revisions && redlineHeading !== null) out.push(paragraph([{ text: redlineHeading }], { style: HEADINGS[Math.min(5, offset)] ?? 'Heading1', ...(options.tmadStyles ? { pageBreakBefore: true } : {}) }));
  for (const entry of layout.body) out.push(...entryElements(entry, revisions, offset));
  return out;
}

function entryElements(entry: BodyEntry, revisions: RevisionContext | null, offset: number): WordBlock[] {
  switch (entry.kind) {
    case 'heading': {
      if (!revisions && entry.status === 'deleted') return [];
      const style = HEADINGS[Math.min(5, Math.max(0, entry.depth - 2 + offset))] ?? 'Heading6';
      const space: WordPart[] = entry.number.length ? [{ op: sideOp(entry.status), text: ' ' }] : [];
      const runs = [...partsToRuns(entry.number, revisions), ...partsToRuns(space, revisions), ...partsToRuns(entry.title, revisions)];
      const mark = markFor(entry.status, revisions);
      return [paragraph(runs, { style, ...(mark ? { mark } : {}) })];
    }
    case 'block':
      return blockElements(entry.block, revisions, null);
    case 'clause': {
      if (!revisions && entry.whole === 'deleted') return [];
      const whole = entry.whole;
      const lead = [...partsToRuns(entry.number, revisions, { bold: true }), ...partsToRuns([{ op: whole === 'inserted' ? 'insert' : whole === 'deleted' ? 'delete' : 'equal', text: ' ' }], revisions)];
      const [first, ...rest] = entry.blocks;
      const out: WordBlock[] = [];
      if (first?.kind === 'text') out.push(...blockElements(first, revisions, lead));
      else {
        const mark = markFor(whole ?? 'equal', revisions);
        out.push(paragraph(lead, mark ? { mark } : {}));
        if (first) out.push(...blockElements(first, revisions, null));
      }
      for (const block of rest) out.push(...blockElements(block, revisions, null));
      return out;
    }
    case 'note': {
      if (!revisions) return [];
      const runs: WordRun[] = [{ text: entry.text }];
      for (const parts of entry.changes) runs.push({ text: ' Changes: ' }, ...showParts(parts));
      return [paragraph(runs, { style: NOTE_STYLE, alignLeft: true })];
    }
    default:
      return assertNever(entry);
  }
}

function summaryElements(layout: PublishLayout, offset: number, tmad: boolean): WordBlock[] {
  const headingStyle = tmad ? FRONT_HEADING_STYLE : (HEADINGS[Math.min(5, offset)] ?? 'Heading1');
  const cellStyle = tmad ? CHANGE_LIST_STYLE : undefined;
  const heading = (text: string, first = false): WordParagraph => paragraph([{ text }], { style: headingStyle, ...(tmad && first ? { pageBreakBefore: true } : {}) });
  const out: WordBlock[] = [];
  if (layout.summary) {
    out.push(heading('Summary of changes', true), paragraph([{ text: layout.summary.stats }], cellStyle ? { style: cellStyle } : {}));
    const { rows, columns } = layout.summary;
    // The standalone redline numbers its changes in a list that reads on a portrait page ("change 7"); embedded, a table.
    if (tmad) out.push(...rows.map((row, i) => changeListItem(row, i + 1)));
    else if (rows.length > 0) out.push(plainTable(columns, rows.map((row) => summaryCellsOf(row, columns)), cellStyle));
  }
  if (layout.definitions.length > 0) {
    out.push(heading('Definitions changed'));
    out.push({
      kind: 'table',
      rows: [headerRow(['Term', 'Change', 'Meaning'], cellStyle), ...layout.definitions.map((d): WordRow => ({ header: false, cells: [cellOf([{ text: d.term }], undefined, cellStyle), cellOf([{ text: d.kind }], undefined, cellStyle), cellOf(showParts(d.parts), undefined, cellStyle)] }))],
    });
  }
  if (layout.frontMatter.length > 0) {
    out.push(heading('Front matter changed'));
    out.push(plainTable(['Key', 'Old', 'New'], layout.frontMatter.map((m) => [m.key, m.old, m.new]), cellStyle));
  }
  return out;
}

function changeListItem(row: SummaryRow, number: number): WordParagraph {
  const significance = row.significance ?? (row.substantive ? 'substantive' : 'not substantive');
  const words = row.wordsAdded + row.wordsRemoved > 0 ? `; ${row.wordsAdded} words added, ${row.wordsRemoved} removed` : '';
  const runs: WordRun[] = [{ text: `${number}. `, bold: true }, { text: row.clause, bold: true }, { text: ` — ${row.kind} (${significance}${words}). ` }];
  if (row.reason) runs.push({ text: `${row.reason.text} ` });
  if (row.description) runs.push({ text: 'Drafting: ', italics: true }, { text: row.description });
  return paragraph(runs, { style: CHANGE_LIST_STYLE, indent: { left: 567, hanging: 567 } });
}

/** Word parts shown with formatting only (green underline, red strike), not as tracked changes: for the summary and notes. */
function showParts(parts: readonly WordPart[]): WordRun[] {
  return parts.filter((part) => part.text !== '').map((part) => (part.op === 'equal' ? { text: part.text } : { text: part.text, show: part.op }));
}

/**
 * A table of plain text, a bold header row first.
 * @param header Header cells.
 * @param rows Body rows.
 * @param style Paragraph style of every cell (default Normal).
 * @returns The table.
 */
export function plainTable(header: readonly string[], rows: readonly string[][], style?: string): WordBlock {
  return { kind: 'table', rows: [headerRow(header, style), ...rows.map((row): WordRow => ({ header: false, cells: row.map((text) => cellOf([{ text }], undefined, style)) }))] };
}

function headerRow(cells: readonly string[], style?: string): WordRow {
  return { header: true, cells: cells.map((text) => cellOf([{ text, bold: true }], undefined, style)) };
}

function cellOf(runs: WordRun[], mark?: TrackedChange, style?: string): WordParagraph {
  return paragraph(runs, { ...(mark ? { mark } : {}), ...(style !== undefined ? { style } : {}) });
}

/** The paragraph mark of a paragraph that exists on one side only, tracked. */
function markFor(status: 'inserted' | 'deleted' | 'equal' | 'changed', revisions: RevisionContext | null): TrackedChange | undefined {
  if (!revisions || (status !== 'inserted' && status !== 'deleted')) return undefined;
  return { kind: status === 'inserted' ? 'ins' : 'del', id: revisions.nextId(), author: revisions.author, date: revisions.date };
}

function sideOp(status: 'inserted' | 'deleted' | 'equal' | 'changed'): WordPart['op'] {
  return status === 'inserted' ? 'insert' : status === 'deleted' ? 'delete' : 'equal';
}

function blockElements(block: BlockDelta, revisions: RevisionContext | null, lead: WordRun[] | null): WordBlock[] {
  if (block.kind === 'text') {
    if (!revisions && block.status === 'deleted') return [];
    const shape = block.new ?? block.old;
    const level = shape && shape.kind !== 'paragraph' ? shape.level : 0;
    const mark = markFor(block.status, revisions);
    const runs = partsToRuns(block.parts, revisions);
    return [paragraph(lead ? [...lead, ...runs] : runs, { ...(level > 0 ? { indent: { left: 567 * (level + 1), hanging: 567 } } : {}), ...(mark ? { mark } : {}) })];
  }
  if (!revisions && block.status === 'deleted') return [];
  const rows: WordRow[] = [];
  const cells = (list: readonly CellDelta[], status: 'equal' | 'changed' | 'inserted' | 'deleted', bold: boolean): WordParagraph[] =>
    list.map((cell) => cellOf(partsToRuns(cell.parts, revisions, bold ? { bold: true } : {}), markFor(status, revisions)));
  const headStatus = block.status === 'inserted' || block.status === 'deleted' ? block.status : 'equal';
  const headMark = markFor(headStatus, revisions);
  rows.push({ header: true, ...(headMark ? { mark: headMark } : {}), cells: cells(block.header, headStatus, true) });
  for (const row of block.rows) {
    if (!revisions && row.status === 'deleted') continue;
    const mark = markFor(row.status, revisions);
    rows.push({ header: false, ...(mark ? { mark } : {}), cells: cells(row.cells, row.status, false) });
  }
  const out: WordBlock[] = [];
  if (lead) out.push(paragraph(lead));
  out.push({ kind: 'table', rows });
  return out;
}
