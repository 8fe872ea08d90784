/**
 * The body of a Word redline: the change summary, then the whole document in reading order with
 * real tracked changes. Inserted and deleted clauses are tracked whole (paragraph marks included,
 * so Reject All and Accept All remove them entirely); a moved clause is tracked as deleted where it
 * was and inserted where it went, each with a note saying where the other is.
 * @module
 */
import type { FileChild } from 'docx';
import { wholeBlocks } from '../../delta/block-diff.js';
import { assertNever } from '../../model/assert-never.js';
import type { Block } from '../../model/document.js';
import type { BlockDelta, CellDelta, ClauseChange, ClausePiece, Delta, HeadingDelta, WordPart } from '../../model/delta.js';
import { SUMMARY_COLUMNS, changeSummaryRows, headingNumberParts, moveNote, numberParts, statsLine, summaryCells } from '../change-summary.js';
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
}

/** Name of the paragraph style of notes (moves, legends): not part of either version's text. */
export const NOTE_STYLE = 'DeltaNote';

const HEADINGS = ['Heading1', 'Heading2', 'Heading3', 'Heading4', 'Heading5', 'Heading6'] as const;

/**
 * Author and date of a delta's tracked changes: options first, then the new version's metadata.
 * @param delta The delta.
 * @param options Options.
 * @returns Author and ISO date.
 */
export function revisionAuthorAndDate(delta: Delta, options: RedlineOptions = {}): { author: string; date: string } {
  const metaAuthor = typeof delta.new.meta.author === 'string' && delta.new.meta.author.trim() !== '' ? delta.new.meta.author : 'DCC';
  const metaDate = typeof delta.new.meta.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(delta.new.meta.date) ? `${delta.new.meta.date}T00:00:00Z` : '2000-01-01T00:00:00Z';
  return { author: options.author ?? metaAuthor, date: options.date ?? metaDate };
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
  return docxElements(bodyBlocks(delta, revisionContext(author, date, options.firstRevisionId ?? 1), options));
}

/**
 * The body as Word blocks, with a given revision context (`null`: a clean copy of the new version, no summary).
 * @param delta The delta.
 * @param revisions Tracked-change context, or `null`.
 * @param options Options.
 * @returns Paragraphs and tables.
 */
export function bodyBlocks(delta: Delta, revisions: RevisionContext | null, options: RedlineOptions = {}): WordBlock[] {
  const out: WordBlock[] = [];
  const offset = options.headingOffset ?? 0;
  if (revisions && options.summary !== false) out.push(...summaryElements(delta, revisions, offset));
  const redlineHeading = options.redlineHeading === undefined ? 'Redline' : options.redlineHeading;
  if (revisions && redlineHeading !== null) out.push(paragraph([{ text: redlineHeading }], { style: HEADINGS[Math.min(5, offset)] ?? 'Heading1' }));
  for (const entry of delta.outline) {
    switch (entry.kind) {
      case 'heading':
        out.push(...headingElements(entry.heading, revisions, offset));
        break;
      case 'change': {
        const change = delta.changes[entry.index];
        if (change) out.push(...changeElements(change, revisions));
        break;
      }
      case 'moved-away': {
        const change = delta.changes[entry.index];
        if (change && revisions) {
          for (const piece of change.pieces) out.push(...pieceElements({ oldId: piece.oldId, newId: null, blocks: wholeBlocks(oldBlocks(piece.blocks), 'deleted') }, revisions));
          out.push(note(moveNote(change, 'to')));
        }
        break;
      }
      default:
        assertNever(entry);
    }
  }
  return out;
}

function summaryElements(delta: Delta, revisions: RevisionContext, offset: number): WordBlock[] {
  const style = HEADINGS[Math.min(5, offset)] ?? 'Heading1';
  const out: WordBlock[] = [paragraph([{ text: 'Summary of changes' }], { style }), paragraph([{ text: statsLine(delta) }])];
  const rows = changeSummaryRows(delta);
  if (rows.length > 0) out.push(plainTable([...SUMMARY_COLUMNS], rows.map(summaryCells)));
  if (delta.definitions.length > 0) {
    out.push(paragraph([{ text: 'Definitions changed' }], { style }));
    out.push({
      kind: 'table',
      rows: [
        headerRow(['Term', 'Change', 'Meaning']),
        ...delta.definitions.map((d): WordRow => ({ header: false, cells: [cellOf([{ text: d.term }]), cellOf([{ text: d.kind }]), cellOf(partsToRuns(d.parts, null).length ? showParts(d.parts) : [])] })),
      ],
    });
  }
  if (delta.meta.length > 0) {
    const show = (value: unknown): string => (value === undefined ? '—' : typeof value === 'string' ? value : JSON.stringify(value));
    out.push(paragraph([{ text: 'Front matter changed' }], { style }));
    out.push(plainTable(['Key', 'Old', 'New'], delta.meta.map((m) => [m.key, show(m.old), show(m.new)])));
  }
  void revisions;
  return out;
}

/** Word parts shown with formatting only (green underline, red strike), not as tracked changes: for the summary and notes. */
function showParts(parts: readonly WordPart[]): WordRun[] {
  return parts.map((part) => (part.op === 'equal' ? { text: part.text } : { text: part.text, show: part.op }));
}

function plainTable(header: string[], rows: string[][]): WordBlock {
  return { kind: 'table', rows: [headerRow(header), ...rows.map((row): WordRow => ({ header: false, cells: row.map((text) => cellOf([{ text }])) }))] };
}

function headerRow(cells: string[]): WordRow {
  return { header: true, cells: cells.map((text) => cellOf([{ text, bold: true }])) };
}

function cellOf(runs: WordRun[], mark?: TrackedChange): WordParagraph {
  return paragraph(runs, mark ? { mark } : {});
}

/** The paragraph mark of a paragraph that exists on one side only, tracked. */
function markFor(status: 'inserted' | 'deleted' | 'equal' | 'changed', revisions: RevisionContext | null): TrackedChange | undefined {
  if (!revisions || (status !== 'inserted' && status !== 'deleted')) return undefined;
  return { kind: status === 'inserted' ? 'ins' : 'del', id: revisions.nextId(), author: revisions.author, date: revisions.date };
}

function headingElements(heading: HeadingDelta, revisions: RevisionContext | null, offset: number): WordBlock[] {
  if (!revisions && heading.status === 'deleted') return [];
  const style = HEADINGS[Math.min(5, Math.max(0, heading.depth - 2 + offset))] ?? 'Heading6';
  const number = headingNumberParts(heading);
  const runs = [...partsToRuns(number, revisions), ...partsToRuns(number.length ? [{ op: sideOp(heading.status), text: ' ' }] : [], revisions), ...partsToRuns(heading.parts, revisions)];
  const mark = markFor(heading.status, revisions);
  return [paragraph(runs, { style, ...(mark ? { mark } : {}) }), ...heading.blocks.flatMap((block) => blockElements(block, revisions, null))];
}

function sideOp(status: 'inserted' | 'deleted' | 'equal' | 'changed'): WordPart['op'] {
  return status === 'inserted' ? 'insert' : status === 'deleted' ? 'delete' : 'equal';
}

function changeElements(change: ClauseChange, revisions: RevisionContext | null): WordBlock[] {
  if (change.kind === 'moved' && revisions) {
    const pieces = change.pieces.map((piece) => ({ oldId: null, newId: piece.newId, blocks: wholeBlocks(newBlocks(piece.blocks), 'inserted') }));
    return [...pieces.flatMap((piece) => pieceElements(piece, revisions)), note(moveNote(change, 'from'), change.pieces.flatMap((piece) => piece.blocks))];
  }
  return change.pieces.flatMap((piece) => pieceElements(piece, revisions));
}

function pieceElements(piece: ClausePiece, revisions: RevisionContext | null): WordBlock[] {
  if (!revisions && piece.newId === null) return [];
  const whole: 'inserted' | 'deleted' | null = piece.oldId === null ? 'inserted' : piece.newId === null ? 'deleted' : null;
  const number = numberParts(piece);
  const lead = [...partsToRuns(number, revisions, { bold: true }), ...partsToRuns([{ op: whole === 'inserted' ? 'insert' : whole === 'deleted' ? 'delete' : 'equal', text: ' ' }], revisions)];
  const [first, ...rest] = piece.blocks;
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

function blockElements(block: BlockDelta, revisions: RevisionContext | null, lead: WordRun[] | null): WordBlock[] {
  if (block.kind === 'text') {
    if (!revisions && block.status === 'deleted') return [];
    const shape = block.new ?? block.old;
    const level = shape && shape.kind !== 'paragraph' ? shape.level : 0;
    const mark = markFor(block.status, revisions);
    const runs = partsToRuns(block.parts, revisions);
    return [
      paragraph(lead ? [...lead, ...runs] : runs, {
        ...(level > 0 ? { indent: { left: 567 * (level + 1), hanging: 567 } } : {}),
        ...(mark ? { mark } : {}),
      }),
    ];
  }
  if (!revisions && block.status === 'deleted') return [];
  const rows: WordRow[] = [];
  const cells = (list: readonly CellDelta[], status: 'equal' | 'changed' | 'inserted' | 'deleted', bold: boolean): WordParagraph[] =>
    list.map((cell) => {
      const runs = partsToRuns(cell.parts, revisions, bold ? { bold: true } : {});
      return cellOf(runs, markFor(status, revisions));
    });
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

function note(text: string, blocks: readonly BlockDelta[] = []): WordParagraph {
  const changed = blocks.flatMap((block) => (block.kind === 'text' && block.status === 'changed' ? [block.parts] : []));
  const runs: WordRun[] = [{ text }];
  for (const parts of changed) runs.push({ text: ' Changes: ' }, ...showParts(parts));
  return paragraph(runs, { style: NOTE_STYLE, alignLeft: true });
}

function oldBlocks(blocks: readonly BlockDelta[]): Block[] {
  return blocks.flatMap((block) => (block.old ? [block.old] : []));
}

function newBlocks(blocks: readonly BlockDelta[]): Block[] {
  return blocks.flatMap((block) => (block.new ? [block.new] : []));
}
