/**
 * Building one `ClauseChange` from aligned clauses: kind, word diff, counts, flags and summary.
 * @module
 */
import type { BlockDelta, ChangeKind, ClauseChange, ClausePiece, Granularity } from '../model/delta.js';
import type { Block, Clause } from '../model/document.js';
import { diffBlocks, wholeBlocks } from './block-diff.js';
import { decideTextChange, type Verdict } from './significance/decide.js';
import type { ReferenceContext } from './significance/references.js';
import { countChangedWords } from './word-diff.js';
import { diceSimilarity, similarityTokens } from './words.js';

/** What classification needs to know besides the clauses. */
export interface ClassifyContext extends ReferenceContext {
  /** Diff granularity. */
  granularity: Granularity;
}

/**
 * Words added and removed in compared blocks (table cells included).
 * @param blocks The blocks.
 * @returns The counts.
 */
export function blockWords(blocks: readonly BlockDelta[]): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  const add = (counts: { added: number; removed: number }): void => {
    added += counts.added;
    removed += counts.removed;
  };
  for (const block of blocks) {
    if (block.kind === 'text') add(countChangedWords(block.parts));
    else {
      for (const cell of block.header) add(countChangedWords(cell.parts));
      for (const row of block.rows) for (const cell of row.cells) add(countChangedWords(cell.parts));
    }
  }
  return { added, removed };
}

function sectionOf(clause: Clause | undefined): string | null {
  return clause ? clause.section : null;
}

function words(added: number, removed: number): string {
  return `${added} word${added === 1 ? '' : 's'} added, ${removed} removed`;
}

/** Whether two block lists have the same table formatting (column alignment); text is compared elsewhere. */
function sameFormatting(a: readonly Block[], b: readonly Block[]): boolean {
  const aligns = (blocks: readonly Block[]): string => JSON.stringify(blocks.map((block) => (block.kind === 'table' ? block.align : null)));
  return !a.some((block) => block.kind === 'table') || aligns(a) === aligns(b);
}

/**
 * The verdict on one old text that became one new text (several clauses joined for a split or merge).
 * @param sides Texts, ids and blocks of both sides.
 * @param sides.oldText Old text.
 * @param sides.newText New text.
 * @param sides.oldBlocks Old blocks (for table formatting).
 * @param sides.newBlocks New blocks.
 * @param sides.selfIds Old ids of the clause and its section (for self-references).
 * @param kind The change kind (decides the rule when the words are the same).
 * @param context Renumbering and renames.
 * @param counts Words added and removed.
 * @returns The verdict.
 */
function verdictOf(
  sides: { oldText: string; newText: string; oldBlocks: readonly Block[]; newBlocks: readonly Block[]; selfIds: readonly string[] },
  kind: ChangeKind,
  context: ClassifyContext,
  counts: { added: number; removed: number },
): Verdict {
  if (sides.oldText !== sides.newText) return decideTextChange(sides, context, counts);
  if (!sameFormatting(sides.oldBlocks, sides.newBlocks)) return { significance: 'editorial', reason: { rule: 'table-formatting', text: 'Only the formatting of a table changed (column alignment).' } };
  switch (kind) {
    case 'moved':
      return { significance: 'editorial', reason: { rule: 'moved-same-words', text: 'Moved with the same words.' } };
    case 'split':
      return { significance: 'editorial', reason: { rule: 'split-same-words', text: 'Split into several clauses with the same words.' } };
    case 'merged':
      return { significance: 'editorial', reason: { rule: 'merged-same-words', text: 'Merged from several clauses with the same words.' } };
    case 'renumbered':
      return { significance: 'editorial', reason: { rule: 'number-only', text: 'Only the number changed; the words are the same.' } };
    default:
      return { significance: 'none', reason: { rule: 'unchanged', text: 'The text is the same.' } };
  }
}

/**
 * The words after a clause's new number or move in its summary: what else changed, by significance.
 * @param verdict The verdict.
 * @param counts Words added and removed.
 * @returns E.g. `cross-references follow renumbering`, `editorial: apostrophes`, `3 words added, 1 removed`, or ``.
 */
function detailOf(verdict: Verdict, counts: { added: number; removed: number }): string {
  switch (verdict.reason.rule) {
    case 'unchanged':
    case 'number-only':
    case 'moved-same-words':
    case 'split-same-words':
    case 'merged-same-words':
      return '';
    case 'cross-reference-renumbered':
      return 'cross-references follow renumbering';
    case 'self-reference':
      return 'references to itself follow its new number';
    case 'term-renamed':
      return 'renamed terms follow their new name';
    default:
      return verdict.significance === 'editorial' ? `editorial: ${verdict.reason.text.replace(/^Only /, '').replace(/\.$/, '')}` : words(counts.added, counts.removed);
  }
}

/**
 * A clause in the new version only.
 * @param clause The clause.
 * @returns The change.
 */
export function insertedChange(clause: Clause): ClauseChange {
  const blocks = wholeBlocks(clause.blocks, 'inserted');
  const { added } = blockWords(blocks);
  const verdict: Verdict = { significance: 'substantive', reason: { rule: 'clause-inserted', text: 'A new clause.' } };
  return change('inserted', [], [clause.id], { old: null, new: clause.section }, verdict, { amended: false, similarity: 0, added, removed: 0 }, `Inserted ${clause.id} (${added} words)`, [{ oldId: null, newId: clause.id, blocks }]);
}

/**
 * A clause in the old version only.
 * @param clause The clause.
 * @returns The change.
 */
export function deletedChange(clause: Clause): ClauseChange {
  const blocks = wholeBlocks(clause.blocks, 'deleted');
  const { removed } = blockWords(blocks);
  const verdict: Verdict = { significance: 'substantive', reason: { rule: 'clause-deleted', text: 'The clause was deleted.' } };
  return change('deleted', [clause.id], [], { old: clause.section, new: null }, verdict, { amended: false, similarity: 0, added: 0, removed }, `Deleted ${clause.id} (${removed} words)`, [{ oldId: clause.id, newId: null, blocks }]);
}

/**
 * One old clause that became one new clause.
 * @param oldClause The old clause.
 * @param newClause The new clause.
 * @param moved Whether it moved (out of order, or to another section).
 * @param similarity Similarity from the alignment.
 * @param context Renumbering, for consequential updates.
 * @returns The change.
 */
export function pairedChange(oldClause: Clause, newClause: Clause, moved: boolean, similarity: number, context: ClassifyContext): ClauseChange {
  const blocks = diffBlocks(oldClause.blocks, newClause.blocks, context.granularity);
  const counts = blockWords(blocks);
  const sameText = oldClause.text === newClause.text && sameFormatting(oldClause.blocks, newClause.blocks);
  const renumbered = oldClause.id !== newClause.id;
  const kind: ChangeKind = moved ? 'moved' : renumbered ? 'renumbered' : sameText ? 'unchanged' : 'amended';
  const verdict = verdictOf({ oldText: oldClause.text, newText: newClause.text, oldBlocks: oldClause.blocks, newBlocks: newClause.blocks, selfIds: [oldClause.id, oldClause.section] }, kind, context, counts);
  const detail = detailOf(verdict, counts);
  let summary: string;
  switch (kind) {
    case 'moved':
      summary = `Moved ${oldClause.id} → ${newClause.id}${detail ? `; ${detail}` : ''}`;
      break;
    case 'renumbered':
      summary = `Renumbered ${oldClause.id} → ${newClause.id}${detail ? `; ${detail}` : ''}`;
      break;
    case 'amended':
      summary = verdict.significance === 'substantive' ? `Amended: ${detail}` : `${verdict.significance === 'consequential' ? 'Consequential' : 'Editorial'}: ${detail.replace(/^editorial: /, '')}`;
      break;
    default:
      summary = 'Unchanged';
  }
  const pieces = [{ oldId: oldClause.id, newId: newClause.id, blocks }];
  return change(kind, [oldClause.id], [newClause.id], { old: sectionOf(oldClause), new: sectionOf(newClause) }, verdict, { amended: !sameText, similarity: sameText ? 1 : similarity, ...counts }, summary, pieces);
}

/**
 * One old clause that became several (split), or several that became one (merged).
 * @param kind `split` or `merged`.
 * @param oldClauses Old clauses (one for a split), in old order.
 * @param newClauses New clauses (one for a merge), in new order.
 * @param context Renumbering, for consequential updates.
 * @param main Index, among the several clauses, of the one that continues the single clause on the other side.
 * @returns The change.
 */
export function splitOrMergedChange(kind: 'split' | 'merged', oldClauses: readonly Clause[], newClauses: readonly Clause[], context: ClassifyContext, main = 0): ClauseChange {
  const many = kind === 'split' ? newClauses : oldClauses;
  const one = kind === 'split' ? oldClauses[0] : newClauses[0];
  const continuing = many[main];
  if (!one || !continuing) throw new Error('split or merge needs a clause on each side');
  const pieces: ClausePiece[] = many.map((clause, index): ClausePiece => {
    if (index === main) {
      return kind === 'split'
        ? { oldId: one.id, newId: clause.id, blocks: diffBlocks(one.blocks, clause.blocks, context.granularity) }
        : { oldId: clause.id, newId: one.id, blocks: diffBlocks(clause.blocks, one.blocks, context.granularity) };
    }
    return kind === 'split' ? { oldId: null, newId: clause.id, blocks: wholeBlocks(clause.blocks, 'inserted') } : { oldId: clause.id, newId: null, blocks: wholeBlocks(clause.blocks, 'deleted') };
  });
  const firstOld = kind === 'split' ? one : continuing;
  const firstNew = kind === 'split' ? continuing : one;
  const blocks = pieces.flatMap((piece) => piece.blocks);
  const counts = blockWords(blocks);
  // Joined with white space: a sentence that moved into the next clause reads the same.
  const oldText = oldClauses.map((clause) => clause.text).join(' ');
  const newText = newClauses.map((clause) => clause.text).join(' ');
  const oldBlocks = oldClauses.flatMap((clause) => clause.blocks);
  const newBlocks = newClauses.flatMap((clause) => clause.blocks);
  const sameWords = oldText.replace(/\s+/g, ' ').trim() === newText.replace(/\s+/g, ' ').trim();
  const verdict = verdictOf({ oldText: sameWords ? newText : oldText, newText, oldBlocks, newBlocks, selfIds: [...oldClauses.map((clause) => clause.id), firstOld.section] }, kind, context, counts);
  const oldIds = oldClauses.map((clause) => clause.id);
  const newIds = newClauses.map((clause) => clause.id);
  const detail = detailOf(verdict, counts);
  const summary = `${kind === 'split' ? 'Split' : 'Merged'} ${oldIds.join(', ')} → ${newIds.join(', ')}${detail ? `; ${detail}` : ''}`;
  const similarity = sameWords ? 1 : diceSimilarity(similarityTokens(oldText), similarityTokens(newText));
  return change(kind, oldIds, newIds, { old: firstOld.section, new: firstNew.section }, verdict, { amended: !sameWords, similarity, ...counts }, summary, pieces);
}

function change(
  kind: ChangeKind,
  oldIds: string[],
  newIds: string[],
  sections: ClauseChange['sections'],
  verdict: Verdict,
  flags: { amended: boolean; similarity: number; added: number; removed: number },
  summary: string,
  pieces: ClausePiece[],
): ClauseChange {
  return {
    kind,
    oldIds,
    newIds,
    sections,
    substantive: verdict.significance === 'substantive',
    consequential: verdict.significance === 'consequential',
    amended: flags.amended,
    significance: verdict.significance,
    reason: verdict.reason,
    similarity: Math.round(flags.similarity * 1000) / 1000,
    wordsAdded: flags.added,
    wordsRemoved: flags.removed,
    summary,
    blocks: pieces.flatMap((piece) => piece.blocks),
    pieces,
  };
}
