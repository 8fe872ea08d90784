/**
 * The pure function at the heart of the parser: an mdast tree (with front matter and GFM tables)
 * becomes a `Document`. It never reads files; problems become messages on the given vfile.
 * @module
 */
import type { Html, List, Nodes, Paragraph, Root, RootContent, Table, Heading } from 'mdast';
import type { VFile } from 'vfile';
import type { Block, Clause, CrossRef, Definition, Document, DocumentMeta, Section } from '../model/document.js';
import { DOCUMENT_SCHEMA_VERSION } from '../model/document.js';
import type { Position } from '../model/position.js';
import { compareClauseIdParts, parseClauseId, type ClauseIdParts } from '../model/clause-id.js';
import { fingerprint } from '../model/text.js';
import { toDiagnostic } from '../model/diagnostic.js';
import { readFrontMatter } from './front-matter.js';
import { htmlText, inlineText } from './inline-text.js';
import { labelLevel, leadingClauseNumber, leadingLabel, sectionHeading } from './markers.js';
import { findCrossRefs, type FoundRef } from './cross-refs.js';
import { createTermMatcher } from './terms.js';
import { isNormative } from './normative.js';
import { createSourceMap, type SourceMap } from './source-map.js';
import { blockLine } from './block-text.js';
import { splitLines } from './split-lines.js';

/** Source of parse diagnostics. */
export const PARSE_SOURCE = 'tmad-parse';

/** A clause being built: blocks collected, references not yet resolved. */
interface Draft {
  clause: Clause;
  found: Array<{ ref: FoundRef; blockPosition: Position }>;
  lastLetter: string | undefined;
}

/** The document's clause ids in natural order, and the comparison that ordered them. */
interface SortedIds {
  sortedIds: readonly string[];
  compare: (a: string, b: string) => number;
}

/** The walk's working state, local to one call. */
interface State {
  file: VFile;
  source: string;
  map: SourceMap;
  meta: DocumentMeta;
  title: string;
  sections: Section[];
  stack: Section[];
  clauses: Draft[];
  current: Draft | undefined;
  definitions: Definition[];
  preamble: Block[];
}

/**
 * Build a `Document` from an mdast tree. Diagnostics for what could not be understood are added
 * to `file` (ruleId and place set) and copied into `document.diagnostics`.
 * @param tree The mdast root, parsed with front matter (YAML) and GFM.
 * @param file The vfile the tree came from (its `value` is the source; its `path` names the file).
 * @returns The document.
 */
export function mdastToDocument(tree: Root, file: VFile): Document {
  const source = String(file.value ?? '');
  const state: State = {
    file,
    source,
    map: createSourceMap(source),
    meta: {},
    title: '',
    sections: [],
    stack: [],
    clauses: [],
    current: undefined,
    definitions: [],
    preamble: [],
  };
  for (const node of tree.children) visit(state, node);
  return finish(state);
}

function visit(state: State, node: RootContent): void {
  switch (node.type) {
    case 'yaml':
      return frontMatter(state, node.value, node.position?.start.offset ?? 0);
    case 'heading':
      return heading(state, node);
    case 'paragraph':
      return paragraph(state, node);
    case 'list':
      return list(state, node, 1);
    case 'table':
      return table(state, node);
    case 'html':
      return html(state, node);
    case 'blockquote':
      for (const child of node.children) visit(state, child);
      return;
    case 'code':
      return addBlock(state, { kind: 'paragraph', text: node.value.replace(/\s+/g, ' ').trim(), position: positionOf(state, node) });
    case 'thematicBreak':
    case 'definition':
    case 'footnoteDefinition':
      return;
    default:
      state.file.message(`Unexpected ${node.type} at the top level, expected a heading, paragraph, list or table`, {
        place: positionOf(state, node),
        ruleId: 'unexpected-node',
        source: PARSE_SOURCE,
      });
  }
}

function frontMatter(state: State, yamlText: string, offset: number): void {
  const { meta, problems } = readFrontMatter(yamlText);
  state.meta = meta;
  // The YAML starts after the opening fence line (`---` plus its line ending).
  const fence = /^---\r?\n/.exec(state.source.slice(offset))?.[0].length ?? 4;
  for (const problem of problems) {
    const at = state.map.pointAt(offset + fence + problem.offset);
    state.file.message(`Unexpected front matter: ${problem.reason}`, {
      place: at,
      ruleId: 'front-matter',
      source: PARSE_SOURCE,
    }).fatal = true;
  }
}

function heading(state: State, node: Heading): void {
  state.current = undefined;
  const text = inlineText(node);
  const position = positionOf(state, node);
  const clauseNumber = leadingClauseNumber(text);
  if (clauseNumber && node.depth > 1) {
    const title = text.slice(clauseNumber.length).trim();
    openClause(state, clauseNumber.id, title === '' ? null : title, position);
    return;
  }
  const numbered = sectionHeading(text);
  if (!numbered && node.depth === 1 && state.title === '' && state.sections.length === 0) {
    state.title = text;
    return;
  }
  while (state.stack.length > 0) {
    const top = state.stack.at(-1);
    const popNumbered = numbered !== undefined && state.stack.some((section) => section.number !== null);
    if (top && (top.depth >= node.depth || popNumbered)) state.stack.pop();
    else break;
  }
  const parent = state.stack.at(-1);
  const slug = text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'section';
  const section: Section = {
    key: numbered ? numbered.number : parent ? `${parent.key}/${slug}` : slug,
    number: numbered ? numbered.number : null,
    title: numbered ? numbered.title : text,
    depth: node.depth,
    blocks: [],
    clauseIds: [],
    children: [],
    position,
  };
  if (parent) parent.children.push(section);
  else state.sections.push(section);
  state.stack.push(section);
}

function openClause(state: State, id: string, title: string | null, position: Position): Draft {
  const numberedSection = [...state.stack].reverse().find((section) => section.number !== null);
  const nearest = state.stack.at(-1);
  const clause: Clause = {
    id,
    section: numberedSection?.number ?? '',
    sectionPath: state.stack.map((section) => section.key),
    heading: nearest?.title ?? '',
    title,
    blocks: [],
    text: '',
    fingerprint: '',
    refs: [],
    crossRefs: [],
    terms: [],
    normative: false,
    position,
  };
  nearest?.clauseIds.push(id);
  const draft: Draft = { clause, found: [], lastLetter: undefined };
  state.clauses.push(draft);
  state.current = draft;
  return draft;
}

function paragraph(state: State, node: Paragraph): void {
  for (const segment of splitLines(node, positionOf(state, node), state.map)) segmentText(state, segment.text, segment.position, undefined);
}

/** One logical paragraph: a clause opening, a labelled sub-paragraph or plain text. */
function segmentText(state: State, text: string, position: Position, item: { level: number; ordered: boolean } | undefined): void {
  const number = leadingClauseNumber(text);
  if (number) {
    openClause(state, number.id, null, position);
    addBlock(state, { kind: 'paragraph', text: text.slice(number.length).trim(), position });
    return;
  }
  addText(state, text, position, item);
}

/** Add a paragraph or a labelled sub-paragraph to the current clause (or section). */
function addText(state: State, text: string, position: Position, item: { level: number; ordered: boolean } | undefined): void {
  if (text === '') return;
  const label = leadingLabel(text);
  if (label) {
    const draft = state.current;
    const level = labelLevel(label.bare, draft?.lastLetter);
    if (draft && level === 1 && /^[a-z]{1,2}$/.test(label.bare) && (draft.lastLetter !== undefined || !/^[ivxlc]+$/.test(label.bare))) {
      draft.lastLetter = label.bare;
    }
    addBlock(state, { kind: 'subparagraph', label: label.label, level: item ? Math.max(level, item.level) : level, text: label.rest, position });
    return;
  }
  if (item) addBlock(state, { kind: 'item', level: item.level, ordered: item.ordered, text, position });
  else addBlock(state, { kind: 'paragraph', text, position });
}

function list(state: State, node: List, level: number): void {
  for (const item of node.children) {
    let first = true;
    for (const child of item.children) {
      if (child.type === 'list') list(state, child, level + 1);
      else if (child.type === 'table') table(state, child);
      else if (child.type === 'paragraph') {
        const segments = splitLines(child, positionOf(state, child), state.map);
        segments.forEach((segment, index) => {
          const asItem = first && index === 0 ? { level, ordered: node.ordered === true } : undefined;
          segmentText(state, segment.text, segment.position, asItem);
        });
        first = false;
      } else {
        addText(state, inlineText(child), positionOf(state, child), undefined);
      }
    }
  }
}

function table(state: State, node: Table): void {
  const [head, ...body] = node.children;
  const header = head ? head.children.map((cell) => inlineText(cell)) : [];
  const width = header.length;
  const rows = body.map((row) => {
    const cells = row.children.map((cell) => inlineText(cell));
    if (cells.length !== width) {
      state.file.info(`Unexpected row of ${cells.length} cell${cells.length === 1 ? '' : 's'}, expected ${width} as in the header: ${cells.length > width ? 'extra cells dropped' : 'missing cells left empty'}`, {
        place: positionOf(state, row),
        ruleId: 'table-shape',
        source: PARSE_SOURCE,
      });
    }
    while (cells.length < width) cells.push('');
    return cells.slice(0, Math.max(width, 1));
  });
  const position = positionOf(state, node);
  const definitions = isDefinitionsHeader(header);
  addBlock(state, { kind: 'table', header, rows, align: (node.align ?? []).map((a) => a ?? null), definitions, position });
  if (definitions) {
    body.forEach((row, index) => {
      const cells = rows[index] ?? [];
      const term = (cells[0] ?? '').replace(/^["“]|["”]$/g, '').trim();
      const meaning = cells.slice(1).join(' ').trim();
      if (term === '') return;
      state.definitions.push({ term, meaning, fingerprint: fingerprint(meaning), position: positionOf(state, row) });
    });
  }
}

function isDefinitionsHeader(header: string[]): boolean {
  const [first, second] = header.map((cell) => cell.toLowerCase().replace(/[^a-z]/g, ''));
  return (first === 'term' || first === 'definedterm' || first === 'expression') && (second === 'meaning' || second === 'definition');
}

function html(state: State, node: Html): void {
  const text = htmlText(node.value).replace(/\s+/g, ' ').trim();
  const position = positionOf(state, node);
  if (text !== '') {
    state.file.info('Unexpected HTML, expected Markdown: its text is kept, its markup dropped', {
      place: position,
      ruleId: 'html',
      source: PARSE_SOURCE,
    });
    segmentText(state, text, position, undefined);
  }
}

function addBlock(state: State, block: Block): void {
  const draft = state.current;
  if (draft) {
    draft.clause.blocks.push(block);
    const texts = block.kind === 'table' ? block.rows.flat() : [block.text];
    for (const text of texts) for (const ref of findCrossRefs(text)) draft.found.push({ ref, blockPosition: block.position });
    return;
  }
  const section = state.stack.at(-1);
  if (section) section.blocks.push(block);
  else state.preamble.push(block);
}

function positionOf(state: State, node: Nodes): Position {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? start;
  return state.map.span(start, end);
}

/** Resolve references, terms, text and fingerprints once every clause is known. */
function finish(state: State): Document {
  // Split each id once: sorting compares them n log n times.
  const parts = new Map<string, ClauseIdParts | undefined>();
  for (const draft of state.clauses) if (!parts.has(draft.clause.id)) parts.set(draft.clause.id, parseClauseId(draft.clause.id));
  const partsOf = (id: string): ClauseIdParts | undefined => (parts.has(id) ? parts.get(id) : parseClauseId(id));
  const compare = (a: string, b: string): number => compareClauseIdParts(a, partsOf(a), b, partsOf(b));
  const sortedIds = [...parts.keys()].sort(compare);
  const matcher = createTermMatcher(state.definitions.map((definition) => definition.term));
  const clauses = state.clauses.map((draft) => completeClause(state, draft, { sortedIds, compare }, matcher.termsIn));
  const title = state.title !== '' ? state.title : typeof state.meta.title === 'string' ? state.meta.title : '';
  if (state.preamble.length > 0) {
    state.sections.unshift({
      key: 'preamble',
      number: null,
      title: '',
      depth: 1,
      blocks: state.preamble,
      clauseIds: [],
      children: [],
      position: state.preamble[0]?.position ?? state.map.span(0, 0),
    });
  }
  return {
    schemaVersion: DOCUMENT_SCHEMA_VERSION,
    file: state.file.path ?? '',
    meta: state.meta,
    title,
    sections: state.sections,
    clauses,
    definitions: state.definitions,
    diagnostics: state.file.messages.map(toDiagnostic),
  };
}

function completeClause(state: State, draft: Draft, ids: SortedIds, termsIn: (text: string) => string[]): Clause {
  const clause = draft.clause;
  const lines = clause.title ? [clause.title] : [];
  for (const block of clause.blocks) lines.push(blockLine(block));
  clause.text = lines.join('\n');
  clause.fingerprint = fingerprint(clause.text);
  clause.terms = termsIn(clause.blocks.filter((block) => block.kind !== 'table' || !block.definitions).map(blockLine).join('\n'));
  clause.normative = isNormative(clause.text);
  const last = clause.blocks.at(-1);
  if (last) clause.position = { start: clause.position.start, end: last.position.end };
  const refs = new Set<string>();
  clause.crossRefs = draft.found.map(({ ref, blockPosition }) => {
    const crossRef = toCrossRef(state, ref, blockPosition, ids);
    for (const id of crossRef.clauseIds) refs.add(id);
    return crossRef;
  });
  clause.refs = [...refs];
  return clause;
}

function toCrossRef(state: State, ref: FoundRef, blockPosition: Position, ids: SortedIds): CrossRef {
  const clauseIds: string[] = [];
  if (ref.kind === 'clause') {
    const inRange = new Set<string>();
    for (const [from, to] of ref.ranges) for (const id of expandRange(from, to, ids)) inRange.add(id);
    for (const target of ref.targets) {
      if (!clauseIds.includes(target)) clauseIds.push(target);
      const range = ref.ranges.find(([from]) => from === target);
      if (range) for (const id of expandRange(range[0], range[1], ids)) if (!clauseIds.includes(id)) clauseIds.push(id);
    }
  }
  const crossRef: CrossRef = {
    text: ref.text,
    kind: ref.kind,
    targets: ref.targets,
    clauseIds,
    position: locate(state, ref.text, blockPosition),
  };
  if (Object.keys(ref.subparagraphs).length > 0) crossRef.subparagraphs = ref.subparagraphs;
  if (ref.document !== undefined) crossRef.document = ref.document;
  return crossRef;
}

/** Clause ids from `from` to `to` inclusive, in natural order, among the document's ids. */
function expandRange(from: string, to: string, { sortedIds, compare }: SortedIds): string[] {
  if (compare(from, to) > 0) return [];
  let low = 0;
  let high = sortedIds.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (compare(sortedIds[middle] ?? '', from) < 0) low = middle + 1;
    else high = middle;
  }
  const ids: string[] = [];
  for (let index = low; index < sortedIds.length; index++) {
    const id = sortedIds[index] ?? '';
    if (compare(id, to) > 0) break;
    ids.push(id);
  }
  if (!ids.includes(to)) ids.push(to);
  return ids;
}

/** The source position of `text` inside a block: found in the block's source, else the block's start. */
function locate(state: State, text: string, blockPosition: Position): Position {
  const start = blockPosition.start.offset ?? 0;
  const end = blockPosition.end.offset ?? start;
  const slice = state.source.slice(start, end);
  const at = slice.indexOf(text);
  if (at !== -1) return state.map.span(start + at, start + at + text.length);
  const first = text.split(' ')[0] ?? text;
  const loose = slice.indexOf(first);
  if (loose !== -1) return state.map.span(start + loose, start + loose + first.length);
  return { start: blockPosition.start, end: blockPosition.start };
}
