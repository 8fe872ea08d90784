/**
 * Clause alignment: which clause of the old version became which clause of the new one.
 *
 * Passes, each only over the clauses still unmatched, so the cost grows with the document:
 * 1. same fingerprint (same words; a renumbered clause keeps its fingerprint), preferring the same id;
 * 2. same words once every number is masked (a cross-reference that followed a renumbering);
 * 3. similar words (numbers ignored) among a bounded set of candidates: the old clause with the same id, the
 *    ones beside the old clause of a matched neighbour (these need less similarity and win ties: an amended
 *    clause in a renumbered run), and the best few drawn from an index of rare words.
 * Then splits and merges: a matched clause whose new (old) text continues into unmatched neighbours.
 * Moves: matched pairs that break the order of the others (outside a longest increasing run), or that
 * now sit in another section than the one their old section became.
 * @module
 */
import type { Clause } from '../model/document.js';
import { fingerprint } from '../model/text.js';
import { diceSimilarity, maskNumbers, similarityTokens } from './words.js';

/** Smallest similarity for a clause where this one would be (same id, or beside its matched neighbour's old clause) to be the same clause amended. */
const SAME_ID_THRESHOLD = 0.3;
/** Smallest similarity for two clauses with different ids to be the same clause. */
const SIMILAR_THRESHOLD = 0.5;
/** Rare words looked up per unmatched clause, clauses kept per word, candidates scored. */
const RARE_WORDS = 8;
const POSTING_CAP = 64;
const CANDIDATES = 6;
/** Largest number of neighbours a split or merge takes in. */
const MAX_PIECES = 6;

/** The result of aligning two clause lists. */
export interface ClauseAlignment {
  /** For each new clause, the index of its old clause, or -1. */
  newToOld: number[];
  /** For each old clause, the index of its new clause, or -1. */
  oldToNew: number[];
  /** Split: new index of the continuing clause -> indexes of the other new clauses it became (after or before it). */
  splits: Map<number, number[]>;
  /** Merge: old index of the continuing clause -> indexes of the other old clauses merged into it (after or before it). */
  merges: Map<number, number[]>;
  /** New indexes of moved clauses. */
  moved: Set<number>;
  /** Similarity (numbers ignored) of each matched new clause with its old clause. */
  similarity: number[];
}

/** Options of `alignClauses`. */
export interface AlignOptions {
  /** Smallest similarity for two clauses with different ids, found elsewhere, to be the same clause (default 0.5). */
  moveThreshold?: number;
  /** Old id -> new id pairs matched before any other pass (both ids must exist). */
  seed?: ReadonlyMap<string, string>;
}

/**
 * Align the clauses of two versions.
 * @param oldClauses Clauses of the old version, in document order.
 * @param newClauses Clauses of the new version, in document order.
 * @param sectionMap Old section number -> new section number, for sections matched by their headings.
 * @param options Move threshold and seed.
 * @returns The alignment.
 */
export function alignClauses(oldClauses: readonly Clause[], newClauses: readonly Clause[], sectionMap: ReadonlyMap<string, string>, options: AlignOptions = {}): ClauseAlignment {
  const newToOld = newClauses.map(() => -1);
  const oldToNew = oldClauses.map(() => -1);
  const similarity = newClauses.map(() => 0);
  const oldTokens = new Map<number, string[]>();
  const newTokens = new Map<number, string[]>();
  const tokensOf = (side: 'old' | 'new', index: number): string[] => {
    const cache = side === 'old' ? oldTokens : newTokens;
    let tokens = cache.get(index);
    if (!tokens) {
      tokens = similarityTokens((side === 'old' ? oldClauses : newClauses)[index]?.text ?? '');
      cache.set(index, tokens);
    }
    return tokens;
  };
  const link = (oldIndex: number, newIndex: number, score: number): void => {
    newToOld[newIndex] = oldIndex;
    oldToNew[oldIndex] = newIndex;
    similarity[newIndex] = score;
  };

  if (options.seed) {
    const newById = new Map<string, number>();
    newClauses.forEach((clause, index) => {
      if (!newById.has(clause.id)) newById.set(clause.id, index);
    });
    oldClauses.forEach((clause, oldIndex) => {
      const newIndex = newById.get(options.seed?.get(clause.id) ?? '');
      if (newIndex === undefined || newToOld[newIndex] !== -1 || oldToNew[oldIndex] !== -1) return;
      const newClause = newClauses[newIndex];
      link(oldIndex, newIndex, clause.fingerprint === newClause?.fingerprint ? 1 : diceSimilarity(tokensOf('old', oldIndex), tokensOf('new', newIndex)));
    });
  }
  matchByKey(oldClauses, newClauses, (clause) => clause.fingerprint, newToOld, oldToNew, (o, n) => link(o, n, 1));
  const masked = (clause: Clause): string => fingerprint(maskNumbers(clause.text));
  matchByKey(oldClauses, newClauses, masked, newToOld, oldToNew, (o, n) => link(o, n, 1));

  const oldById = new Map<string, number>();
  oldClauses.forEach((clause, index) => {
    if (!oldById.has(clause.id)) oldById.set(clause.id, index);
  });
  // Clauses that would sit where this one is (same id, or just after the old clause of its matched
  // neighbour) need less similarity than clauses found elsewhere, and win ties.
  const near = (newIndex: number): number[] => {
    const out: number[] = [];
    const sameId = oldById.get(newClauses[newIndex]?.id ?? '');
    if (sameId !== undefined) out.push(sameId);
    const before = newToOld[newIndex - 1];
    if (before !== undefined && before !== -1) out.push(before + 1);
    const after = newToOld[newIndex + 1];
    if (after !== undefined && after > 0) out.push(after - 1);
    return out.filter((index) => index < oldClauses.length && oldToNew[index] === -1);
  };

  matchBySimilarity(oldClauses.length, newClauses.length, tokensOf, near, newToOld, oldToNew, link, options.moveThreshold ?? SIMILAR_THRESHOLD);

  const { splits, merges } = findSplitsAndMerges(newToOld, oldToNew, tokensOf, similarity);
  const moved = findMoves(oldClauses, newClauses, newToOld, sectionMap);
  return { newToOld, oldToNew, splits, merges, moved, similarity };
}

/** Pass 1 and 2: equal keys, preferring the clause with the same id, else the first unmatched in order. */
function matchByKey(
  oldClauses: readonly Clause[],
  newClauses: readonly Clause[],
  key: (clause: Clause) => string,
  newToOld: number[],
  oldToNew: number[],
  link: (oldIndex: number, newIndex: number) => void,
): void {
  const queues = new Map<string, { items: number[]; next: number }>();
  const oldKeys = new Map<number, string>();
  const oldById = new Map<string, number>();
  oldClauses.forEach((clause, index) => {
    if (oldToNew[index] !== -1) return;
    const k = key(clause);
    oldKeys.set(index, k);
    if (!oldById.has(clause.id)) oldById.set(clause.id, index);
    const queue = queues.get(k) ?? { items: [], next: 0 };
    queue.items.push(index);
    queues.set(k, queue);
  });
  newClauses.forEach((clause, newIndex) => {
    if (newToOld[newIndex] !== -1) return;
    const k = key(clause);
    const queue = queues.get(k);
    if (!queue) return;
    const sameId = oldById.get(clause.id);
    if (sameId !== undefined && oldToNew[sameId] === -1 && oldKeys.get(sameId) === k) {
      link(sameId, newIndex);
      return;
    }
    while (queue.next < queue.items.length && oldToNew[queue.items[queue.next] ?? 0] !== -1) queue.next++;
    const oldIndex = queue.items[queue.next];
    if (oldIndex !== undefined) link(oldIndex, newIndex);
  });
}

/** Pass 4: similarity among unmatched clauses, candidates from an index of rare words (bounded work per clause). */
function matchBySimilarity(
  oldCount: number,
  newCount: number,
  tokensOf: (side: 'old' | 'new', index: number) => string[],
  near: (newIndex: number) => number[],
  newToOld: number[],
  oldToNew: number[],
  link: (oldIndex: number, newIndex: number, score: number) => void,
  threshold: number,
): void {
  const postings = new Map<string, number[]>();
  for (let oldIndex = 0; oldIndex < oldCount; oldIndex++) {
    if (oldToNew[oldIndex] !== -1) continue;
    for (const word of new Set(tokensOf('old', oldIndex))) {
      const list = postings.get(word) ?? [];
      list.push(oldIndex);
      postings.set(word, list);
    }
  }
  for (let newIndex = 0; newIndex < newCount; newIndex++) {
    if (newToOld[newIndex] !== -1) continue;
    const words = [...new Set(tokensOf('new', newIndex))].filter((word) => postings.has(word));
    words.sort((a, b) => (postings.get(a)?.length ?? 0) - (postings.get(b)?.length ?? 0) || (a < b ? -1 : a > b ? 1 : 0));
    const votes = new Map<number, number>();
    for (const word of words.slice(0, RARE_WORDS)) {
      for (const oldIndex of (postings.get(word) ?? []).slice(0, POSTING_CAP)) {
        if (oldToNew[oldIndex] === -1) votes.set(oldIndex, (votes.get(oldIndex) ?? 0) + 1);
      }
    }
    const close = near(newIndex);
    const candidates = [...close, ...[...votes].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, CANDIDATES).map(([index]) => index)];
    let best = -1;
    let bestRank = -1;
    let bestScore = 0;
    for (const oldIndex of new Set(candidates)) {
      const score = diceSimilarity(tokensOf('old', oldIndex), tokensOf('new', newIndex));
      const isNear = close.includes(oldIndex);
      if (score < (isNear ? Math.min(SAME_ID_THRESHOLD, threshold) : threshold)) continue;
      const rank = score + (isNear ? 0.1 : 0);
      if (rank > bestRank) {
        best = oldIndex;
        bestRank = rank;
        bestScore = score;
      }
    }
    if (best !== -1) link(best, newIndex, bestScore);
  }
}

/** A matched pair whose text continues into unmatched neighbours on one side is a split (new side) or merge (old side). */
function findSplitsAndMerges(
  newToOld: number[],
  oldToNew: number[],
  tokensOf: (side: 'old' | 'new', index: number) => string[],
  similarity: number[],
): { splits: Map<number, number[]>; merges: Map<number, number[]> } {
  const splits = new Map<number, number[]>();
  const merges = new Map<number, number[]>();
  const taken = { old: new Set<number>(), new: new Set<number>() };
  newToOld.forEach((oldIndex, newIndex) => {
    if (oldIndex === -1 || (similarity[newIndex] ?? 0) >= 0.95) return;
    const base = similarity[newIndex] ?? 0;
    const oldWords = tokensOf('old', oldIndex);
    const newWords = tokensOf('new', newIndex);
    // Split: the old clause became this one plus the unmatched new clauses after (or before) it.
    const freeNew = (index: number): boolean => index >= 0 && index < newToOld.length && newToOld[index] === -1 && !taken.new.has(index);
    const freeOld = (index: number): boolean => index >= 0 && index < oldToNew.length && oldToNew[index] === -1 && !taken.old.has(index);
    for (const step of [1, -1]) {
      const split = grow(oldWords, newWords, base, (k) => newIndex + step * k, freeNew, (index) => tokensOf('new', index));
      if (split.length > 0) {
        splits.set(newIndex, split);
        split.forEach((index) => taken.new.add(index));
        return;
      }
    }
    // Merge: this new clause is the old one plus the unmatched old clauses after (or before) it.
    for (const step of [1, -1]) {
      const merge = grow(newWords, oldWords, base, (k) => oldIndex + step * k, freeOld, (index) => tokensOf('old', index));
      if (merge.length > 0) {
        merges.set(oldIndex, merge);
        merge.forEach((index) => taken.old.add(index));
        return;
      }
    }
  });
  return { splits, merges };
}

function grow(
  whole: readonly string[],
  first: readonly string[],
  base: number,
  at: (k: number) => number,
  free: (index: number) => boolean,
  tokens: (index: number) => string[],
): number[] {
  let words = [...first];
  let best: number[] = [];
  let bestScore = Math.max(0.8, base + 0.15);
  const pieces: number[] = [];
  for (let k = 1; k <= MAX_PIECES; k++) {
    const index = at(k);
    if (!free(index)) break;
    pieces.push(index);
    words = words.concat(tokens(index));
    const score = diceSimilarity(whole, words);
    if (score >= bestScore) {
      best = [...pieces];
      bestScore = score;
    }
  }
  return best;
}

/** Moved: outside the longest run of matched pairs in increasing old order, or now in another section. */
function findMoves(oldClauses: readonly Clause[], newClauses: readonly Clause[], newToOld: readonly number[], sectionMap: ReadonlyMap<string, string>): Set<number> {
  const matched: Array<{ newIndex: number; oldIndex: number }> = [];
  newToOld.forEach((oldIndex, newIndex) => {
    if (oldIndex !== -1) matched.push({ newIndex, oldIndex });
  });
  const inRun = longestIncreasing(matched.map((pair) => pair.oldIndex));
  const moved = new Set<number>();
  matched.forEach(({ newIndex, oldIndex }, position) => {
    const before = oldClauses[oldIndex]?.section ?? '';
    const after = newClauses[newIndex]?.section ?? '';
    const expected = sectionMap.get(before) ?? before;
    if (!inRun.has(position) || (before !== '' && after !== '' && expected !== after)) moved.add(newIndex);
  });
  return moved;
}

/**
 * Positions of one longest strictly increasing subsequence (patience sorting, O(n log n)).
 * @param values The sequence.
 * @returns The positions in it.
 */
export function longestIncreasing(values: readonly number[]): Set<number> {
  const tails: number[] = [];
  const previous: number[] = values.map(() => -1);
  for (const [position, value] of values.entries()) {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((values[tails[middle] ?? 0] ?? 0) < value) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[position] = tails[low - 1] ?? -1;
    tails[low] = position;
  }
  const run = new Set<number>();
  let position = tails[tails.length - 1] ?? -1;
  while (position !== -1) {
    run.add(position);
    position = previous[position] ?? -1;
  }
  return run;
}
