/**
 * A fast path for plain TMAD Markdown: builds the same mdast tree `remark-parse` (with front
 * matter and GFM) would, for the simple subset versions are written in, about fifty times faster.
 * Anything outside the subset makes it return `undefined`, and the caller parses with remark as
 * usual; so on any input the resulting `Document` is the one remark gives (the tests compare the
 * two on every repository document, every fixture and generated documents).
 *
 * The subset, line by line: YAML front matter at the very start; ATX headings (`## 4 Migration`);
 * paragraphs of plain text, the first optionally opening with a bold clause number (`**4.24**`);
 * GFM pipe tables with leading and trailing pipes, a delimiter row and as many cells in every row
 * as in the header; tight or loose `- ` bullet lists of one-line items; blank lines. Plain text
 * means no character Markdown gives a meaning to inside a line (`\ * _ ` [ ] < & ~ |`), no tabs,
 * carriage returns or NULs, no leading or trailing white space, and no line that could open
 * another block (`>`, `+`, `=`, `*`, ordered-list numbers, code fences, thematic breaks, setext underlines).
 * @module
 */
import type { Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Table, TableCell, TableRow, Yaml } from 'mdast';

/** A point in the source, as mdast positions carry it. */
interface MdPoint {
  line: number;
  column: number;
  offset: number;
}

/** Characters that make inline text not plain: escapes, code, emphasis, links, HTML, entities, strikethrough, cells. */
const SPECIAL = /[\\`*_[\]<&~|\t\r\0]/;

/** Starts of lines that open some block the fast path does not build (or could end a paragraph). */
const OTHER_BLOCK_START = /^(?:[>+=*_`~\-\s]|\d{1,9}[.)](?:\s|$)|#(?!#{0,5} ))/;

/** A bold clause number opening a paragraph: `**4.24**` then a space or the end of the line. */
const BOLD_START = /^\*\*([^\s*\\`_[\]<&~|][^*\\`_[\]<&~|]*?)\*\*(?= |$)/;

/** A table delimiter cell: `---`, `:--`, `--:`, `:-:`. */
const DELIMITER_CELL = /^ *(:?)-+(:?) *$/;

/**
 * Build the mdast tree of `text` directly, when it is written in the plain subset.
 * @param text The Markdown source (byte order mark already removed).
 * @returns The tree remark would build, or `undefined` when the text needs the full parser.
 */
export function fastMdast(text: string): Root | undefined {
  const starts: number[] = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  const lineCount = text.endsWith('\n') ? starts.length - 1 : starts.length;
  const lineAt = (line: number): string => text.slice(starts[line] ?? 0, (starts[line + 1] ?? text.length + 1) - 1);
  const point = (line: number, column: number): MdPoint => ({ line: line + 1, column: column + 1, offset: (starts[line] ?? 0) + column });
  const children: RootContent[] = [];
  let line = 0;
  if (text.startsWith('---\n')) {
    let close = 1;
    while (close < lineCount && lineAt(close) !== '---') close++;
    if (close >= lineCount) return undefined;
    const yaml: Yaml = {
      type: 'yaml',
      value: text.slice(4, Math.max(4, (starts[close] ?? 0) - 1)),
      position: { start: point(0, 0), end: point(close, 3) },
    };
    children.push(yaml);
    line = close + 1;
  }
  while (line < lineCount) {
    const current = lineAt(line);
    if (current === '') {
      line++;
      continue;
    }
    if (/\s$/.test(current)) return undefined;
    if (current.charCodeAt(0) === 35 /* # */) {
      const heading = fastHeading(current, line, point);
      if (!heading) return undefined;
      children.push(heading);
      line++;
      if (line < lineCount && lineAt(line) !== '' && !startsBlock(lineAt(line))) return undefined;
      continue;
    }
    if (current.charCodeAt(0) === 124 /* | */) {
      const end = tableEnd(lineAt, line, lineCount);
      if (end === undefined) return undefined;
      const table = fastTable(lineAt, line, end, point);
      if (!table) return undefined;
      children.push(table);
      line = end;
      continue;
    }
    if (current.startsWith('- ')) {
      let end = line;
      const items: ListItem[] = [];
      while (end < lineCount) {
        const itemLine = lineAt(end);
        if (itemLine === '') {
          if (lineAt(end + 1).startsWith('- ')) {
            end++;
            continue;
          }
          break;
        }
        if (!itemLine.startsWith('- ')) return undefined; // a lazy continuation line, or something else
        const content = itemLine.slice(2);
        if (/\s$/.test(itemLine) || content === '' || OTHER_BLOCK_START.test(content) || content.charCodeAt(0) === 35 || content.charCodeAt(0) === 124) return undefined;
        const phrasing = inline(content);
        if (!phrasing) return undefined;
        const paragraph: Paragraph = { type: 'paragraph', children: phrasing, position: { start: point(end, 2), end: point(end, itemLine.length) } };
        items.push({ type: 'listItem', spread: false, checked: null, children: [paragraph], position: { start: point(end, 0), end: point(end, itemLine.length) } });
        end++;
      }
      const last = items.at(-1)?.position?.end;
      if (!last) return undefined;
      const list: List = { type: 'list', ordered: false, start: null, spread: false, children: items, position: { start: point(line, 0), end: last } };
      children.push(list);
      line = end;
      continue;
    }
    if (OTHER_BLOCK_START.test(current) && !BOLD_START.test(current)) return undefined;
    let end = line + 1;
    while (end < lineCount) {
      const next = lineAt(end);
      if (next === '') break;
      if (/\s$/.test(next) || OTHER_BLOCK_START.test(next) || startsBlock(next)) return undefined;
      end++;
    }
    const content = text.slice(starts[line] ?? 0, (starts[end] ?? text.length + 1) - 1);
    const phrasing = inline(content);
    if (!phrasing) return undefined;
    const paragraph: Paragraph = { type: 'paragraph', children: phrasing, position: { start: point(line, 0), end: point(end - 1, lineAt(end - 1).length) } };
    children.push(paragraph);
    line = end;
  }
  const end = text.length === 0 ? { line: 1, column: 1, offset: 0 } : endPoint(text, starts);
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end } };
}

/** Lines that open a block this fast path knows (a heading, a table row, a list item). */
function startsBlock(line: string): boolean {
  const first = line.charCodeAt(0);
  return first === 35 || first === 124 || line.startsWith('- ');
}

function endPoint(text: string, starts: readonly number[]): MdPoint {
  const last = starts.length - 1;
  return { line: last + 1, column: text.length - (starts[last] ?? 0) + 1, offset: text.length };
}

/** Plain inline content, optionally opening with a bold clause number; `undefined` when not plain. */
function inline(content: string): PhrasingContent[] | undefined {
  const bold = BOLD_START.exec(content);
  const rest = bold ? content.slice(bold[0].length) : content;
  if (SPECIAL.test(rest)) return undefined;
  if (bold && /\s$/.test(bold[1] ?? '')) return undefined;
  const phrasing: PhrasingContent[] = [];
  if (bold) phrasing.push({ type: 'strong', children: [{ type: 'text', value: bold[1] ?? '' }] });
  if (rest !== '') phrasing.push({ type: 'text', value: rest });
  return phrasing;
}

function fastHeading(line: string, index: number, point: (line: number, column: number) => MdPoint): Heading | undefined {
  const match = /^(#{1,6}) (\S.*)$/.exec(line);
  const content = match?.[2];
  if (!match || content === undefined || content.endsWith('#') || SPECIAL.test(content)) return undefined;
  return {
    type: 'heading',
    depth: (match[1]?.length ?? 1) as Heading['depth'],
    children: [{ type: 'text', value: content }],
    position: { start: point(index, 0), end: point(index, line.length) },
  };
}

/** The line after the table starting at `first` (a blank line or the end), or `undefined` when something else follows. */
function tableEnd(lineAt: (line: number) => string, first: number, lineCount: number): number | undefined {
  let end = first;
  while (end < lineCount) {
    const line = lineAt(end);
    if (line === '') return end;
    if (line.charCodeAt(0) !== 124) return undefined;
    end++;
  }
  return end;
}

function cellsOf(line: string): string[] | undefined {
  if (line.length < 2 || !line.endsWith('|') || /\s$/.test(line)) return undefined;
  return line.slice(1, -1).split('|');
}

function fastTable(lineAt: (line: number) => string, first: number, end: number, point: (line: number, column: number) => MdPoint): Table | undefined {
  if (end - first < 2) return undefined;
  const header = cellsOf(lineAt(first));
  const delimiter = cellsOf(lineAt(first + 1));
  if (!header || !delimiter || header.length !== delimiter.length) return undefined;
  const align: Table['align'] = [];
  for (const cell of delimiter) {
    const match = DELIMITER_CELL.exec(cell);
    if (!match) return undefined;
    align.push(match[1] && match[2] ? 'center' : match[1] ? 'left' : match[2] ? 'right' : null);
  }
  const rows: TableRow[] = [];
  for (let index = first; index < end; index++) {
    if (index === first + 1) continue;
    const line = lineAt(index);
    const cells = cellsOf(line);
    if (!cells || cells.length !== header.length) return undefined;
    const row: TableCell[] = [];
    for (const raw of cells) {
      const value = raw.trim();
      if (SPECIAL.test(value)) return undefined;
      row.push({ type: 'tableCell', children: value === '' ? [] : [{ type: 'text', value }] });
    }
    rows.push({ type: 'tableRow', children: row, position: { start: point(index, 0), end: point(index, line.length) } });
  }
  return { type: 'table', align, children: rows, position: { start: point(first, 0), end: point(end - 1, lineAt(end - 1).length) } };
}

/** Deepest nesting of block quotes, or indentation in columns, the full parser is given. */
export const MAX_REMARK_NESTING = 100;

/** Longest line (characters) the full parser is given; the fast path takes any length. */
export const MAX_REMARK_LINE = 100_000;

/**
 * Why a text that needs the full parser (remark) must not be given to it, or `undefined`.
 * remark-parse is super-linear on deep nesting (a 10,000-deep block quote or list does not finish)
 * and on long lines full of markup (5 MB: 10 s and 1.7 GB); no real version comes near these
 * bounds, so such a text is refused with one line instead of hanging.
 * @param text The Markdown source.
 * @returns The problem, reading "Unexpected ..., expected ...", with its line.
 */
export function remarkLimitProblem(text: string): string | undefined {
  let line = 1;
  for (let start = 0; start <= text.length; line++) {
    let end = start;
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    if (end - start > MAX_REMARK_LINE && SPECIAL.test(text.slice(start, end).replace(BOLD_START, '').replace(/[\t\r]/g, ' '))) {
      return `has a line of ${end - start} characters with Markdown markup at line ${line}, expected at most ${MAX_REMARK_LINE} (split it into paragraphs)`;
    }
    let depth = 0;
    let indent = 0;
    for (let index = start; index < end; index++) {
      const code = text.charCodeAt(index);
      if (code === 62 /* > */) depth++;
      else if (code === 32) indent++;
      else if (code === 9) indent += 4;
      else if (code === 45 || code === 42 || code === 43) indent += 2; // a list marker opens a level
      else break;
      if (depth > MAX_REMARK_NESTING || indent > 4 * MAX_REMARK_NESTING) {
        return `has block quotes or lists nested more than ${MAX_REMARK_NESTING} deep at line ${line}, expected at most ${MAX_REMARK_NESTING} levels`;
      }
    }
    start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
  return undefined;
}
