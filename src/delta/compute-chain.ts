/**
 * A chain of versions: each consecutive delta, and the cumulative delta first -> last whose id map is composed
 * through every step (a clause renumbered twice is followed through both renumberings).
 * @module
 */
import type { ComparisonProfile, Delta, DeltaChain, DeltaSide } from '../model/delta.js';
import type { Document } from '../model/document.js';
import { computeDelta } from './compute-delta.js';

function side(document: Document): DeltaSide {
  return { file: document.file, meta: document.meta, title: document.title };
}

/**
 * Compose id maps: where each id of the first map's old version ends up after the second.
 * @param first Old -> middle ids.
 * @param second Middle -> new ids.
 * @returns Old -> new ids (every key of `first`; an empty list when the clause is gone).
 */
export function composeIdMaps(first: Readonly<Record<string, readonly string[]>>, second: Readonly<Record<string, readonly string[]>>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [id, middle] of Object.entries(first)) out[id] = [...new Set(middle.flatMap((next) => second[next] ?? []))];
  return out;
}

/**
 * Compare every consecutive pair of versions, and the first with the last.
 * @param documents The versions, oldest first (at least one).
 * @param profile The comparison profile for every delta.
 * @returns The chain; `cumulative.idMap` is the composition of the steps' id maps, and the cumulative delta's
 *   alignment starts from the clauses that composition follows one to one.
 */
export function computeChain(documents: readonly Document[], profile: Partial<ComparisonProfile> = {}): DeltaChain {
  const [first] = documents;
  const last = documents[documents.length - 1];
  if (!first || !last) throw new RangeError('A chain needs at least one version');
  const steps: Delta[] = [];
  for (let index = 0; index + 1 < documents.length; index++) {
    const before = documents[index];
    const after = documents[index + 1];
    if (before && after) steps.push(computeDelta(before, after, profile));
  }
  let idMap: Record<string, string[]> = Object.fromEntries(first.clauses.map((clause) => [clause.id, [clause.id]]));
  for (const step of steps) idMap = composeIdMaps(idMap, step.idMap);
  const seed = new Map<string, string>();
  for (const [id, ids] of Object.entries(idMap)) if (ids.length === 1 && ids[0] !== undefined) seed.set(id, ids[0]);
  const cumulative = steps.length === 1 && steps[0] ? steps[0] : computeDelta(first, last, profile, { seed });
  return { versions: documents.map(side), steps, cumulative: { ...cumulative, idMap } };
}
