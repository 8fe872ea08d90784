/**
 * From lines to the builder's blocks: headings (lines in a larger font than the body, depth by
 * size), paragraphs (lines joined until a wider gap, a change of size, an outdent, or a clause
 * number or label after a line that ends a sentence; across a page break when the sentence goes
 * on), and tables (see `pdf-table.ts`); a "Contents" heading and its entries are left out. Clause numbers and `(a)` labels at a paragraph's start are
 * given as typed numbers.
 * @module
 */
import type { Position } from '../../model/position.js';
import { leadingClauseNumber, leadingLabel } from '../../parse/markers.js';
import type { SourceBlock, SourceParagraph } from '../source-block.js';
import { joinLines, vocabulary, type Vocabulary } from './join-lines.js';
import { flatten, type PdfLine } from './page-lines.js';
import { finishTable, openTable, takeTableLine, type TableDraft } from './pdf-table.js';

/** What the lines of the whole document say about its layout. */
interface Layout {
  /** The body text's font size. */
  bodySize: number;
  /** Heading depth by rounded font size. */
  depths: Map<number, number>;
  /** Usual distance between the baselines of two lines of one paragraph, by rounded font size. */
  steps: Map<number, number>;
  /** The smallest distance between baselines seen at least twice, by rounded font size: lines of one table cell (rows add padding). */
  lineSteps: Map<number, number>;
  /** Where most lines start. */
  bodyLeft: number;
  /** Where the longest body lines end (the 95th percentile of line ends at the body size). */
  right: number;
  /** The document's words. */
  words: Vocabulary;
}

type Open = { kind: 'paragraph' | 'heading'; lines: PdfLine[] } | { kind: 'table'; draft: TableDraft };

/**
 * The blocks of a document's text lines.
 * @param pages Each page's lines (running headers and footers removed), in order.
 * @returns The blocks in reading order.
 */
export function linesToBlocks(pages: readonly PdfLine[][]): SourceBlock[] {
  const lines = tableLines(pages.flat());
  const layout = measureLayout(lines);
  const blocks: SourceBlock[] = [];
  let open: Open | undefined;
  const close = (): void => {
    if (open) blocks.push(...finish(open, layout));
    open = undefined;
  };
  for (const line of lines) {
    const depth = layout.depths.get(round(line.size));
    if (depth !== undefined) {
      const previous = open?.kind === 'heading' ? open.lines.at(-1) : undefined;
      if (open?.kind === 'heading' && previous && previous.page === line.page && round(previous.size) === round(line.size) && previous.y - line.y <= line.size * 1.6) {
        open.lines.push(line);
        continue;
      }
      close();
      open = { kind: 'heading', lines: [line] };
      continue;
    }
    if (open?.kind === 'table' && takeTableLine(open.draft, line, step(layout, line), layout.lineSteps.get(round(line.size)) ?? step(layout, line), layout.bodyLeft)) continue;
    if (open?.kind === 'paragraph' && continues(open.lines, line, layout)) {
      open.lines.push(line);
      continue;
    }
    close();
    open = line.segments.length >= 2 ? { kind: 'table', draft: openTable(line) } : { kind: 'paragraph', lines: [line] };
  }
  close();
  return withoutContents(blocks);
}

/** A "Contents" heading and the paragraphs under it (its entries, with or without page numbers) up to the next heading. */
function withoutContents(blocks: SourceBlock[]): SourceBlock[] {
  const kept: SourceBlock[] = [];
  let inContents = false;
  for (const block of blocks) {
    if (block.kind === 'heading') inContents = /^(?:(?:table of )?contents|version history)$/i.test(block.text.trim());
    if (!inContents) kept.push(block);
  }
  return kept;
}

/** How many lines below a line with several segments a row sharing its columns may be. */
const TABLE_REACH = 60;

/**
 * Keep the segments of lines that are part of a table (another line with several segments, near it,
 * starts at least two of its segments at the same places); flatten every other line.
 */
function tableLines(lines: readonly PdfLine[]): PdfLine[] {
  const shares = (a: PdfLine, b: PdfLine): boolean => a.segments.filter((s) => b.segments.some((t) => Math.abs(s.x - t.x) <= 3)).length >= 2;
  const table = new Set<number>();
  lines.forEach((line, index) => {
    if (line.segments.length < 2) return;
    for (let other = index + 1; other < Math.min(lines.length, index + TABLE_REACH); other++) {
      const below = lines[other];
      if (below && below.segments.length >= 2 && shares(line, below)) {
        table.add(index);
        table.add(other);
        break;
      }
    }
  });
  return lines.map((line, index) => (table.has(index) ? line : flatten(line)));
}

function finish(open: Open, layout: Layout): SourceBlock[] {
  switch (open.kind) {
    case 'heading': {
      const first = open.lines[0];
      if (!first) return [];
      const text = open.lines.map((line) => line.text).join(' ');
      return [{ kind: 'heading', depth: layout.depths.get(round(first.size)) ?? 1, text, position: position(first, open.lines.at(-1) ?? first), page: first.page }];
    }
    case 'paragraph':
      return [paragraph(open.lines, layout.words)];
    case 'table': {
      const table = finishTable(open.draft, layout.words, position);
      // Not a table after all (a single row): each line as it reads.
      if (!table) return open.draft.lines.map((line) => paragraph([line], layout.words));
      const note: SourceBlock = {
        kind: 'note',
        severity: 'info',
        reason: `Table of ${table.rows.length + 1} rows and ${table.header.length} columns read from text positions (best effort): check its cells against the PDF`,
        ruleId: 'pdf-table',
        position: table.position,
        page: table.page ?? 1,
      };
      return [table, note];
    }
  }
}

function paragraph(lines: readonly PdfLine[], words: Vocabulary): SourceParagraph {
  const first = lines[0];
  const last = lines.at(-1) ?? first;
  if (!first || !last) throw new Error('paragraph of no lines');
  const text = joinLines(
    lines.map((line) => line.text),
    words,
  );
  const block: SourceParagraph = { kind: 'paragraph', text, position: position(first, last), page: first.page };
  const clause = leadingClauseNumber(text);
  const label = clause ? undefined : leadingLabel(text);
  if (clause) {
    block.number = { text: text.slice(0, clause.length), origin: 'typed' };
    block.text = text.slice(clause.length).trim();
  } else if (label) {
    block.number = { text: label.label, origin: 'typed' };
    block.text = label.rest;
  }
  return block;
}

function continues(lines: readonly PdfLine[], line: PdfLine, layout: Layout): boolean {
  const previous = lines.at(-1);
  if (!previous || line.segments.length >= 2) return false;
  if (Math.abs(previous.size - line.size) > 0.5) return false;
  const opensItem = leadingClauseNumber(line.text) !== undefined || leadingLabel(line.text) !== undefined;
  const endsSentence = /[.;:]$|;\s+(?:and|or)$/.test(previous.text);
  if (opensItem && endsSentence) return false;
  // Across a page break the paragraph goes on after a full line that ends mid-sentence (even into a
  // number: "... Clause" + "13.75 ..."); else unless the next line opens an item, or the last line
  // ended a sentence short of the right edge.
  if (previous.page !== line.page) {
    const full = previous.end >= layout.right - (layout.right - layout.bodyLeft) * 0.1;
    return (!endsSentence && full) || (!opensItem && (!endsSentence || full));
  }
  const gap = previous.y - line.y;
  if (gap <= 0 || gap > step(layout, line) * 1.3) return false;
  // An outdent (a line starting left of the paragraph's running lines) opens a new paragraph.
  if (lines.length >= 2 && line.x < previous.x - 3) return false;
  return true;
}

function measureLayout(lines: readonly PdfLine[]): Layout {
  const chars = new Map<number, number>();
  const lefts = new Map<number, number>();
  for (const line of lines) {
    chars.set(round(line.size), (chars.get(round(line.size)) ?? 0) + line.text.length);
    lefts.set(Math.round(line.x), (lefts.get(Math.round(line.x)) ?? 0) + 1);
  }
  const bodySize = mode(chars) ?? 10;
  const headingSizes = [...chars.keys()].filter((size) => size > bodySize * 1.15).sort((a, b) => b - a);
  const depths = new Map(headingSizes.slice(0, 6).map((size, index) => [size, index + 1] as const));
  // Smaller sizes beyond six levels are the deepest level.
  for (const size of headingSizes.slice(6)) depths.set(size, 6);
  const gaps = new Map<number, Map<number, number>>();
  for (let index = 1; index < lines.length; index++) {
    const [a, b] = [lines[index - 1], lines[index]];
    if (!a || !b || a.page !== b.page || round(a.size) !== round(b.size)) continue;
    const gap = Math.round((a.y - b.y) * 10) / 10;
    if (gap <= 0 || gap > a.size * 3) continue;
    const bySize = gaps.get(round(a.size)) ?? new Map<number, number>();
    bySize.set(gap, (bySize.get(gap) ?? 0) + 1);
    gaps.set(round(a.size), bySize);
  }
  const steps = new Map([...gaps].map(([size, counts]) => [size, mode(counts) ?? size * 1.2] as const));
  const lineSteps = new Map(
    [...gaps].map(([size, counts]) => {
      const repeated = [...counts].filter(([, count]) => count >= 2).map(([gap]) => gap);
      return [size, repeated.length > 0 ? Math.min(...repeated) : (steps.get(size) ?? size * 1.2)] as const;
    }),
  );
  const ends = lines.filter((line) => round(line.size) === bodySize).map((line) => line.end).sort((a, b) => a - b);
  const right = ends[Math.floor(ends.length * 0.95)] ?? 0;
  return { bodySize, depths, steps, lineSteps, bodyLeft: mode(lefts) ?? 72, right, words: vocabulary(lines.map((line) => line.text)) };
}

function step(layout: Layout, line: PdfLine): number {
  return layout.steps.get(round(line.size)) ?? line.size * 1.2;
}

/** The most frequent key (the smallest among equals, so the result does not depend on order). */
function mode(counts: ReadonlyMap<number, number>): number | undefined {
  let best: number | undefined;
  let most = -1;
  for (const [key, count] of counts) {
    if (count > most || (count === most && best !== undefined && key < best)) {
      best = key;
      most = count;
    }
  }
  return best;
}

function round(size: number): number {
  return Math.round(size * 2) / 2;
}

/**
 * The position of a run of lines: from the start of the first to the end of the last (lines on their pages).
 * @param first The first line.
 * @param last The last line.
 * @returns The position.
 */
export function position(first: PdfLine, last: PdfLine): Position {
  return { start: { line: first.line, column: 1 }, end: { line: last.line, column: last.text.length + 1 } };
}
