/**
 * Rebuilding lines from a page's text items: items whose baselines are close form a line, read
 * left to right; a gap wider than a space becomes a space, and a gap of several ems (a table's
 * column gap, a tab stop) splits the line into segments, which the table reader uses.
 * @module
 */
import { leadingClauseNumber, leadingLabel } from '../../parse/markers.js';
import type { PdfPage } from './load-pdf.js';

/** A run of text on a line with no wide gap inside it. */
export interface Segment {
  /** The text. */
  text: string;
  /** Left edge, points. */
  x: number;
  /** Right edge, points. */
  end: number;
}

/** One rebuilt line. */
export interface PdfLine {
  /** 1-based page number. */
  page: number;
  /** 1-based line on the page, counted from the top (every line, running headers included). */
  line: number;
  /** Baseline, points up from the bottom of the page. */
  y: number;
  /** Left edge of the first segment. */
  x: number;
  /** Right edge of the last segment. */
  end: number;
  /** Font size (the largest on the line). */
  size: number;
  /** Segments, left to right. */
  segments: Segment[];
  /** The whole line's text: segments joined by a space. */
  text: string;
}

/** A gap wider than this many font sizes splits a line into segments (table cells: their padding alone is about 1 em). */
const SEGMENT_GAP = 0.8;
/** A number followed by a gap narrower than this many font sizes is set off by a tab, not a table cell. */
const TAB_GAP = 3.5;
/** A gap wider than this many font sizes is a space between words. */
const SPACE_GAP = 0.12;

/**
 * The lines of a page, top to bottom.
 * @param page The page's text items.
 * @returns Its lines, numbered from 1.
 */
export function pageLines(page: PdfPage): PdfLine[] {
  const items = page.items.filter((item) => item.text.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Array<typeof items> = [];
  let baseline = Number.NaN;
  for (const item of items) {
    const row = rows.at(-1);
    if (row && Math.abs(item.y - baseline) <= Math.max(1, item.size * 0.3)) row.push(item);
    else {
      rows.push([item]);
      baseline = item.y;
    }
  }
  return rows.map((row, index) => {
    row.sort((a, b) => a.x - b.x);
    const size = Math.max(...row.map((item) => item.size));
    const segments: Segment[] = [];
    for (const item of row) {
      const text = item.text.replace(/\s+/g, ' ');
      const last = segments.at(-1);
      const gap = last ? item.x - last.end : Number.POSITIVE_INFINITY;
      if (last && gap <= SEGMENT_GAP * size) {
        const space = gap > SPACE_GAP * size && !last.text.endsWith(' ') && !text.startsWith(' ') ? ' ' : '';
        last.text += space + text;
        last.end = Math.max(last.end, item.x + item.width);
      } else segments.push({ text, x: item.x, end: item.x + item.width });
    }
    for (const segment of segments) segment.text = segment.text.trim();
    const merged = mergeLabels(segments, size);
    const first = merged[0];
    const last = merged.at(-1);
    return {
      page: page.number,
      line: index + 1,
      y: row[0]?.y ?? 0,
      x: first?.x ?? 0,
      end: last?.end ?? 0,
      size,
      segments: merged,
      text: merged.map((segment) => segment.text).join(' '),
    };
  });
}

/** A number or label set off by a tab (`4.24⇥The DCC`, `(a)⇥the`) is part of its line, not a table cell. */
function mergeLabels(segments: Segment[], size: number): Segment[] {
  const [first, second, ...rest] = segments;
  // Beyond a tab stop's width (3.5 ems) the gap is a table's column gap.
  if (!first || !second || second.x - first.end > TAB_GAP * size) return segments;
  const marker = leadingClauseNumber(first.text)?.length === first.text.length || leadingLabel(first.text)?.rest === '' || /^\d{1,3}\.?$/.test(first.text);
  return marker ? [{ text: `${first.text} ${second.text}`, x: first.x, end: second.end }, ...rest] : segments;
}

/**
 * The same line as one segment (a line with a wide gap that is not part of a table: justified
 * text, a tab).
 * @param line The line.
 * @returns The line with a single segment.
 */
export function flatten(line: PdfLine): PdfLine {
  return line.segments.length < 2 ? line : { ...line, segments: [{ text: line.text, x: line.x, end: line.end }] };
}
