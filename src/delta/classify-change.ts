/**
 * Building one `ClauseChange` from aligned clauses: kind, word diff, counts, flags and summary.
 * @module
 */
import type { BlockDelta, ChangeKind, ClauseChange, ClausePiece } from '../model/delta.js';
import type { Clause } from '../model/document.js';
import { normaliseText } from '../model/text.js';
import { diffBlocks, wholeBlocks } from './block-diff.js';
import { countChangedWords } from './word-diff.js';
import { diceSimilarity, similarityTokens } from './words.js';

/** What classification needs to know besides the clauses. */
export interface ClassifyContext {
  /** Old clause id -> its single new id, for clauses that kept one identity (for consequential updates). */
  renumbering: ReadonlyMap<string, string>;
  /** Old section number -> new section number. */
  sectionMap: ReadonlyMap<string, string>;
}

const CLAUSE_ID_IN_TEXT = /\b\d+(?:\.\d+)+[A-Z]{0,3}\b/g;
const SECTION_IN_TEXT = /\b(Sections?\s+)(\d+)\b/g;

/**
 * The old text with its cross-references rewritten as the renumbering says: when this equals the
 * new text, the only change is references that followed their targets.
 * @param text Old clause text.
 * @param context Renumbering.
 * @returns The text with references mapped.
 */
export function followRenumbering(text: string, context: ClassifyContext): string {
  return text
    .replace(CLAUSE_ID_IN_TEXT, (id) => context.renumbering.get(id) ?? id)
    .replace(SECTION_IN_TEXT, (all, word: string, number: string) => `${word}${context.sectionMap.get(number) ?? number}`);
}

function blockWords(blocks: readonly BlockDelta[]): { added: number; removed: number } {
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

/**
 * A clause in the new version only.
 * @param clause The clause.
 * @returns The change.
 */
export function insertedChange(clause: Clause): ClauseChange {
  const blocks = wholeBlocks(clause.blocks, 'inserted');
  const { added } = blockWords(blocks);
  return change('inserted', [], [clause.id], { old: null, new: clause.section }, { substantive: true, consequential: false, amended: false, similarity: 0, added, removed: 0 }, `Inserted ${clause.id} (${added} words)`, [{ oldId: null, newId: clause.id, blocks }]);
}

/**
 * A clause in the old version only.
 * @param clause The clause.
 * @returns The change.
 */
export function deletedChange(clause: Clause): ClauseChange {
  const blocks = wholeBlocks(clause.blocks, 'deleted');
  const { removed } = blockWords(blocks);
  return change('deleted', [clause.id], [], { old: clause.section, new: null }, { substantive: true, consequential: false, amended: false, similarity: 0, added: 0, removed }, `Deleted ${clause.id} (${removed} words)`, [{ oldId: clause.id, newId: null, blocks }]);
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
  const blocks = diffBlocks(oldClause.blocks, newClause.blocks);
  const { added, removed } = blockWords(blocks);
  const sameWords = oldClause.fingerprint === newClause.fingerprint;
  const consequential = !sameWords && normaliseText(followRenumbering(oldClause.text, context)) === normaliseText(newClause.text);
  const substantive = !sameWords && !consequential;
  const renumbered = oldClause.id !== newClause.id;
  const kind: ChangeKind = moved ? 'moved' : renumbered ? 'renumbered' : sameWords ? 'unchanged' : 'amended';
  const detail = consequential ? 'cross-references follow renumbering' : sameWords ? '' : words(added, removed);
  let summary: string;
  switch (kind) {
    case 'moved':
      summary = `Moved ${oldClause.id} → ${newClause.id}${detail ? `; ${detail}` : ''}`;
      break;
    case 'renumbered':
      summary = `Renumbered ${oldClause.id} → ${newClause.id}${detail ? `; ${detail}` : ''}`;
      break;
    case 'amended':
      summary = consequential ? 'Consequential: cross-references follow renumbering' : `Amended: ${detail}`;
      break;
    default:
      summary = 'Unchanged';
  }
  return change(kind, [oldClause.id], [newClause.id], { old: sectionOf(oldClause), new: sectionOf(newClause) }, { substantive, consequential, amended: !sameWords, similarity: sameWords ? 1 : similarity, added, removed }, summary, [{ oldId: oldClause.id, newId: newClause.id, blocks }]);
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
        ? { oldId: one.id, newId: clause.id, blocks: diffBlocks(one.blocks, clause.blocks) }
        : { oldId: clause.id, newId: one.id, blocks: diffBlocks(clause.blocks, one.blocks) };
    }
    return kind === 'split' ? { oldId: null, newId: clause.id, blocks: wholeBlocks(clause.blocks, 'inserted') } : { oldId: clause.id, newId: null, blocks: wholeBlocks(clause.blocks, 'deleted') };
  });
  const firstOld = kind === 'split' ? one : continuing;
  const firstNew = kind === 'split' ? continuing : one;
  const blocks = pieces.flatMap((piece) => piece.blocks);
  const { added, removed } = blockWords(blocks);
  const oldText = oldClauses.map((clause) => clause.text).join(' ');
  const newText = newClauses.map((clause) => clause.text).join(' ');
  const sameWords = normaliseText(oldText) === normaliseText(newText);
  const consequential = !sameWords && normaliseText(followRenumbering(oldText, context)) === normaliseText(newText);
  const oldIds = oldClauses.map((clause) => clause.id);
  const newIds = newClauses.map((clause) => clause.id);
  const summary = `${kind === 'split' ? 'Split' : 'Merged'} ${oldIds.join(', ')} → ${newIds.join(', ')}${sameWords ? '' : `; ${words(added, removed)}`}`;
  const similarity = sameWords ? 1 : diceSimilarity(similarityTokens(oldText), similarityTokens(newText));
  return change(kind, oldIds, newIds, { old: firstOld.section, new: firstNew.section }, { substantive: !sameWords && !consequential, consequential, amended: !sameWords, similarity, added, removed }, summary, pieces);
}

function change(
  kind: ChangeKind,
  oldIds: string[],
  newIds: string[],
  sections: ClauseChange['sections'],
  flags: { substantive: boolean; consequential: boolean; amended: boolean; similarity: number; added: number; removed: number },
  summary: string,
  pieces: ClausePiece[],
): ClauseChange {
  return {
    kind,
    oldIds,
    newIds,
    sections,
    substantive: flags.substantive,
    consequential: flags.consequential,
    amended: flags.amended,
    similarity: Math.round(flags.similarity * 1000) / 1000,
    wordsAdded: flags.added,
    wordsRemoved: flags.removed,
    summary,
    blocks: pieces.flatMap((piece) => piece.blocks),
    pieces,
  };
}
