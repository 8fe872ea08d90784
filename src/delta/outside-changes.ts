/**
 * Changes to text outside numbered clauses: the preamble, section headings, a section's own text and
 * definitions written as paragraphs. One change per heading changed (or inserted or deleted with its text) and
 * per block of section text changed; then blocks deleted in one place and inserted in another are one move, and
 * unnumbered text that became a clause word for word (or the reverse) is paired with that clause.
 * @module
 */
import type { BlockDelta, ClauseChange, Granularity, HeadingDelta, OutsideChange, TextBlockDelta } from '../model/delta.js';
import type { Block } from '../model/document.js';
import { normaliseText } from '../model/text.js';
import type { FlatHeading } from './align-headings.js';
import { diffBlocks, textBlockText } from './block-diff.js';
import { blockWords } from './classify-change.js';
import { decideTextChange, type Verdict } from './significance/decide.js';
import { normaliseEditorial } from './significance/editorial-rules.js';
import type { ReferenceContext } from './significance/references.js';
import { wholeText, wordDiff } from './word-diff.js';
import { diceSimilarity, similarityTokens } from './words.js';

/** An outside change with the texts it compares, for pairing moves and clauses (not part of the output). */
export interface OutsideItem {
  /** The change. */
  change: OutsideChange;
  /** Old text of a block-level change (`null`: none, or a heading-level change). */
  oldText: string | null;
  /** New text of a block-level change. */
  newText: string | null;
}

/** What describing outside changes needs. */
export interface OutsideContext {
  /** Renumbering and renames, for consequential changes. */
  references: ReferenceContext;
  /** Whether a heading (by side and index) is part of the preamble: unnumbered, before any numbered section. */
  preamble(side: 'old' | 'new', index: number): boolean;
  /** Diff granularity. */
  granularity: Granularity;
}

/** A definition written as a paragraph: `"Term" means ...`, `“Term” (or “Other”) is ...`. */
const DEFINITION = /^["“”]([^"“”]{1,80})["“”](?:\s+or\s+["“”][^"“”]{1,80}["“”])?(?:\s+\([^)]*\))?\s+(?:means?|is|are|shall mean|has the meaning|refers to)\b/;

/**
 * The term a paragraph defines, when it is written as a definition.
 * @param text The paragraph's text.
 * @returns The term, or `undefined`.
 */
export function definedTerm(text: string): string | undefined {
  return DEFINITION.exec(text.trim())?.[1]?.trim();
}

function blockText(block: Block): string {
  return block.kind === 'table' ? [block.header, ...block.rows].map((row) => row.join(' | ')).join('\n') : textBlockText(block);
}

function sideBlock(delta: BlockDelta, side: 'old' | 'new'): Block | undefined {
  return side === 'old' ? delta.old : delta.new;
}

function label(heading: FlatHeading | undefined): string {
  if (!heading) return 'the document';
  return heading.section.number !== null ? `Section ${heading.section.number}` : `“${heading.section.title}”`;
}

function countWordsText(added: number, removed: number): string {
  return `${added} word${added === 1 ? '' : 's'} added, ${removed} removed`;
}

/** The words of a verdict in a summary: `3 words added, 1 removed`, `consequential: references follow renumbering`, `editorial: apostrophes`. */
function detail(verdict: Verdict, counts: { added: number; removed: number }): string {
  if (verdict.significance === 'substantive') return countWordsText(counts.added, counts.removed);
  return `${verdict.significance}: ${verdict.reason.text.replace(/^Only /, '').replace(/\.$/, '')}`;
}

/**
 * The changes outside clauses under one heading: the heading itself, and each block of its own text.
 * @param old The heading in the old version (absent: inserted).
 * @param current The heading in the new version (absent: deleted).
 * @param heading The heading compared (as in the outline).
 * @param context Renumbering, preamble, granularity.
 * @returns The changes, in reading order.
 */
export function outsideChangesOf(old: FlatHeading | undefined, current: FlatHeading | undefined, heading: HeadingDelta, context: OutsideContext): OutsideItem[] {
  const sections = { old: old?.section.key ?? null, new: current?.section.key ?? null };
  const items: OutsideItem[] = [];
  if (!old || !current) {
    const section = (current ?? old)?.section;
    const inserted = !old;
    const line = [section?.number ?? '', section?.title ?? ''].filter((part) => part !== '').join(' ');
    const titleBlock: TextBlockDelta = { kind: 'text', status: inserted ? 'inserted' : 'deleted', parts: wholeText(line, inserted ? 'insert' : 'delete') };
    if (section) titleBlock[inserted ? 'new' : 'old'] = { kind: 'paragraph', text: line, position: section.position };
    const blocks = [titleBlock, ...heading.blocks];
    const counts = blockWords(blocks);
    const name = `${label(current ?? old)}${section?.number !== null ? ` “${section?.title ?? ''}”` : ''}`;
    items.push({
      change: {
        kind: inserted ? 'inserted' : 'deleted',
        where: 'heading',
        sections,
        significance: 'substantive',
        reason: inserted ? { rule: 'text-inserted', text: 'A new heading, with its text.' } : { rule: 'text-deleted', text: 'The heading was deleted, with its text.' },
        summary: `${name} ${inserted ? `inserted (${counts.added} words)` : `deleted (${counts.removed} words)`}`,
        wordsAdded: counts.added,
        wordsRemoved: counts.removed,
        blocks,
      },
      oldText: null,
      newText: null,
    });
    return items;
  }
  const before = old.section;
  const after = current.section;
  const preamble = context.preamble('old', old.index) && context.preamble('new', current.index);
  if (before.title !== after.title || before.number !== after.number) {
    // The heading as one line, number and title, so that its redline shows a new number too.
    const full = (section: typeof before): string => [section.number ?? '', section.title].filter((part) => part !== '').join(' ');
    const parts = wordDiff(full(before), full(after), context.granularity);
    const block: TextBlockDelta = { kind: 'text', status: 'changed', old: { kind: 'paragraph', text: full(before), position: before.position }, new: { kind: 'paragraph', text: full(after), position: after.position }, parts };
    const counts = blockWords([block]);
    const verdict: Verdict =
      before.title === after.title
        ? { significance: 'editorial', reason: { rule: 'number-only', text: `Only the number changed (${before.number ?? '—'} → ${after.number ?? '—'}).` } }
        : decideTextChange({ oldText: before.title, newText: after.title, selfIds: before.number === null ? [] : [before.number] }, context.references, counts);
    const summary = before.title === after.title ? `Section ${before.number ?? '—'} → ${after.number ?? '—'} renumbered (“${after.title}”)` : `Heading ${label(current)} amended: ${detail(verdict, counts)}`;
    items.push({ change: { kind: 'amended', where: 'heading', sections, ...verdict, summary, wordsAdded: counts.added, wordsRemoved: counts.removed, blocks: [block] }, oldText: null, newText: null });
  }
  for (const block of heading.blocks) {
    if (block.status === 'equal') continue;
    const oldBlock = sideBlock(block, 'old');
    const newBlock = sideBlock(block, 'new');
    const oldText = oldBlock ? blockText(oldBlock) : null;
    const newText = newBlock ? blockText(newBlock) : null;
    const term = definedTerm(newText ?? oldText ?? '');
    const where: OutsideChange['where'] = preamble ? 'preamble' : term !== undefined ? 'definition' : 'section-text';
    const place = where === 'preamble' ? 'Preamble' : where === 'definition' ? `Definition “${term ?? ''}”` : `${label(current)} text`;
    const counts = blockWords([block]);
    let kind: OutsideChange['kind'];
    let verdict: Verdict;
    if (oldText !== null && newText !== null) {
      kind = 'amended';
      verdict = decideTextChange({ oldText, newText, selfIds: before.number === null ? [] : [before.number] }, context.references, counts);
    } else if (newText !== null) {
      kind = 'inserted';
      verdict = { significance: 'substantive', reason: { rule: 'text-inserted', text: 'New text outside the numbered clauses.' } };
    } else {
      kind = 'deleted';
      verdict = { significance: 'substantive', reason: { rule: 'text-deleted', text: 'Text outside the numbered clauses was deleted.' } };
    }
    const summary = kind === 'amended' ? `${place} amended: ${detail(verdict, counts)}` : kind === 'inserted' ? `${place} inserted (${counts.added} words)` : `${place} deleted (${counts.removed} words)`;
    const change: OutsideChange = { kind, where, sections, ...(term !== undefined ? { term } : {}), ...verdict, summary, wordsAdded: counts.added, wordsRemoved: counts.removed, blocks: [block] };
    items.push({ change, oldText, newText });
  }
  return items;
}

/** What pairing needs of the clause changes. */
export interface PairingInput {
  /** The clause changes (inserted and deleted ones are paired with unnumbered text). */
  changes: ClauseChange[];
  /** Text of each inserted clause (by change index) and of each deleted one. */
  clauseText: ReadonlyMap<number, string>;
  /** Similarity above which two different blocks are one block moved. */
  moveThreshold: number;
  /** Renumbering and renames. */
  references: ReferenceContext;
  /** Diff granularity. */
  granularity: Granularity;
}

/** Deleted blocks scored as the old place of an inserted block whose words are not found as they are. */
const MOVE_CANDIDATES = 32;

/** Largest number of neighbouring blocks paired with one clause. */
const MAX_RUN = 12;

const key = (text: string): string => normaliseEditorial(normaliseText(text), ['quote-style', 'apostrophe', 'dash', 'white-space', 'emphasis']);

/**
 * Pair outside changes: a block deleted in one place and inserted in another is one `moved` change (at its new
 * place); a deleted block with the words of an inserted clause `became-clause`, an inserted block with the words
 * of a deleted clause `was-clause` (the clause change then says so: editorial, `was-unnumbered-text` or
 * `became-unnumbered-text`).
 * @param items The outside changes in reading order.
 * @param input The clause changes and thresholds.
 * @returns The outside changes, paired, in reading order; `input.changes` is updated in place for paired clauses.
 */
export function pairOutside(items: readonly OutsideItem[], input: PairingInput): OutsideChange[] {
  const removed = new Set<OutsideItem>();
  const replaced = new Map<OutsideItem, OutsideChange>();
  // Unnumbered text <-> clause, word for word.
  const clauseByText = new Map<string, number[]>();
  for (const [index, text] of input.clauseText) {
    const list = clauseByText.get(key(text)) ?? [];
    list.push(index);
    clauseByText.set(key(text), list);
  }
  const takeClause = (text: string, kind: 'inserted' | 'deleted'): number | undefined => {
    const list = clauseByText.get(key(text)) ?? [];
    const at = list.findIndex((index) => input.changes[index]?.kind === kind);
    if (at === -1) return undefined;
    const [index] = list.splice(at, 1);
    return index;
  };
  const textOf = (item: OutsideItem | undefined, kind: 'inserted' | 'deleted'): string | null => {
    if (!item || item.change.kind !== kind || item.change.where === 'heading') return null;
    return kind === 'deleted' ? item.oldText : item.newText;
  };
  for (let at = 0; at < items.length; at++) {
    const item = items[at];
    if (!item || removed.has(item)) continue;
    const { change } = item;
    if (change.kind !== 'deleted' && change.kind !== 'inserted') continue;
    // A run of neighbouring blocks of one section (a paragraph and its sub-paragraphs) may be one clause.
    let index: number | undefined;
    let run = 0;
    const texts: string[] = [];
    for (let k = 0; k < MAX_RUN && index === undefined; k++) {
      const next = items[at + k];
      const text = textOf(next, change.kind);
      if (text === null || next?.change.sections.old !== change.sections.old || next.change.sections.new !== change.sections.new) break;
      texts.push(text);
      index = takeClause(texts.join('\n'), change.kind === 'deleted' ? 'inserted' : 'deleted');
      run = k + 1;
    }
    const clause = index === undefined ? undefined : input.changes[index];
    if (index === undefined || !clause) continue;
    const rest = items.slice(at + 1, at + run);
    for (const other of rest) removed.add(other);
    if (rest.length > 0) {
      const blocks = [change.blocks, ...rest.map((other) => other.change.blocks)].flat();
      const counts = blockWords(blocks);
      item.change.blocks = blocks;
      item.change.wordsAdded = counts.added;
      item.change.wordsRemoved = counts.removed;
    }
    const id = clause.kind === 'inserted' ? (clause.newIds[0] ?? '') : (clause.oldIds[0] ?? '');
    const became = change.kind === 'deleted';
    replaced.set(item, {
      ...change,
      kind: became ? 'became-clause' : 'was-clause',
      clauseId: id,
      significance: 'editorial',
      reason: became ? { rule: 'was-unnumbered-text', text: `The same words are now clause ${id}.` } : { rule: 'became-unnumbered-text', text: `The same words were clause ${id}.` },
      summary: became ? `${change.summary.replace(/ deleted \(.*$/, '')} became clause ${id}, word for word` : `${change.summary.replace(/ inserted \(.*$/, '')} was clause ${id}, word for word`,
    });
    const where = change.where === 'preamble' ? 'the preamble' : `Section ${change.sections.old ?? change.sections.new ?? ''}`;
    input.changes[index] = {
      ...clause,
      significance: 'editorial',
      substantive: false,
      consequential: false,
      reason: became ? { rule: 'was-unnumbered-text', text: `The same words were unnumbered text in ${where}; only the number is new.` } : { rule: 'became-unnumbered-text', text: `The same words are now unnumbered text in ${where}; only the number is gone.` },
      summary: became ? `Numbered ${id}: was unnumbered text in ${where}, word for word` : `Unnumbered ${id}: now unnumbered text in ${where}, word for word`,
    };
  }
  // Moves: a block deleted in one place and inserted in another.
  // The same words are found by key; similar words only among the nearest deleted blocks (bounded work per block).
  const deleted = items.filter((item) => item.change.kind === 'deleted' && item.oldText !== null && !replaced.has(item) && !removed.has(item));
  const deletedByKey = new Map<string, OutsideItem[]>();
  for (const item of deleted) {
    const list = deletedByKey.get(key(item.oldText ?? '')) ?? [];
    list.push(item);
    deletedByKey.set(key(item.oldText ?? ''), list);
  }
  const position = new Map(items.map((item, index) => [item, index]));
  for (const item of items) {
    if (item.change.kind !== 'inserted' || item.newText === null || replaced.has(item) || removed.has(item)) continue;
    const newText = item.newText;
    const here = position.get(item) ?? 0;
    const exact = (deletedByKey.get(key(newText)) ?? []).filter((candidate) => !removed.has(candidate));
    let low = 0;
    let high = deleted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      // `middle` is within 0 .. deleted.length - 1, so the item exists.
      if ((position.get(deleted[middle] as OutsideItem) ?? 0) < here) low = middle + 1;
      else high = middle;
    }
    const near = exact.length > 0 ? exact : deleted.slice(Math.max(0, low - MOVE_CANDIDATES / 2), low + MOVE_CANDIDATES / 2);
    let best: OutsideItem | undefined;
    let bestScore = 0;
    for (const candidate of near) {
      if (removed.has(candidate) || candidate.oldText === null) continue;
      const score = key(candidate.oldText) === key(newText) ? 1 : diceSimilarity(similarityTokens(candidate.oldText), similarityTokens(newText));
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    if (!best || best.oldText === null || bestScore < Math.max(0.8, input.moveThreshold)) continue;
    removed.add(best);
    const oldBlock = best.change.blocks[0]?.old;
    const newBlock = item.change.blocks[0]?.new;
    const blocks = oldBlock && newBlock ? diffBlocks([oldBlock], [newBlock], input.granularity) : item.change.blocks;
    const counts = blockWords(blocks);
    const same = best.oldText === newText;
    const verdict: Verdict = same ? { significance: 'editorial', reason: { rule: 'moved-same-words', text: 'Moved with the same words.' } } : decideTextChange({ oldText: best.oldText, newText, selfIds: [] }, input.references, counts);
    const from = best.change.sections.old ?? 'the preamble';
    replaced.set(item, {
      ...item.change,
      kind: 'moved',
      sections: { old: best.change.sections.old, new: item.change.sections.new },
      ...verdict,
      summary: `${item.change.summary.replace(/ inserted \(.*$/, '')} moved from ${from === 'the preamble' ? from : `Section ${from}`}${same ? '' : `; ${verdict.significance === 'substantive' ? countWordsText(counts.added, counts.removed) : verdict.significance}`}`,
      wordsAdded: counts.added,
      wordsRemoved: counts.removed,
      blocks,
    });
  }
  return items.filter((item) => !removed.has(item)).map((item) => replaced.get(item) ?? item.change);
}
