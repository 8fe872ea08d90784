/**
 * Filling a response template programmatically, the way a person does in Word: typing into the
 * content controls (several paragraphs, bullet lists, a pasted table, tracked changes left in),
 * choosing from drop-downs. Used to make the sample responses and in tests. Only for templates
 * tmad generated (trusted input).
 * @module
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { escapeXml } from './ooxml.js';

/** A piece of typed text: plain, or a tracked insertion or deletion. */
export type FillRun = string | { ins: string } | { del: string };

/** A block typed into a multi-line field. */
export type FillBlock =
  | { kind: 'paragraph'; runs: FillRun[] }
  | { kind: 'bullet'; text: string; level?: number }
  | { kind: 'table'; rows: string[][] };

/** What to type into a field: a single line (runs) or blocks. */
export type FillValue = FillRun[] | FillBlock[];

/** Author and date of tracked changes. */
export interface FillOptions {
  /** Revision author. */
  author: string;
  /** Revision date, ISO. */
  date: string;
}

/**
 * Fill fields of a template.
 * @param template The template .docx (as `buildTemplate` wrote it).
 * @param values What to type, by content-control tag; fields not listed keep their placeholder.
 * @param options Revision author and date for tracked changes.
 * @returns The filled .docx.
 * @throws Error when a tag is not in the template.
 */
export function fillTemplate(template: Uint8Array, values: ReadonlyMap<string, FillValue>, options: FillOptions): Uint8Array {
  const files = unzipSync(template);
  const part = files['word/document.xml'];
  if (!part) throw new Error('not a template: no word/document.xml');
  let xml = strFromU8(part);
  const ids = { next: 9000 };
  const seen = new Set<string>();
  xml = xml.replace(/<w:sdt>((?:(?!<w:sdt>)[\s\S])*?)<\/w:sdt>/g, (whole: string) => {
    const tag = /<w:tag w:val="([^"]*)"\/>/.exec(whole)?.[1];
    if (tag === undefined) return whole;
    const value = values.get(unescapeXml(tag));
    if (value === undefined) return whole;
    seen.add(unescapeXml(tag));
    const pr = (/<w:sdtPr>[\s\S]*?<\/w:sdtPr>/.exec(whole)?.[0] ?? '').replace('<w:showingPlcHdr/>', '');
    const content = /<w:sdtContent>([\s\S]*)<\/w:sdtContent>/.exec(whole)?.[1] ?? '';
    const isBlock = content.startsWith('<w:p>') || content.startsWith('<w:p ');
    const typed = isBlock ? blockXml(content, toBlocks(value), options, ids) : runsXml(toRuns(value), options, ids);
    return `<w:sdt>${pr}<w:sdtContent>${typed}</w:sdtContent></w:sdt>`;
  });
  for (const tag of values.keys()) if (!seen.has(tag)) throw new Error(`no field tagged ${tag} in the template`);
  files['word/document.xml'] = strToU8(xml);
  const zippable: Zippable = {};
  for (const [name, data] of Object.entries(files)) zippable[name] = [data, { mtime: new Date(2020, 10, 25, 12, 0, 0) }];
  return zipSync(zippable);
}

function unescapeXml(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function toRuns(value: FillValue): FillRun[] {
  return value.flatMap((item): FillRun[] => (typeof item === 'string' || 'ins' in item || 'del' in item ? [item] : []));
}

function toBlocks(value: FillValue): FillBlock[] {
  if (value.every((item) => typeof item === 'string' || 'ins' in item || 'del' in item)) return [{ kind: 'paragraph', runs: value as FillRun[] }];
  return value as FillBlock[];
}

function runsXml(runs: readonly FillRun[], options: FillOptions, ids: { next: number }): string {
  return runs
    .map((run) => {
      if (typeof run === 'string') return textRuns(run);
      if ('ins' in run) return `<w:ins w:id="${ids.next++}" w:author="${escapeXml(options.author)}" w:date="${options.date}">${textRuns(run.ins)}</w:ins>`;
      return `<w:del w:id="${ids.next++}" w:author="${escapeXml(options.author)}" w:date="${options.date}"><w:r><w:delText xml:space="preserve">${escapeXml(run.del)}</w:delText></w:r></w:del>`;
    })
    .join('');
}

/** A run per line, with `w:br` between lines and `w:tab` for tabs. */
function textRuns(text: string): string {
  const content = text
    .split('\n')
    .map((line) => line.split('\t').map((piece) => `<w:t xml:space="preserve">${escapeXml(piece)}</w:t>`).join('<w:tab/>'))
    .join('<w:br/>');
  return `<w:r>${content}</w:r>`;
}

function blockXml(placeholder: string, blocks: readonly FillBlock[], options: FillOptions, ids: { next: number }): string {
  const start = /<w:bookmarkStart [^>]*\/>/.exec(placeholder)?.[0] ?? '';
  const end = /<w:bookmarkEnd [^>]*\/>/.exec(placeholder)?.[0] ?? '';
  const parts = blocks.map((block) => {
    switch (block.kind) {
      case 'paragraph':
        return { pPr: '', body: runsXml(block.runs, options, ids), table: false };
      case 'bullet':
        return { pPr: `<w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="${block.level ?? 0}"/><w:numId w:val="1"/></w:numPr></w:pPr>`, body: textRuns(block.text), table: false };
      case 'table':
        return { pPr: '', body: tableXml(block.rows), table: true };
    }
  });
  if (parts.length === 0 || parts[parts.length - 1]?.table) parts.push({ pPr: '', body: '', table: false });
  return parts
    .map((part, index) => {
      if (part.table) return part.body;
      const open = index === 0 ? start : '';
      const close = index === parts.length - 1 ? end : '';
      return `<w:p>${part.pPr}${open}${part.body}${close}</w:p>`;
    })
    .join('')
    .replace(/^(<w:tbl>)/, `<w:p>${start}</w:p>$1`);
}

function tableXml(rows: readonly string[][]): string {
  const columns = Math.max(1, ...rows.map((row) => row.length));
  const width = Math.floor(6000 / columns);
  const grid = `<w:tblGrid>${Array.from({ length: columns }, () => `<w:gridCol w:w="${width}"/>`).join('')}</w:tblGrid>`;
  const border = (side: string): string => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
  const pr = `<w:tblPr><w:tblW w:w="${width * columns}" w:type="dxa"/><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders></w:tblPr>`;
  const body = rows.map((row) => `<w:tr>${Array.from({ length: columns }, (_, i) => `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr><w:p>${textRuns(row[i] ?? '')}</w:p></w:tc>`).join('')}</w:tr>`).join('');
  return `<w:tbl>${pr}${grid}${body}</w:tbl>`;
}

/**
 * The text the reader should give back for filled blocks, in the accept view: paragraphs one a
 * line, bullets `- text`, table rows `a | b`.
 * @param value What was typed.
 * @returns The expected text.
 */
export function expectedText(value: FillValue): string {
  return toBlocks(value)
    .map((block) => {
      switch (block.kind) {
        case 'paragraph':
          return block.runs.map((run) => (typeof run === 'string' ? run : 'ins' in run ? run.ins : '')).join('');
        case 'bullet':
          return `${'  '.repeat(block.level ?? 0)}- ${block.text}`;
        case 'table':
          return block.rows.map((row) => row.join(' | ')).join('\n');
      }
    })
    .join('\n');
}
