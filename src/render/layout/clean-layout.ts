/**
 * The layout of a clean copy, straight from a version (no comparison): cover, history, contents, then every
 * heading, section text and clause in document order, all of it kept text.
 * @module
 */
import { textBlockText } from '../../delta/block-diff.js';
import type { BlockDelta, WordPart } from '../../model/delta.js';
import type { Block, Document, Section } from '../../model/document.js';
import { headingAnchors } from './anchors.js';
import { authorAndDate, coverOf, historyOf, versionLabel } from './cover.js';
import { CONTENTS_DEPTH } from './redline-layout.js';
import type { BodyEntry, ContentsEntry, PublishContext, PublishLayout } from './publish-layout.js';

/**
 * Lay out the clean copy of a version.
 * @param document The version.
 * @param context History from the build (optional).
 * @returns The layout.
 */
export function cleanLayout(document: Document, context: PublishContext = {}): PublishLayout {
  const { author, date } = authorAndDate(document.meta);
  const byId = new Map(document.clauses.map((clause) => [clause.id, clause]));
  const anchors = headingAnchors();
  const body: BodyEntry[] = [];
  const contents: ContentsEntry[] = [];
  const walk = (sections: readonly Section[]): void => {
    for (const section of sections) {
      const anchor = anchors.next(section.number, section.title);
      body.push({ kind: 'heading', anchor, depth: section.depth, status: 'equal', number: section.number ? kept(section.number) : [], title: kept(section.title) });
      if (section.depth <= CONTENTS_DEPTH) contents.push({ depth: section.depth, number: section.number ?? '', title: section.title, anchor });
      for (const block of section.blocks) body.push({ kind: 'block', block: keptBlock(block) });
      for (const id of section.clauseIds) {
        const clause = byId.get(id);
        if (clause) body.push({ kind: 'clause', anchor: `clause-${id.replace(/[^A-Za-z0-9]+/g, '-')}`, changeIndex: null, change: 'unchanged', significance: 'none', whole: null, number: kept(clause.id), blocks: clause.blocks.map(keptBlock) });
      }
      walk(section.children);
    }
  };
  walk(document.sections);
  const name = versionLabel(document.meta, document.file);
  const version = document.meta.version ? ` ${document.meta.version}` : '';
  return {
    kind: 'clean',
    title: `${document.title}${version}`,
    author,
    date,
    classification: typeof document.meta.classification === 'string' ? document.meta.classification : '',
    meta: document.meta,
    sides: null,
    cover: coverOf(document.title || String(document.meta.title ?? 'Document'), `${name} – clean copy`, document.meta),
    history: historyOf(context.history, document.meta),
    contents,
    profile: [],
    summary: null,
    definitions: [],
    frontMatter: [],
    body,
    source: { kind: 'document', document },
  };
}

function kept(text: string): WordPart[] {
  return text === '' ? [] : [{ op: 'equal', text }];
}

/**
 * A block of a version as a compared block with nothing changed.
 * @param block The block.
 * @returns The same block, every part kept.
 */
export function keptBlock(block: Block): BlockDelta {
  if (block.kind !== 'table') return { kind: 'text', status: 'equal', old: block, new: block, parts: kept(textBlockText(block)) };
  const columns = block.header.length;
  const cells = (row: readonly string[]): Array<{ parts: WordPart[] }> => Array.from({ length: columns }, (_, i) => ({ parts: kept(row[i] ?? '') }));
  return { kind: 'table', status: 'equal', old: block, new: block, header: cells(block.header), rows: block.rows.map((row) => ({ status: 'equal', cells: cells(row) })) };
}
