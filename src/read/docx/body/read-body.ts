/**
 * The body of `word/document.xml` in one view of its tracked changes: paragraphs and tables in
 * order, with a removed paragraph mark joining its paragraph to the next, rows inserted or deleted
 * kept or dropped, a paragraph's properties taken from before a tracked property change in the
 * reject view, and tables of contents marked so they never become blocks.
 * @module
 */
import { childElement, type XmlElement, type XmlNode } from '../../../docx/xml.js';
import { childVal, integer } from '../ooxml.js';
import type { FieldFrame } from './fields.js';
import type { RawBlock, RawBody, RawCell, RawParagraph, RawRow, RawTable, RevisionCounts } from './raw-blocks.js';
import { readInline } from './read-runs.js';

interface Walk {
  view: 'accept' | 'reject';
  stack: FieldFrame[];
  line: number;
  paragraphs: RawParagraph[];
  /** Bookmarks started between paragraphs, given to the next one. */
  bookmarks: string[];
  /** Inside a contents content control (depth). */
  contents: number;
}

interface Container {
  /** A paragraph whose mark is removed in this view, waiting to be joined to the next one. */
  pending: RawParagraph | null;
  blocks: RawBlock[];
}

/**
 * Read a `w:body` in one view.
 * @param body The `w:body` element.
 * @param view `accept` (what Accept All shows) or `reject` (what Reject All shows).
 * @returns Its blocks, every paragraph in order, and the revisions counted.
 */
export function readBody(body: XmlElement, view: 'accept' | 'reject'): RawBody {
  const walk: Walk = { view, stack: [], line: 0, paragraphs: [], bookmarks: [], contents: 0 };
  const blocks = readContainer(body.children, walk);
  return { blocks, paragraphs: walk.paragraphs, revisions: countRevisions(body) };
}

function readContainer(nodes: readonly XmlNode[], walk: Walk): RawBlock[] {
  const container: Container = { pending: null, blocks: [] };
  readBlocks(nodes, walk, container);
  flush(walk, container);
  return container.blocks;
}

function emit(walk: Walk, container: Container, paragraph: RawParagraph): void {
  walk.line += 1;
  paragraph.line = walk.line;
  walk.paragraphs.push(paragraph);
  container.blocks.push(paragraph);
}

function flush(walk: Walk, container: Container): void {
  if (!container.pending) return;
  const pending = container.pending;
  container.pending = null;
  emit(walk, container, pending);
}

function readBlocks(nodes: readonly XmlNode[], walk: Walk, container: Container): void {
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    switch (node.name) {
      case 'w:p':
        readParagraph(node, walk, container);
        break;
      case 'w:tbl':
        flush(walk, container);
        container.blocks.push(readTable(node, walk));
        break;
      case 'w:sdt': {
        const content = childElement(node, 'w:sdtContent');
        const contents = isContentsControl(node);
        if (contents) walk.contents += 1;
        if (content) readBlocks(content.children, walk, container);
        if (contents) walk.contents -= 1;
        break;
      }
      case 'w:customXml':
        readBlocks(node.children, walk, container);
        break;
      case 'w:ins':
      case 'w:moveTo':
        if (walk.view === 'accept') readBlocks(node.children, walk, container);
        break;
      case 'w:del':
      case 'w:moveFrom':
        if (walk.view === 'reject') readBlocks(node.children, walk, container);
        break;
      case 'w:bookmarkStart': {
        const name = node.attributes['w:name'];
        if (name) walk.bookmarks.push(name);
        break;
      }
      default:
        break;
    }
  }
}

function isContentsControl(sdt: XmlElement): boolean {
  const pr = childElement(sdt, 'w:sdtPr');
  const part = pr ? (childElement(pr, 'w:docPartObj') ?? childElement(pr, 'w:docPartList')) : undefined;
  const gallery = childVal(part, 'w:docPartGallery') ?? '';
  return /table of contents/i.test(gallery);
}

/** The paragraph properties that apply in this view: before a tracked change of them, when rejecting. */
function viewProperties(pPr: XmlElement | undefined, view: 'accept' | 'reject'): XmlElement | undefined {
  if (!pPr || view === 'accept') return pPr;
  const change = childElement(pPr, 'w:pPrChange');
  return (change && childElement(change, 'w:pPr')) ?? pPr;
}

function readParagraph(node: XmlElement, walk: Walk, container: Container): void {
  const ownPr = childElement(node, 'w:pPr');
  const pPr = viewProperties(ownPr, walk.view);
  const numPr = pPr ? childElement(pPr, 'w:numPr') : undefined;
  const paragraph: RawParagraph = {
    kind: 'paragraph',
    line: 0,
    styleId: childVal(pPr, 'w:pStyle') ?? null,
    numId: childVal(numPr, 'w:numId') ?? null,
    ilvl: integer(childVal(numPr, 'w:ilvl')) ?? null,
    outlineLvl: integer(childVal(pPr, 'w:outlineLvl')) ?? null,
    segments: [],
    bookmarks: walk.bookmarks.splice(0),
    footnotes: [],
    notes: [],
    contents: walk.contents > 0,
  };
  readInline(node.children, {
    view: walk.view,
    stack: walk.stack,
    sink: {
      push: (segment) => paragraph.segments.push(segment),
      note: (note) => paragraph.notes.push(note),
      contents: () => {
        paragraph.contents = true;
      },
    },
    bookmark: (name) => paragraph.bookmarks.push(name),
    footnote: (id) => paragraph.footnotes.push(id),
  });
  const markRpr = ownPr ? childElement(ownPr, 'w:rPr') : undefined;
  const removed = walk.view === 'accept' ? ['w:del', 'w:moveFrom'] : ['w:ins', 'w:moveTo'];
  const markRemoved = markRpr !== undefined && removed.some((name) => childElement(markRpr, name) !== undefined);
  const joined = container.pending ? joinParagraphs(container.pending, paragraph) : paragraph;
  container.pending = null;
  if (markRemoved) container.pending = joined;
  else emit(walk, container, joined);
}

/** A paragraph whose mark is removed joins the next one: its text first, the next one's properties (the mark that remains). */
function joinParagraphs(first: RawParagraph, second: RawParagraph): RawParagraph {
  return {
    ...second,
    segments: [...first.segments, ...second.segments],
    bookmarks: [...first.bookmarks, ...second.bookmarks],
    footnotes: [...first.footnotes, ...second.footnotes],
    notes: [...first.notes, ...second.notes],
    contents: first.contents || second.contents,
  };
}

function readTable(node: XmlElement, walk: Walk): RawTable {
  const startLine = walk.line + 1;
  const rows: RawRow[] = [];
  for (const row of collect(node.children, 'w:tr')) {
    const trPr = childElement(row, 'w:trPr');
    const removed = walk.view === 'accept' ? 'w:del' : 'w:ins';
    if (trPr && childElement(trPr, removed)) continue;
    const line = walk.line + 1;
    const cells: RawCell[] = [];
    for (const cell of collect(row.children, 'w:tc')) {
      const tcPr = childElement(cell, 'w:tcPr');
      const vMerge = tcPr ? childElement(tcPr, 'w:vMerge') : undefined;
      cells.push({
        span: Math.max(1, integer(childVal(tcPr, 'w:gridSpan')) ?? 1),
        vMerge: vMerge ? (vMerge.attributes['w:val'] === 'restart' ? 'restart' : 'continue') : null,
        blocks: readContainer(cell.children, walk),
      });
    }
    rows.push({ line, gridBefore: Math.max(0, integer(childVal(trPr, 'w:gridBefore')) ?? 0), cells });
  }
  const tblPr = childElement(node, 'w:tblPr');
  return { kind: 'table', line: startLine, endLine: Math.max(startLine, walk.line), rows, styleId: childVal(tblPr, 'w:tblStyle') ?? null };
}

/** Elements of a name among children, looking through content controls and custom XML. */
function collect(nodes: readonly XmlNode[], name: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    if (node.name === name) out.push(node);
    else if (node.name === 'w:sdt') {
      const content = childElement(node, 'w:sdtContent');
      if (content) out.push(...collect(content.children, name));
    } else if (node.name === 'w:customXml') out.push(...collect(node.children, name));
  }
  return out;
}

const FORMATTING = new Set(['w:pPrChange', 'w:rPrChange', 'w:tblPrChange', 'w:trPrChange', 'w:tcPrChange', 'w:sectPrChange', 'w:tblGridChange', 'w:numberingChange']);

/**
 * Count tracked revisions anywhere below an element.
 * @param root The element (the body).
 * @returns Insertions, deletions, moves and property changes.
 */
export function countRevisions(root: XmlElement): RevisionCounts {
  const counts: RevisionCounts = { insertions: 0, deletions: 0, moves: 0, formatting: 0 };
  const visit = (nodes: readonly XmlNode[]): void => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      if (node.name === 'w:ins' || node.name === 'w:cellIns') counts.insertions += 1;
      else if (node.name === 'w:del' || node.name === 'w:cellDel') counts.deletions += 1;
      else if (node.name === 'w:moveFrom') counts.moves += 1;
      else if (FORMATTING.has(node.name)) {
        counts.formatting += 1;
        continue;
      }
      visit(node.children);
    }
  };
  visit(root.children);
  return counts;
}

/**
 * The paragraphs of blocks in order, table cells included.
 * @param blocks Raw blocks.
 * @returns Their paragraphs.
 */
export function rawParagraphs(blocks: readonly RawBlock[]): RawParagraph[] {
  return blocks.flatMap((block) => (block.kind === 'paragraph' ? [block] : block.rows.flatMap((row) => row.cells.flatMap((cell) => rawParagraphs(cell.blocks)))));
}
