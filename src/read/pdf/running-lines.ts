/**
 * Finding what is on the page but not in the text: running headers and footers (the same line at
 * the same place on many pages, page numbers allowed to differ), page numbers ("Page 3 of 14",
 * "3", "- 3 -" near the top or bottom edge) and a table of contents (lines ending in a page number
 * after dot leaders, and the "Contents" heading above them).
 * @module
 */
import type { PdfLine } from './page-lines.js';

/** The share of the page's height at its top and at its bottom where headers and footers live. */
const EDGE = 0.12;

const PAGE_NUMBER = /^(?:(?:page|p\.)\s*)?[-–—]?\s*\d{1,5}\s*[-–—]?(?:\s*(?:of|\/)\s*\d{1,5})?$/i;
const TOC_LINE = /(?:\.\s?){4,}\s*\d{1,5}$|…+\s*\d{1,5}$/;
const CONTENTS = /^(?:table of )?contents$/i;

/**
 * Keep the lines that belong to the text.
 * @param pages Each page's lines, with the page heights.
 * @returns The same pages' lines without running headers, footers, page numbers and contents lines.
 */
export function dropRunningLines(pages: ReadonlyArray<{ lines: PdfLine[]; height: number }>): PdfLine[][] {
  const key = (line: PdfLine): string => `${Math.round(line.y / 2)}|${line.text.replace(/\d+/g, '#')}`;
  const atEdge = (line: PdfLine, height: number): boolean => line.y > height * (1 - EDGE) || line.y < height * EDGE;
  const seen = new Map<string, number>();
  for (const { lines, height } of pages) {
    for (const k of new Set(lines.filter((line) => atEdge(line, height)).map(key))) seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  const repeated = Math.max(2, Math.ceil(pages.length * 0.4));
  return pages.map(({ lines, height }) => {
    // A page number not repeated at one place is one only as the page's first or last line (else a table cell's number).
    const outermost = (index: number): boolean => index === 0 || index === lines.length - 1;
    const kept = lines.filter((line, index) => !(atEdge(line, height) && ((seen.get(key(line)) ?? 0) >= repeated || (outermost(index) && PAGE_NUMBER.test(line.text)))));
    return dropContents(kept);
  });
}

/** Contents lines (dot leaders then a page number), the "Contents" heading above them, and the first line of an entry that wraps. */
function dropContents(lines: PdfLine[]): PdfLine[] {
  if (!lines.some((line) => TOC_LINE.test(line.text))) return lines;
  const drop = new Set<number>();
  const isToc = (index: number): boolean => TOC_LINE.test(lines[index]?.text ?? '');
  const isContents = (index: number): boolean => CONTENTS.test(lines[index]?.text ?? '');
  lines.forEach((line, index) => {
    if (!isToc(index)) return;
    drop.add(index);
    const previous = lines[index - 1];
    // A long entry wraps: its first line has no page number and sits just above, after another entry or the heading.
    const wrapped =
      previous !== undefined &&
      !isToc(index - 1) &&
      !isContents(index - 1) &&
      previous.y - line.y <= line.size * 1.6 &&
      !/[.;:]$/.test(previous.text) &&
      (isToc(index - 2) || isContents(index - 2));
    if (wrapped) drop.add(index - 1);
    const heading = wrapped ? index - 2 : index - 1;
    if (isContents(heading)) drop.add(heading);
  });
  return lines.filter((_, index) => !drop.has(index));
}
