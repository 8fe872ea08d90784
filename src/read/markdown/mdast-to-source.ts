/**
 * The Markdown reader's core: an mdast tree (front matter, GFM tables) becomes the builder's input,
 * a `SourceDocument` (headings, paragraphs split at lines that open clauses or sub-paragraphs,
 * tables, notes), with positions as lines and columns of the source text. No Markdown is written
 * or re-parsed; every rule of what a clause is lives in the builder. The walk is iterative, so any
 * nesting depth of block quotes or lists is fine.
 * @module
 */
import type { Html, List, Nodes, Root, RootContent, Table } from 'mdast';
import type { VFile } from 'vfile';
import type { DocumentMeta } from '../../model/document.js';
import type { Position } from '../../model/position.js';
import { readFrontMatter } from '../../parse/front-matter.js';
import { htmlText, inlineText } from '../../parse/inline-text.js';
import { createSourceMap, type SourceMap } from '../../parse/source-map.js';
import { splitLines } from '../../parse/split-lines.js';
import type { SourceBlock, SourceDocument, SourceMetaProblem } from '../source-block.js';

/** The walk's working state, local to one call. */
interface Walk {
  source: string;
  map: SourceMap;
  meta: DocumentMeta;
  metaProblems: SourceMetaProblem[];
  blocks: SourceBlock[];
}

/** One piece of pending work: a top-level node, or a child of a list item. */
type Work =
  | { kind: 'top'; node: RootContent }
  | { kind: 'item-child'; node: RootContent; level: number; ordered: boolean; opensItem: boolean };

/**
 * Turn an mdast tree into the builder's input.
 * @param tree The mdast root, parsed with front matter (YAML) and GFM.
 * @param file The vfile the tree came from (its `value` is the source; its `path` names the file).
 * @returns The source document (format `markdown`).
 */
export function mdastToSource(tree: Root, file: VFile): SourceDocument {
  const source = String(file.value ?? '');
  const walk: Walk = { source, map: createSourceMap(source), meta: {}, metaProblems: [], blocks: [] };
  const stack: Work[] = [];
  pushReversed(stack, tree.children.map((node) => ({ kind: 'top', node })));
  for (let work = stack.pop(); work !== undefined; work = stack.pop()) {
    if (work.kind === 'top') top(walk, work.node, stack);
    else itemChild(walk, work, stack);
  }
  return { format: 'markdown', path: file.path ?? '', meta: walk.meta, metaProblems: walk.metaProblems, blocks: walk.blocks };
}

function pushReversed(stack: Work[], items: readonly Work[]): void {
  for (let index = items.length - 1; index >= 0; index--) {
    const item = items[index];
    if (item) stack.push(item);
  }
}

function top(walk: Walk, node: RootContent, stack: Work[]): void {
  switch (node.type) {
    case 'yaml':
      return frontMatter(walk, node.value, node.position?.start.offset ?? 0);
    case 'heading':
      walk.blocks.push({ kind: 'heading', depth: node.depth, text: inlineText(node), position: positionOf(walk, node) });
      return;
    case 'paragraph':
      for (const segment of splitLines(node, positionOf(walk, node), walk.map)) walk.blocks.push({ kind: 'paragraph', text: segment.text, position: segment.position });
      return;
    case 'list':
      return list(stack, node, 1);
    case 'table':
      return table(walk, node);
    case 'html':
      return html(walk, node);
    case 'blockquote':
      pushReversed(stack, node.children.map((child) => ({ kind: 'top', node: child })));
      return;
    case 'code':
      walk.blocks.push({ kind: 'paragraph', text: node.value.replace(/\s+/g, ' ').trim(), position: positionOf(walk, node) });
      return;
    case 'thematicBreak':
    case 'definition':
    case 'footnoteDefinition':
      return;
    default:
      walk.blocks.push({
        kind: 'note',
        severity: 'warning',
        reason: `Unexpected ${node.type} at the top level, expected a heading, paragraph, list or table`,
        ruleId: 'unexpected-node',
        position: positionOf(walk, node),
      });
  }
}

/** Queue the children of a list's items: the first paragraph of an item opens the item. */
function list(stack: Work[], node: List, level: number): void {
  const work: Work[] = [];
  const ordered = node.ordered === true;
  for (const item of node.children) {
    let first = true;
    for (const child of item.children) {
      work.push({ kind: 'item-child', node: child, level, ordered, opensItem: first && child.type === 'paragraph' });
      if (child.type === 'paragraph') first = false;
    }
  }
  pushReversed(stack, work);
}

function itemChild(walk: Walk, work: Extract<Work, { kind: 'item-child' }>, stack: Work[]): void {
  const { node, level } = work;
  if (node.type === 'list') return list(stack, node, level + 1);
  if (node.type === 'table') return table(walk, node);
  if (node.type === 'paragraph') {
    splitLines(node, positionOf(walk, node), walk.map).forEach((segment, index) => {
      const block: SourceBlock = { kind: 'paragraph', text: segment.text, position: segment.position };
      if (work.opensItem && index === 0) block.item = { level, ordered: work.ordered };
      walk.blocks.push(block);
    });
    return;
  }
  const text = inlineText(node);
  if (text !== '') walk.blocks.push({ kind: 'paragraph', text, position: positionOf(walk, node) });
}

function frontMatter(walk: Walk, yamlText: string, offset: number): void {
  const { meta, problems } = readFrontMatter(yamlText);
  walk.meta = meta;
  // The YAML starts after the opening fence line (`---` plus its line ending).
  const fence = /^---\r?\n/.exec(walk.source.slice(offset, offset + 8))?.[0].length ?? 4;
  for (const problem of problems) {
    const at = walk.map.pointAt(offset + fence + problem.offset);
    walk.metaProblems.push({ reason: `Unexpected front matter: ${problem.reason}`, position: { start: at, end: at } });
  }
}

function table(walk: Walk, node: Table): void {
  const [head, ...body] = node.children;
  const header = head ? head.children.map((cell) => inlineText(cell)) : [];
  const width = header.length;
  const rows: string[][] = [];
  const rowPositions: Position[] = [];
  for (const row of body) {
    const cells = row.children.map((cell) => inlineText(cell));
    if (cells.length !== width) {
      walk.blocks.push({
        kind: 'note',
        severity: 'info',
        reason: `Unexpected row of ${cells.length} cell${cells.length === 1 ? '' : 's'}, expected ${width} as in the header: ${cells.length > width ? 'extra cells dropped' : 'missing cells left empty'}`,
        ruleId: 'table-shape',
        position: positionOf(walk, row),
      });
    }
    while (cells.length < width) cells.push('');
    rows.push(cells.slice(0, Math.max(width, 1)));
    rowPositions.push(positionOf(walk, row));
  }
  walk.blocks.push({ kind: 'table', header, rows, align: (node.align ?? []).map((a) => a ?? null), rowPositions, position: positionOf(walk, node) });
}

function html(walk: Walk, node: Html): void {
  const text = htmlText(node.value).replace(/\s+/g, ' ').trim();
  if (text === '') return;
  const position = positionOf(walk, node);
  walk.blocks.push({ kind: 'note', severity: 'info', reason: 'Unexpected HTML, expected Markdown: its text is kept, its markup dropped', ruleId: 'html', position });
  walk.blocks.push({ kind: 'paragraph', text, position });
}

function positionOf(walk: Walk, node: Nodes): Position {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? start;
  return walk.map.span(start, end);
}
