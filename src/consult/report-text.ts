/**
 * Shared helpers of the report renderers: bars for the position chart, splitting answer text.
 * @module
 */
import type { AnswerPosition } from './consultation.js';

/** One bar character per response. */
export const BAR = '█';

/** Colours of positions in the Word chart (hex RGB). */
export const POSITION_COLOURS: Readonly<Record<AnswerPosition, string>> = { Agree: '2E7D32', Disagree: 'C62828', Neutral: '757575', None: 'BDBDBD' };

/** A line of answer text: a paragraph, a bullet (with level) or a table row. */
export type AnswerLine = { kind: 'paragraph'; text: string } | { kind: 'bullet'; text: string; level: number } | { kind: 'row'; cells: string[] };

/**
 * Split answer text (as the response reader writes it) back into lines.
 * @param text Rationale or comment text.
 * @returns Lines.
 */
export function answerLines(text: string): AnswerLine[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line): AnswerLine => {
      const bullet = /^( *)(?:-|\d+\.) (.*)$/.exec(line);
      if (bullet) return { kind: 'bullet', text: bullet[2] ?? '', level: Math.floor((bullet[1] ?? '').length / 2) };
      if (line.includes(' | ')) return { kind: 'row', cells: line.split(' | ') };
      return { kind: 'paragraph', text: line };
    });
}

/**
 * Group consecutive table rows of answer lines.
 * @param lines Lines.
 * @returns Paragraphs, bullets and tables in order.
 */
export function groupLines(lines: readonly AnswerLine[]): Array<Exclude<AnswerLine, { kind: 'row' }> | { kind: 'table'; rows: string[][] }> {
  const result: Array<Exclude<AnswerLine, { kind: 'row' }> | { kind: 'table'; rows: string[][] }> = [];
  for (const line of lines) {
    const last = result[result.length - 1];
    if (line.kind === 'row') {
      if (last?.kind === 'table') last.rows.push(line.cells);
      else result.push({ kind: 'table', rows: [line.cells] });
    } else result.push(line);
  }
  return result;
}
