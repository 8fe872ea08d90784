/**
 * A small, safe .docx reader for untrusted files: the body in order (paragraphs and tables), in the
 * accept or reject view of tracked changes, with content controls and bookmarks kept so that keyed
 * fields can be found. mammoth cannot do this (it flattens content controls and keeps only the
 * accepted text).
 * @module
 */
import { DocxError } from './docx-error.js';
import type { DocxBlock, DocxBookmark, DocxContent, DocxContentControl, DocxListInfo, DocxParagraph, DocxProperties, DocxTable, DocxView } from './docx-content.js';
import { DEFAULT_DOCX_LIMITS, type DocxLimits } from './limits.js';
import { unzipEntries } from './unzip.js';
import { childElement, childElements, findElement, parseXmlPart, type XmlElement, type XmlNode } from './xml.js';

/** Options of `readDocx`. */
export interface ReadDocxOptions {
  /** `accept`: tracked insertions kept, deletions dropped (what Accept All shows); `reject`: the opposite. */
  view: DocxView;
  /** Caps against zip bombs (defaults: `DEFAULT_DOCX_LIMITS`). */
  limits?: Partial<DocxLimits>;
}

const PARTS = ['[Content_Types].xml', '_rels/.rels', 'word/styles.xml', 'word/numbering.xml', 'docProps/core.xml', 'docProps/custom.xml'];

/**
 * Read a .docx (untrusted) into blocks, content controls, bookmarks and properties.
 * @param bytes The file.
 * @param options The view of tracked changes, and limits.
 * @returns The content.
 * @throws DocxError with a kind and a reason a person reads (empty file, not a zip, truncated zip,
 *   zip bomb, DOCTYPE, malformed XML, a zip that is not a Word document).
 */
export async function readDocx(bytes: Uint8Array, options: ReadDocxOptions): Promise<DocxContent> {
  const limits: DocxLimits = { ...DEFAULT_DOCX_LIMITS, ...options.limits };
  const { entries, names } = await unzipEntries(bytes, limits, (name) => PARTS.includes(name) || /^word\/[^/]+\.xml$/.test(name));
  const part = (name: string): XmlNode[] | null => {
    const data = entries.get(name);
    return data ? parseXmlPart(new TextDecoder('utf-8').decode(data), name) : null;
  };
  const contentTypes = part('[Content_Types].xml');
  if (!contentTypes) throw new DocxError('not-docx', `the zip is not a Word document: it has no [Content_Types].xml (entries: ${names.slice(0, 5).join(', ')}${names.length > 5 ? ', ...' : ''})`);
  const mainName = mainDocumentName(part('_rels/.rels'));
  const main = entries.has(mainName) ? part(mainName) : null;
  const body = main ? findElement(main, 'w:body') : undefined;
  if (!body) throw new DocxError('not-docx', `the zip is not a Word document: it has no ${mainName} with a w:body`);
  const walk: Walk = {
    view: options.view,
    styles: readStyles(part('word/styles.xml')),
    numbering: readNumbering(part('word/numbering.xml')),
    controls: [],
    bookmarks: [],
    open: new Map(),
    tracked: false,
    bookmarked: 0,
    limits,
  };
  const blocks = walkContainer(body.children, walk);
  return {
    view: options.view,
    blocks,
    contentControls: walk.controls,
    bookmarks: walk.bookmarks,
    properties: readProperties(part('docProps/core.xml'), part('docProps/custom.xml')),
    hasTrackedChanges: walk.tracked,
  };
}

function mainDocumentName(rels: XmlNode[] | null): string {
  const root = rels ? findElement(rels, 'Relationships') : undefined;
  for (const rel of root ? childElements(root, 'Relationship') : []) {
    if ((rel.attributes.Type ?? '').endsWith('/officeDocument')) return (rel.attributes.Target ?? '').replace(/^\//, '') || 'word/document.xml';
  }
  return 'word/document.xml';
}

interface StyleInfo {
  name: string | null;
  numId: string | null;
  level: number;
}

interface Container {
  /** A paragraph whose mark is removed in this view, waiting to be joined to the next one. */
  pending: DocxParagraph | null;
  /** Blocks emitted here. */
  blocks: DocxBlock[];
}

/** A bookmark whose end has not been seen: where it started (its container and how many blocks that had). */
interface OpenBookmark {
  bookmark: DocxBookmark;
  container: Container;
  start: number;
}

interface Walk {
  view: DocxView;
  styles: Map<string, StyleInfo>;
  numbering: Map<string, Map<number, string>>;
  controls: DocxContentControl[];
  bookmarks: DocxBookmark[];
  open: Map<string, OpenBookmark>;
  tracked: boolean;
  /** Blocks covered by closed bookmarks so far (against `limits.maxBookmarkBlocks`). */
  bookmarked: number;
  limits: DocxLimits;
}

/** Bookmark starts and ends seen while reading a paragraph's runs. */
interface ParagraphMarks {
  starts: Array<{ id: string; name: string }>;
  ends: string[];
}

function walkContainer(nodes: readonly XmlNode[], walk: Walk): DocxBlock[] {
  const container: Container = { pending: null, blocks: [] };
  walkBlocks(nodes, walk, container);
  flushPending(walk, container);
  return container.blocks;
}

function emit(container: Container, block: DocxBlock): void {
  container.blocks.push(block);
}

function flushPending(walk: Walk, container: Container): void {
  if (container.pending) {
    const pending = container.pending;
    container.pending = null;
    emit(container, pending);
  }
}

/**
 * A bookmark starts: remember where. Its blocks are taken when it ends, as the blocks its container
 * got in between (one slice, not a push into every open bookmark for every block: many unclosed
 * bookmarks made reading quadratic). A bookmark that never ends covers nothing, as in Word.
 */
function openBookmark(walk: Walk, container: Container, id: string, name: string): void {
  const bookmark: DocxBookmark = { name, blocks: [] };
  walk.bookmarks.push(bookmark);
  walk.open.set(id, { bookmark, container, start: container.blocks.length });
}

/** A bookmark ends: it covers the blocks its container got since it started, within the limit. */
function closeBookmark(walk: Walk, id: string): void {
  const open = walk.open.get(id);
  if (!open) return;
  walk.open.delete(id);
  const count = open.container.blocks.length - open.start;
  walk.bookmarked += count;
  if (walk.bookmarked > walk.limits.maxBookmarkBlocks) {
    throw new DocxError('too-many-bookmarks', `the bookmarks cover more than ${walk.limits.maxBookmarkBlocks} blocks together (overlapping bookmarks by the thousand: not a response form)`);
  }
  open.bookmark.blocks = open.container.blocks.slice(open.start);
}

/** Walk block-level nodes into `container`; returns the blocks emitted by this call. */
function walkBlocks(nodes: readonly XmlNode[], walk: Walk, container: Container): DocxBlock[] {
  const first = container.blocks.length;
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    switch (node.name) {
      case 'w:p':
        paragraph(node, walk, container);
        break;
      case 'w:tbl':
        flushPending(walk, container);
        emit(container, table(node, walk));
        break;
      case 'w:sdt': {
        const control = newControl(node, 'block', walk);
        const content = childElement(node, 'w:sdtContent');
        const before = container.blocks.length;
        if (content) walkBlocks(content.children, walk, container);
        control.blocks = container.blocks.slice(before);
        break;
      }
      case 'w:bookmarkStart':
        openBookmark(walk, container, node.attributes['w:id'] ?? '', node.attributes['w:name'] ?? '');
        break;
      case 'w:bookmarkEnd':
        closeBookmark(walk, node.attributes['w:id'] ?? '');
        break;
      case 'w:ins':
      case 'w:moveTo':
        walk.tracked = true;
        if (walk.view === 'accept') walkBlocks(node.children, walk, container);
        break;
      case 'w:del':
      case 'w:moveFrom':
        walk.tracked = true;
        if (walk.view === 'reject') walkBlocks(node.children, walk, container);
        break;
      case 'w:customXml':
      case 'w:smartTag':
        walkBlocks(childElement(node, 'w:customXmlPr') ? node.children.filter((c) => c.type !== 'element' || c.name !== 'w:customXmlPr') : node.children, walk, container);
        break;
      default:
        break;
    }
  }
  return container.blocks.slice(first);
}

function newControl(node: XmlElement, scope: DocxContentControl['scope'], walk: Walk): DocxContentControl {
  const pr = childElement(node, 'w:sdtPr');
  const control: DocxContentControl = {
    tag: (pr && childElement(pr, 'w:tag')?.attributes['w:val']) ?? null,
    alias: (pr && childElement(pr, 'w:alias')?.attributes['w:val']) ?? null,
    showingPlaceholder: showsPlaceholder(node, pr),
    scope,
    blocks: [],
  };
  walk.controls.push(control);
  return control;
}

/** Values of an on/off attribute that mean off. */
const OFF = new Set(['false', '0', 'off']);

/** Grey text colours placeholders are shown in: Word's `PlaceholderText` style (808080, 666666) and tmad's templates (767676). */
const PLACEHOLDER_COLOURS = new Set(['808080', '666666', '767676']);

/**
 * Whether a content control still shows its placeholder. `w:showingPlcHdr` is only a claim: a file
 * typed over by a program that left the flag set (or crafted so) would otherwise read as empty, and
 * an answer would be lost. So the flag counts only when every run of text in the control is
 * formatted as placeholder text (the `PlaceholderText` style or a placeholder grey); text typed in
 * Word takes the control's own formatting and wins.
 */
function showsPlaceholder(node: XmlElement, pr: XmlElement | undefined): boolean {
  const flag = pr ? childElement(pr, 'w:showingPlcHdr') : undefined;
  if (!flag || OFF.has(flag.attributes['w:val'] ?? 'true')) return false;
  const content = childElement(node, 'w:sdtContent');
  return content === undefined || onlyPlaceholderRuns(content);
}

function onlyPlaceholderRuns(node: XmlElement): boolean {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.name === 'w:r') {
      const text = childElements(child, 'w:t').map(textOf).join('');
      if (text.trim() !== '' && !placeholderFormatted(child)) return false;
    } else if (!onlyPlaceholderRuns(child)) return false;
  }
  return true;
}

function placeholderFormatted(run: XmlElement): boolean {
  const rPr = childElement(run, 'w:rPr');
  if (!rPr) return false;
  if (childElement(rPr, 'w:rStyle')?.attributes['w:val'] === 'PlaceholderText') return true;
  return PLACEHOLDER_COLOURS.has((childElement(rPr, 'w:color')?.attributes['w:val'] ?? '').toUpperCase());
}

function paragraph(node: XmlElement, walk: Walk, container: Container): void {
  const pPr = childElement(node, 'w:pPr');
  const marks: ParagraphMarks = { starts: [], ends: [] };
  const text = inlineText(node.children, walk, marks, false);
  const styleId = (pPr && childElement(pPr, 'w:pStyle')?.attributes['w:val']) ?? null;
  const style = styleId ? walk.styles.get(styleId) : undefined;
  let para: DocxParagraph = { kind: 'paragraph', text, style: styleId, styleName: style?.name ?? null, list: listInfo(pPr, style, walk) };
  const markRpr = pPr ? childElement(pPr, 'w:rPr') : undefined;
  const markInserted = markRpr ? childElement(markRpr, 'w:ins') !== undefined : false;
  const markDeleted = markRpr ? childElement(markRpr, 'w:del') !== undefined : false;
  if (markInserted || markDeleted) walk.tracked = true;
  const markRemoved = walk.view === 'accept' ? markDeleted : markInserted;
  for (const start of marks.starts) openBookmark(walk, container, start.id, start.name);
  if (container.pending) {
    para = { ...para, text: container.pending.text + para.text };
    container.pending = null;
  }
  if (markRemoved) container.pending = para;
  else emit(container, para);
  for (const end of marks.ends) closeBookmark(walk, end);
}

function listInfo(pPr: XmlElement | undefined, style: StyleInfo | undefined, walk: Walk): DocxListInfo | null {
  const numPr = pPr ? childElement(pPr, 'w:numPr') : undefined;
  let numId = numPr ? (childElement(numPr, 'w:numId')?.attributes['w:val'] ?? null) : null;
  let level = numPr ? Number(childElement(numPr, 'w:ilvl')?.attributes['w:val'] ?? '0') : 0;
  if (numId === null && style?.numId) {
    numId = style.numId;
    level = style.level;
  }
  if (numId === null || numId === '0') return null;
  if (!Number.isInteger(level) || level < 0) level = 0;
  const format = walk.numbering.get(numId)?.get(level) ?? 'bullet';
  return { numId, level, format };
}

/** The text of inline content in the current view; records bookmarks and inline content controls. */
function inlineText(nodes: readonly XmlNode[], walk: Walk, marks: ParagraphMarks, deleted: boolean): string {
  let text = '';
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    switch (node.name) {
      case 'w:r':
        text += runText(node, walk);
        break;
      case 'w:ins':
      case 'w:moveTo':
        walk.tracked = true;
        if (walk.view === 'accept') text += inlineText(node.children, walk, marks, deleted);
        break;
      case 'w:del':
      case 'w:moveFrom':
        walk.tracked = true;
        if (walk.view === 'reject') text += inlineText(node.children, walk, marks, true);
        break;
      case 'w:hyperlink':
      case 'w:smartTag':
      case 'w:customXml':
      case 'w:fldSimple':
      case 'w:bdo':
      case 'w:dir':
        text += inlineText(node.children, walk, marks, deleted);
        break;
      case 'w:sdt': {
        const control = newControl(node, 'inline', walk);
        const content = childElement(node, 'w:sdtContent');
        const inner = content ? inlineText(content.children, walk, marks, deleted) : '';
        control.blocks = [{ kind: 'paragraph', text: inner, style: null, styleName: null, list: null }];
        text += inner;
        break;
      }
      case 'w:bookmarkStart':
        marks.starts.push({ id: node.attributes['w:id'] ?? '', name: node.attributes['w:name'] ?? '' });
        break;
      case 'w:bookmarkEnd':
        marks.ends.push(node.attributes['w:id'] ?? '');
        break;
      default:
        break;
    }
  }
  return text;
}

function runText(run: XmlElement, walk: Walk): string {
  let text = '';
  for (const node of run.children) {
    if (node.type !== 'element') continue;
    switch (node.name) {
      case 'w:t':
        text += textOf(node);
        break;
      case 'w:delText':
        if (walk.view === 'reject') text += textOf(node);
        break;
      case 'w:tab':
      case 'w:ptab':
        text += '\t';
        break;
      case 'w:br':
      case 'w:cr':
        text += '\n';
        break;
      case 'w:noBreakHyphen':
        text += '-';
        break;
      case 'w:sym': {
        const code = Number.parseInt(node.attributes['w:char'] ?? '', 16);
        if (Number.isInteger(code)) text += String.fromCodePoint(code >= 0xf000 ? code - 0xf000 : code);
        break;
      }
      default:
        break;
    }
  }
  return text;
}

function textOf(node: XmlElement): string {
  return node.children.map((child) => (child.type === 'text' ? child.text : '')).join('');
}

function table(node: XmlElement, walk: Walk): DocxTable {
  const rows: XmlElement[] = [];
  collectRows(node.children, walk, rows);
  const result: DocxTable = { kind: 'table', rows: [], rowIds: [], cells: [] };
  for (const row of rows) {
    const trPr = childElement(row, 'w:trPr');
    const inserted = trPr ? childElement(trPr, 'w:ins') !== undefined : false;
    const deleted = trPr ? childElement(trPr, 'w:del') !== undefined : false;
    if (inserted || deleted) walk.tracked = true;
    if ((walk.view === 'accept' && deleted) || (walk.view === 'reject' && inserted)) continue;
    const cells: DocxBlock[][] = [];
    collectCells(row.children, walk, cells);
    result.cells.push(cells);
    const texts = cells.map(blocksText);
    result.rows.push(texts);
    result.rowIds.push((texts[0] ?? '').replace(/\s+/g, ' ').trim());
  }
  return result;
}

function collectRows(nodes: readonly XmlNode[], walk: Walk, rows: XmlElement[]): void {
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    if (node.name === 'w:tr') rows.push(node);
    else if (node.name === 'w:sdt') {
      const content = childElement(node, 'w:sdtContent');
      const control = newControl(node, 'row', walk);
      const start = rows.length;
      if (content) collectRows(content.children, walk, rows);
      control.blocks = rows.slice(start).map((row) => {
        const cells: DocxBlock[][] = [];
        collectCellsQuiet(row, cells);
        return { kind: 'table', rows: cells.map((c) => [blocksText(c)]), rowIds: [], cells: [cells] };
      });
    } else if (node.name === 'w:customXml') collectRows(node.children, walk, rows);
  }
}

function collectCellsQuiet(row: XmlElement, cells: DocxBlock[][]): void {
  for (const cell of childElements(row, 'w:tc')) cells.push([{ kind: 'paragraph', text: textOfAll(cell), style: null, styleName: null, list: null }]);
}

function textOfAll(node: XmlElement): string {
  return node.children.map((child) => (child.type === 'text' ? child.text : child.name === 'w:t' ? textOf(child) : textOfAll(child))).join('');
}

function collectCells(nodes: readonly XmlNode[], walk: Walk, cells: DocxBlock[][]): void {
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    if (node.name === 'w:tc') cells.push(walkContainer(node.children, walk));
    else if (node.name === 'w:sdt') {
      const control = newControl(node, 'cell', walk);
      const content = childElement(node, 'w:sdtContent');
      const start = cells.length;
      if (content) collectCells(content.children, walk, cells);
      control.blocks = cells.slice(start).flat();
    } else if (node.name === 'w:customXml') collectCells(node.children, walk, cells);
  }
}

/**
 * Plain text of blocks: paragraphs one a line, list items prefixed by `- ` (indented two spaces a
 * level), table rows as cells joined by ` | `.
 * @param blocks The blocks.
 * @returns The text.
 */
export function blocksText(blocks: readonly DocxBlock[]): string {
  return blocks
    .map((block) => {
      if (block.kind === 'table') return block.rows.map((row) => row.map((cell) => cell.replace(/\n/g, ' ')).join(' | ')).join('\n');
      if (block.list) return `${'  '.repeat(block.list.level)}${block.list.format === 'bullet' ? '-' : '1.'} ${block.text}`;
      return block.text;
    })
    .join('\n');
}

function readStyles(nodes: XmlNode[] | null): Map<string, StyleInfo> {
  const styles = new Map<string, StyleInfo>();
  const root = nodes ? findElement(nodes, 'w:styles') : undefined;
  for (const style of root ? childElements(root, 'w:style') : []) {
    const id = style.attributes['w:styleId'];
    if (!id) continue;
    const pPr = childElement(style, 'w:pPr');
    const numPr = pPr ? childElement(pPr, 'w:numPr') : undefined;
    styles.set(id, {
      name: childElement(style, 'w:name')?.attributes['w:val'] ?? null,
      numId: numPr ? (childElement(numPr, 'w:numId')?.attributes['w:val'] ?? null) : null,
      level: numPr ? Number(childElement(numPr, 'w:ilvl')?.attributes['w:val'] ?? '0') : 0,
    });
  }
  return styles;
}

function readNumbering(nodes: XmlNode[] | null): Map<string, Map<number, string>> {
  const result = new Map<string, Map<number, string>>();
  const root = nodes ? findElement(nodes, 'w:numbering') : undefined;
  if (!root) return result;
  const abstracts = new Map<string, Map<number, string>>();
  for (const abstract of childElements(root, 'w:abstractNum')) {
    const levels = new Map<number, string>();
    for (const lvl of childElements(abstract, 'w:lvl')) levels.set(Number(lvl.attributes['w:ilvl'] ?? '0'), childElement(lvl, 'w:numFmt')?.attributes['w:val'] ?? 'bullet');
    abstracts.set(abstract.attributes['w:abstractNumId'] ?? '', levels);
  }
  for (const num of childElements(root, 'w:num')) {
    const abstractId = childElement(num, 'w:abstractNumId')?.attributes['w:val'] ?? '';
    result.set(num.attributes['w:numId'] ?? '', abstracts.get(abstractId) ?? new Map());
  }
  return result;
}

function readProperties(core: XmlNode[] | null, custom: XmlNode[] | null): DocxProperties {
  const coreRoot = core ? findElement(core, 'cp:coreProperties') : undefined;
  const field = (name: string): string | null => {
    const element = coreRoot ? childElement(coreRoot, name) : undefined;
    return element ? textOf(element) : null;
  };
  const customValues: Record<string, string> = {};
  const customRoot = custom ? findElement(custom, 'Properties') : undefined;
  for (const property of customRoot ? childElements(customRoot, 'property') : []) {
    const name = property.attributes.name;
    const value = childElements(property)[0];
    if (name && value) customValues[name] = textOf(value);
  }
  return { title: field('dc:title'), subject: field('dc:subject'), creator: field('dc:creator'), keywords: field('cp:keywords'), description: field('dc:description'), custom: customValues };
}
