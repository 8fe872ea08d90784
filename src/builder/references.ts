/**
 * Resolving the references found in clause text against the document's clause ids: targets as
 * written, ranges (`4.24 to 4.26`) expanded in natural order, places found in the source.
 * @module
 */
import { compareClauseIdParts, parseClauseId, type ClauseIdParts } from '../model/clause-id.js';
import type { CrossRef } from '../model/document.js';
import type { Position } from '../model/position.js';
import type { FoundRef } from '../parse/cross-refs.js';
import type { Locator } from './locate.js';

/** The document's clause ids in natural order, and the comparison that ordered them. */
export interface SortedIds {
  /** Unique ids, sorted. */
  sortedIds: readonly string[];
  /** Natural order of two ids. */
  compare: (a: string, b: string) => number;
}

/**
 * Sort a document's clause ids once (each id split once: sorting compares them n log n times).
 * @param ids The ids in document order (repeats allowed).
 * @returns The sorted unique ids and the comparison.
 */
export function sortIds(ids: Iterable<string>): SortedIds {
  const parts = new Map<string, ClauseIdParts | undefined>();
  for (const id of ids) if (!parts.has(id)) parts.set(id, parseClauseId(id));
  const partsOf = (id: string): ClauseIdParts | undefined => (parts.has(id) ? parts.get(id) : parseClauseId(id));
  const compare = (a: string, b: string): number => compareClauseIdParts(a, partsOf(a), b, partsOf(b));
  return { sortedIds: [...parts.keys()].sort(compare), compare };
}

/**
 * A found reference as a `CrossRef`: the clause ids it cites, ranges expanded, and its place.
 * @param ref The reference as found.
 * @param blockPosition The block it was found in.
 * @param ids The document's sorted ids.
 * @param locate Finds its place.
 * @returns The cross-reference.
 */
export function toCrossRef(ref: FoundRef, blockPosition: Position, ids: SortedIds, locate: Locator): CrossRef {
  const clauseIds: string[] = [];
  if (ref.kind === 'clause') {
    const seen = new Set<string>();
    const add = (id: string): void => {
      if (seen.has(id)) return;
      seen.add(id);
      clauseIds.push(id);
    };
    for (const target of ref.targets) {
      add(target);
      const range = ref.ranges.find(([from]) => from === target);
      if (range) for (const id of expandRange(range[0], range[1], ids)) add(id);
    }
  }
  const crossRef: CrossRef = {
    text: ref.text,
    kind: ref.kind,
    targets: ref.targets,
    clauseIds,
    position: locate(ref.text, ref.index, blockPosition),
  };
  if (Object.keys(ref.subparagraphs).length > 0) crossRef.subparagraphs = ref.subparagraphs;
  if (ref.document !== undefined) crossRef.document = ref.document;
  return crossRef;
}

/**
 * Clause ids from `from` to `to` inclusive, in natural order, among the document's ids (`to`
 * always included, so a range to a missing clause still cites it).
 * @param from First id.
 * @param to Last id.
 * @param ids The document's sorted ids.
 * @returns The ids in the range.
 */
export function expandRange(from: string, to: string, { sortedIds, compare }: SortedIds): string[] {
  if (compare(from, to) > 0) return [];
  let low = 0;
  let high = sortedIds.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (compare(sortedIds[middle] ?? '', from) < 0) low = middle + 1;
    else high = middle;
  }
  const ids: string[] = [];
  let hasTo = false;
  for (let index = low; index < sortedIds.length; index++) {
    const id = sortedIds[index] ?? '';
    if (compare(id, to) > 0) break;
    if (id === to) hasTo = true;
    ids.push(id);
  }
  if (!hasTo) ids.push(to);
  return ids;
}
