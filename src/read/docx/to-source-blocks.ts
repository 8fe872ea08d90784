/**
 * The body read in one view, numbered and turned into the reader contract's blocks: headings
 * (heading styles and outline levels), paragraphs with the number Word shows, tables on their
 * grid, and notes (revisions, fields kept as text, footnotes). Tables of contents and tmad's own
 * front and back matter (paragraph styles `Tmad...`: cover, history, contents, change list; and
 * `DeltaNote`, a redline's notes) are left out and take no number.
 * @module
 */
import type { Position } from '../../model/position.js';
import type { SourceBlock, SourceNumber, SourceTable } from '../source-block.js';
import type { RawBlock, RawBody, RawParagraph, RawTable, RevisionCounts } from './body/raw-blocks.js';
import { layTableGrid } from './body/table-grid.js';
import { createNumberer, type ListNumber } from './numbering/numberer.js';
import type { NumberingDefinitions } from './numbering/numbering-definitions.js';
import { outlineDepth, styleChain, styleHeadingDepth, styleNumbering, type StyleSheet } from './styles.js';

/** Everything assembling the blocks needs. */
export interface AssembleInput {
  /** The body read in one view. */
  body: RawBody;
  /** styles.xml. */
  styles: StyleSheet;
  /** numbering.xml. */
  numbering: NumberingDefinitions;
  /** Footnote text by id. */
  footnotes: ReadonlyMap<string, string>;
  /** The view read (for the revisions note). */
  view: 'accept' | 'reject';
}

/** Paragraph style ids of tmad's own cover, version history, contents and change list start with this. */
export const TMAD_STYLE_PREFIX = 'Tmad';

/** The style of the notes in tmad's redlines (moves, legends): part of neither version's text. */
export const TMAD_NOTE_STYLE = 'DeltaNote';

/**
 * Number the body and turn it into source blocks.
 * @param input The body, styles, numbering, footnotes and view.
 * @returns Blocks in reading order.
 */
export function assembleSourceBlocks(input: AssembleInput): SourceBlock[] {
  const { body, styles } = input;
  const skipped = skippedParagraphs(body.blocks, styles);
  const numbers = numberParagraphs(input, skipped);
  const bookmarks = new Map<string, RawParagraph>();
  for (const paragraph of body.paragraphs) for (const name of paragraph.bookmarks) if (!bookmarks.has(name)) bookmarks.set(name, paragraph);
  const context: TextContext = { numbers, bookmarks };
  const out: SourceBlock[] = [];
  const note = revisionsNote(body.revisions, input.view);
  if (note) out.push({ kind: 'note', severity: 'info', ruleId: 'docx-revisions', reason: note, position: at(1, 0) });
  const footnoteNumbers = new Map<string, number>();
  for (const block of body.blocks) {
    if (block.kind === 'table') {
      if (!skippedTable(block, skipped)) {
        const table = sourceTable(block, context);
        if (table) out.push(table);
      }
      continue;
    }
    if (skipped.has(block)) continue;
    out.push(...paragraphBlocks(block, input, context, footnoteNumbers));
  }
  return out;
}

interface TextContext {
  numbers: ReadonlyMap<RawParagraph, ListNumber>;
  bookmarks: ReadonlyMap<string, RawParagraph>;
}

function isTmadStyle(styleId: string | null): boolean {
  return styleId !== null && (styleId.startsWith(TMAD_STYLE_PREFIX) || styleId === TMAD_NOTE_STYLE);
}

function isContentsStyle(styles: StyleSheet, styleId: string | null): boolean {
  return styleChain(styles, styleId).some((style) => /^toc ?([1-9]|heading)$/i.test(style.name ?? '') || /^TOC([1-9]|Heading)$/.test(style.id));
}

function skippedParagraphs(blocks: readonly RawBlock[], styles: StyleSheet): Set<RawParagraph> {
  const skipped = new Set<RawParagraph>();
  const visit = (items: readonly RawBlock[], inTmadTable: boolean): void => {
    for (const block of items) {
      if (block.kind === 'paragraph') {
        if (inTmadTable || block.contents || isTmadStyle(block.styleId) || isContentsStyle(styles, block.styleId)) skipped.add(block);
        continue;
      }
      const tmad = inTmadTable || isTmadStyle(block.styleId) || block.rows.some((row) => row.cells.some((cell) => cell.blocks.some((inner) => inner.kind === 'paragraph' && isTmadStyle(inner.styleId))));
      for (const row of block.rows) for (const cell of row.cells) visit(cell.blocks, tmad);
    }
  };
  visit(blocks, false);
  return skipped;
}

function skippedTable(table: RawTable, skipped: ReadonlySet<RawParagraph>): boolean {
  if (isTmadStyle(table.styleId)) return true;
  const paragraphs = table.rows.flatMap((row) => row.cells.flatMap((cell) => cell.blocks.filter((block): block is RawParagraph => block.kind === 'paragraph')));
  return paragraphs.some((paragraph) => isTmadStyle(paragraph.styleId)) || (paragraphs.length > 0 && paragraphs.every((paragraph) => skipped.has(paragraph)));
}

function numberParagraphs(input: AssembleInput, skipped: ReadonlySet<RawParagraph>): Map<RawParagraph, ListNumber> {
  const numberer = createNumberer(input.numbering, input.styles);
  const numbers = new Map<RawParagraph, ListNumber>();
  for (const paragraph of input.body.paragraphs) {
    if (skipped.has(paragraph)) continue;
    const styleId = paragraph.styleId ?? input.styles.defaultParagraph;
    const fromStyle = styleNumbering(input.styles, styleId);
    const number = numberer.next({ numId: paragraph.numId ?? fromStyle.numId, ilvl: paragraph.ilvl ?? fromStyle.ilvl, styleId });
    if (number) numbers.set(paragraph, number);
  }
  return numbers;
}

function at(line: number, length: number): Position {
  return { start: { line, column: 1 }, end: { line, column: length + 1 } };
}

/** A paragraph's text with its `REF` fields resolved: a reference to a numbered paragraph (`\r`, `\n`, `\w`) shows that paragraph's number now. */
function paragraphText(paragraph: RawParagraph, context: TextContext, notes: string[]): string {
  let text = '';
  for (const segment of paragraph.segments) {
    if (segment.kind === 'text') {
      text += segment.text;
      continue;
    }
    const wantsNumber = segment.switches.some((word) => /^\\[rnw]$/i.test(word));
    const target = context.bookmarks.get(segment.bookmark);
    const number = target ? context.numbers.get(target) : undefined;
    if (wantsNumber && number && !number.bullet) {
      const resolved = number.text.replace(/\.$/, '');
      if (resolved !== segment.cached.trim()) notes.push(`REF ${segment.bookmark} showed "${segment.cached.trim()}", but the paragraph it names is now numbered ${resolved}: read as ${resolved} (update the fields in Word)`);
      text += resolved;
    } else {
      if (!target) notes.push(`REF ${segment.bookmark} names no bookmark in the document: kept the text Word last showed ("${segment.cached.trim()}")`);
      text += segment.cached;
    }
  }
  return text;
}

function sourceNumber(number: ListNumber): SourceNumber {
  return { text: number.text, origin: 'auto', ...(number.depth > 0 ? { depth: number.depth } : {}) };
}

function paragraphBlocks(paragraph: RawParagraph, input: AssembleInput, context: TextContext, footnoteNumbers: Map<string, number>): SourceBlock[] {
  const refNotes: string[] = [];
  let text = paragraphText(paragraph, context, refNotes).trim();
  const number = context.numbers.get(paragraph);
  const blocks: SourceBlock[] = [];
  const extraNotes: Array<{ severity: 'info' | 'warning'; ruleId: string; reason: string }> = [];
  if (number && !number.bullet) {
    const typed = /^(\d+(?:\.\d+)+[A-Z]*|\([a-z]{1,4}\))(?=\s)/.exec(text)?.[1];
    if (typed === number.text) {
      text = text.slice(typed.length).trim();
      extraNotes.push({ severity: 'info', ruleId: 'docx-number', reason: `Paragraph numbered ${number.text} automatically also had the number typed at its start: read once` });
    } else if (typed !== undefined) {
      extraNotes.push({ severity: 'warning', ruleId: 'docx-number', reason: `Paragraph shows an automatic number (${number.text}) and a typed one (${typed}); remove one of them in Word` });
    }
  }
  const position = at(paragraph.line, text.length);
  const styleId = paragraph.styleId ?? input.styles.defaultParagraph;
  const depth = paragraph.outlineLvl !== null ? outlineDepth(paragraph.outlineLvl) : styleHeadingDepth(input.styles, styleId);
  if (text !== '' || (number && !number.bullet)) {
    if (depth !== null && text !== '') {
      blocks.push({ kind: 'heading', depth, text, ...(number && !number.bullet ? { number: sourceNumber(number) } : {}), position });
    } else if (number?.bullet) {
      blocks.push({ kind: 'paragraph', text, item: { level: number.ilvl + 1, ordered: false }, position });
    } else {
      blocks.push({ kind: 'paragraph', text, ...(number ? { number: sourceNumber(number) } : {}), position });
    }
  }
  const notes = [...paragraph.notes, ...refNotes.map((reason) => ({ severity: 'info' as const, ruleId: 'docx-ref', reason })), ...extraNotes];
  for (const note of notes) blocks.push({ kind: 'note', ...note, position });
  for (const id of paragraph.footnotes) {
    const content = input.footnotes.get(id);
    if (content === undefined) continue;
    const shown = footnoteNumbers.get(id) ?? footnoteNumbers.size + 1;
    footnoteNumbers.set(id, shown);
    blocks.push({ kind: 'note', severity: 'info', ruleId: 'docx-footnote', reason: `Footnote ${shown}: ${content}`, position });
  }
  return blocks;
}

function cellText(blocks: readonly RawBlock[], context: TextContext): string {
  const parts: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      const text = paragraphText(block, context, []).trim();
      const number = context.numbers.get(block);
      const shown = number && !number.bullet ? `${number.text} ${text}`.trim() : text;
      if (shown !== '') parts.push(shown);
    } else {
      const grid = layTableGrid(block.rows, (row, cell) => cellText(block.rows[row]?.cells[cell]?.blocks ?? [], context));
      parts.push(...grid.rows.map((row) => row.join(' | ')));
    }
  }
  return parts.join('\n');
}

function sourceTable(table: RawTable, context: TextContext): SourceTable | null {
  if (table.rows.length === 0) return null;
  const grid = layTableGrid(table.rows, (row, cell) => cellText(table.rows[row]?.cells[cell]?.blocks ?? [], context));
  const [header = [], ...rows] = grid.rows;
  const rowPositions = table.rows.slice(1).map((row) => at(row.line, 0));
  return {
    kind: 'table',
    header,
    rows,
    align: header.map(() => null),
    rowPositions,
    ...(grid.merged ? { merged: true } : {}),
    position: { start: { line: table.line, column: 1 }, end: { line: table.endLine, column: 1 } },
  };
}

function revisionsNote(counts: RevisionCounts, view: 'accept' | 'reject'): string | null {
  const total = counts.insertions + counts.deletions + counts.moves + counts.formatting;
  if (total === 0) return null;
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  const parts = [plural(counts.insertions, 'insertion'), plural(counts.deletions, 'deletion'), plural(counts.moves, 'move'), plural(counts.formatting, 'property change')];
  const reading = view === 'accept' ? 'read as if all were accepted (view "reject" reads the original)' : 'read as if all were rejected (view "accept" reads the changed text)';
  return `Found ${plural(total, 'tracked revision')} (${parts.join(', ')}): ${reading}`;
}
