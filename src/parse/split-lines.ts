/**
 * Splitting a Markdown paragraph whose lines open clauses or sub-paragraphs. Documents converted
 * from Word often put `(a) ...`, `(b) ...` or the next `**4.25** ...` on the very next line, which
 * Markdown joins into one paragraph; each such line starts a block of its own here.
 * @module
 */
import type { Nodes, Paragraph } from 'mdast';
import type { Position } from '../model/position.js';
import { collectText, htmlText } from './inline-text.js';
import { leadingClauseNumber, leadingLabel } from './markers.js';
import type { SourceMap } from './source-map.js';

/** A part of a paragraph: its plain text (white space folded) and source span. */
export interface Segment {
  /** Plain text, white space folded. */
  text: string;
  /** Where it is. */
  position: Position;
}

/**
 * Split a paragraph into segments at lines that open a clause number or a sub-paragraph label.
 * A line opens a new block only when the line before it ends a sentence or list entry (`.`, `;`,
 * `:`, `,`, `and`, `or`), so that a wrapped reference ("under Clauses\n4.24 to 4.26") stays put.
 * @param node The paragraph.
 * @param position Its source position (with offsets).
 * @param map The source map of the file.
 * @returns One segment, or several when lines open new blocks.
 */
export function splitLines(node: Paragraph, position: Position, map: SourceMap): Segment[] {
  const lines = rawText(node).split('\n');
  // Most text has nothing to fold: only single plain spaces inside.
  const fold = (text: string): string => (/\s\s|[^\S ]/.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
  if (lines.length === 1) return [{ text: fold(lines[0] ?? ''), position }];
  const groups: Array<{ first: number; last: number; text: string[] }> = [];
  lines.forEach((line, index) => {
    const trimmed = line.trim();
    const previous = (lines[index - 1] ?? '').trim();
    const opens =
      index > 0 &&
      ((leadingLabel(trimmed) !== undefined && /(?:[.;:,]|\b(?:and|or|then))$/.test(previous)) ||
        (leadingClauseNumber(trimmed) !== undefined && /[.;:]$/.test(previous)));
    const current = groups.at(-1);
    if (!current || opens) groups.push({ first: index, last: index, text: [line] });
    else {
      current.last = index;
      current.text.push(line);
    }
  });
  if (groups.length === 1) return [{ text: fold(lines.join(' ')), position }];
  const startLine = position.start.line;
  return groups.map((group, index) => {
    const start = index === 0 ? position.start : lineStart(map, startLine + group.first);
    const end = index === groups.length - 1 ? position.end : lineEnd(map, startLine + group.last);
    return { text: fold(group.text.join(' ')), position: { start, end } };
  });
}

function lineStart(map: SourceMap, line: number): Position['start'] {
  const offset = map.offsetOfLine(line);
  return map.pointAt(offset + map.indentOfLine(line));
}

function lineEnd(map: SourceMap, line: number): Position['end'] {
  return map.pointAt(map.offsetOfLine(line) + map.lengthOfLine(line));
}

/** Plain text with the paragraph's soft line breaks kept as `\n` (iterative: any nesting depth). */
function rawText(node: Nodes): string {
  return collectText(node, rawLeaf, () => '');
}

function rawLeaf(node: Nodes): string | undefined {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'html':
      return htmlText(node.value);
    case 'break':
      return '\n';
    case 'image':
      return node.alt ?? '';
    case 'footnoteReference':
    case 'imageReference':
      return '';
    default:
      return 'children' in node ? undefined : '';
  }
}
