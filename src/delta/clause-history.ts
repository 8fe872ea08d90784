/**
 * A clause's life across a chain of versions: its id and text in each version, and each change with its kind,
 * significance, reason and word diff.
 * @module
 */
import type { ClauseChange, ClauseHistory, ClauseHistoryEntry, DeltaChain } from '../model/delta.js';
import type { Document } from '../model/document.js';
import { wordDiff } from './word-diff.js';

/**
 * Follow one clause through a chain.
 * @param chain The chain (from `computeChain` over the same documents).
 * @param documents The versions, oldest first, as given to `computeChain`.
 * @param id The clause id, as in version `inVersion`.
 * @param inVersion Index of the version the id is from (default: the latest version that has a clause `id`).
 * @returns One entry per version; every entry's `id` is `null` when no version has the clause.
 */
export function clauseHistory(chain: DeltaChain, documents: readonly Document[], id: string, inVersion?: number): ClauseHistory {
  const has = (index: number): boolean => documents[index]?.clauses.some((clause) => clause.id === id) ?? false;
  let start = inVersion ?? -1;
  if (inVersion === undefined) for (let index = documents.length - 1; index >= 0 && start === -1; index--) if (has(index)) start = index;
  const ids: Array<string | null> = documents.map(() => null);
  if (start !== -1 && has(start)) {
    ids[start] = id;
    for (let index = start - 1; index >= 0; index--) {
      const next = ids[index + 1] ?? null;
      const map = chain.steps[index]?.idMap ?? {};
      ids[index] = next === null ? null : (Object.keys(map).find((old) => map[old]?.includes(next)) ?? null);
    }
    for (let index = start + 1; index < documents.length; index++) {
      const previous = ids[index - 1] ?? null;
      ids[index] = previous === null ? null : (chain.steps[index - 1]?.idMap[previous]?.[0] ?? null);
    }
  }
  const entries = documents.map((document, index): ClauseHistoryEntry => {
    const clauseId = ids[index] ?? null;
    const text = clauseId === null ? null : (document.clauses.find((clause) => clause.id === clauseId)?.text ?? null);
    const entry: ClauseHistoryEntry = { version: String(document.meta.version ?? document.file), id: clauseId, text };
    const previousId = index > 0 ? (ids[index - 1] ?? null) : null;
    const step = index > 0 ? chain.steps[index - 1] : undefined;
    const change = step?.changes.find((c: ClauseChange) => (clauseId !== null && c.newIds.includes(clauseId)) || (previousId !== null && c.oldIds.includes(previousId)));
    if (change) {
      const before = previousId === null ? '' : (documents[index - 1]?.clauses.find((clause) => clause.id === previousId)?.text ?? '');
      entry.change = {
        kind: change.kind,
        oldIds: change.oldIds,
        newIds: change.newIds,
        summary: change.summary,
        wordsAdded: change.wordsAdded,
        wordsRemoved: change.wordsRemoved,
        significance: change.significance,
        reason: change.reason,
        parts: wordDiff(before, text ?? '', step?.profile.granularity ?? 'word'),
      };
    }
    return entry;
  });
  return { id, entries };
}
