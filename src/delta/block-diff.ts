/**
 * The blocks of a clause (paragraphs, sub-paragraphs, items, tables) compared between versions:
 * aligned by their text, then diffed word by word (tables row by row).
 * @module
 */
import { diffArrays } from 'diff';
import type { BlockDelta, Granularity, TextBlockDelta } from '../model/delta.js';
import type { Block } from '../model/document.js';
import { normaliseText } from '../model/text.js';
import { diffTables } from './table-diff.js';
import { wholeText, wordDiff } from './word-diff.js';
import { diceSimilarity, similarityTokens } from './words.js';

type TextBlock = Exclude<Block, { kind: 'table' }>;

/**
 * The text a redline shows for a text block: a sub-paragraph's label, a space, its text.
 * @param block A paragraph, sub-paragraph or item.
 * @returns Its text.
 */
export function textBlockText(block: TextBlock): string {
  return block.kind === 'subparagraph' ? `${block.label} ${block.text}` : block.text;
}

function blockKey(block: Block): string {
  if (block.kind === 'table') return `table\u0000${[block.header, ...block.rows].map((row) => row.map(normaliseText).join('\u0001')).join('\u0000')}`;
  return `text\u0000${normaliseText(block.text)}`;
}

/**
 * Compare two lists of blocks. Equal blocks (same normalised text) pair up; a run of removed blocks
 * beside a run of added ones pairs position by position when the kinds agree (text with text, table
 * with table) and shows as `changed`.
 * @param oldBlocks Blocks in the old version.
 * @param newBlocks Blocks in the new version.
 * @param granularity Word diff granularity (default `word`).
 * @returns Block deltas in new order, deleted blocks where they stood.
 */
export function diffBlocks(oldBlocks: readonly Block[], newBlocks: readonly Block[], granularity: Granularity = 'word'): BlockDelta[] {
  const pairBlocks = (before: Block, after: Block): BlockDelta => pairBlocksAt(before, after, granularity);
  const out: BlockDelta[] = [];
  let oldIndex = 0;
  let newIndex = 0;
  let removed: Block[] = [];
  let added: Block[] = [];
  const flush = (): void => {
    // Each removed block pairs with the next added block like it (a table with a table, a text with a similar
    // text); added blocks passed over are inserted, a removed block with no partner is deleted.
    let next = 0;
    for (const before of removed) {
      let partner = -1;
      for (let index = next; index < added.length && partner === -1; index++) {
        const after = added[index];
        if (after && alike(before, after)) partner = index;
      }
      if (partner === -1) {
        out.push(singleBlock(before, 'deleted'));
        continue;
      }
      for (; next < partner; next++) out.push(singleBlock(added[next] as Block, 'inserted'));
      out.push(pairBlocks(before, added[partner] as Block));
      next = partner + 1;
    }
    for (; next < added.length; next++) out.push(singleBlock(added[next] as Block, 'inserted'));
    removed = [];
    added = [];
  };
  // Most clauses keep every block as written: pair them in order without normalising their text.
  if (oldBlocks.length === newBlocks.length && oldBlocks.every((block, index) => sameAsWritten(block, newBlocks[index] as Block))) {
    return oldBlocks.map((block, index) => pairBlocks(block, newBlocks[index] as Block));
  }
  const oldKeys = oldBlocks.map(blockKey);
  const newKeys = newBlocks.map(blockKey);
  // Most clauses keep every block: pair them in order without running the array diff.
  if (oldKeys.length === newKeys.length && oldKeys.every((key, index) => key === newKeys[index])) {
    return oldBlocks.map((block, index) => pairBlocks(block, newBlocks[index] as Block));
  }
  for (const change of diffArrays(oldKeys, newKeys)) {
    const count = change.value.length;
    if (change.removed) for (let i = 0; i < count; i++) removed.push(oldBlocks[oldIndex++] as Block);
    else if (change.added) for (let i = 0; i < count; i++) added.push(newBlocks[newIndex++] as Block);
    else {
      flush();
      for (let i = 0; i < count; i++) out.push(pairBlocks(oldBlocks[oldIndex++] as Block, newBlocks[newIndex++] as Block));
    }
  }
  flush();
  return out;
}

/** Smallest word similarity (numbers ignored) for a changed text block to be shown as the same block reworded. */
const PAIR_THRESHOLD = 0.4;

/** Whether a removed and an added block are one block changed: both tables, or two similar texts. */
function alike(a: Block, b: Block): boolean {
  if (a.kind === 'table' || b.kind === 'table') return a.kind === 'table' && b.kind === 'table';
  return diceSimilarity(similarityTokens(textBlockText(a)), similarityTokens(textBlockText(b))) >= PAIR_THRESHOLD;
}

/** Whether two blocks have the same text as written, so their keys (`blockKey`) are equal too. */
function sameAsWritten(a: Block, b: Block): boolean {
  if (a.kind === 'table' || b.kind === 'table') {
    if (a.kind !== 'table' || b.kind !== 'table' || a.rows.length !== b.rows.length) return false;
    return sameCells(a.header, b.header) && a.rows.every((row, index) => sameCells(row, b.rows[index] ?? []));
  }
  return a.text === b.text;
}

function sameCells(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((cell, index) => cell === b[index]);
}

/**
 * Block deltas for blocks that exist on one side only.
 * @param blocks The blocks.
 * @param status `inserted` (new only) or `deleted` (old only).
 * @returns One delta per block.
 */
export function wholeBlocks(blocks: readonly Block[], status: 'inserted' | 'deleted'): BlockDelta[] {
  return blocks.map((block) => singleBlock(block, status));
}

function pairBlocksAt(before: Block, after: Block, granularity: Granularity): BlockDelta {
  if (before.kind === 'table' || after.kind === 'table') {
    return diffTables(before.kind === 'table' ? before : undefined, after.kind === 'table' ? after : undefined, granularity);
  }
  const parts = wordDiff(textBlockText(before), textBlockText(after), granularity);
  const same = parts.every((part) => part.op === 'equal') && sameShape(before, after);
  return { kind: 'text', status: same ? 'equal' : 'changed', old: before, new: after, parts };
}

function sameShape(a: TextBlock, b: TextBlock): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'subparagraph' && b.kind === 'subparagraph') return a.level === b.level;
  if (a.kind === 'item' && b.kind === 'item') return a.level === b.level && a.ordered === b.ordered;
  return true;
}

function singleBlock(block: Block, status: 'inserted' | 'deleted'): BlockDelta {
  if (block.kind === 'table') return status === 'inserted' ? diffTables(undefined, block) : diffTables(block, undefined);
  const delta: TextBlockDelta = { kind: 'text', status, parts: wholeText(textBlockText(block), status === 'inserted' ? 'insert' : 'delete') };
  if (status === 'inserted') delta.new = block;
  else delta.old = block;
  return delta;
}
