/**
 * The delta between two versions: align headings and clauses, classify every clause, diff words
 * inside matched clauses only, and lay the result out in reading order.
 * @module
 */
import { DELTA_SCHEMA_VERSION } from '../model/delta.js';
import type { ChangeKind, ClauseChange, ComparisonProfile, Delta, DeltaSide, Granularity, HeadingDelta, OutlineEntry, OutsideChange } from '../model/delta.js';
import type { Definition, Document } from '../model/document.js';
import type { Point } from '../model/position.js';
import { normaliseText } from '../model/text.js';
import { alignClauses } from './align-clauses.js';
import { alignHeadings, flattenSections, type FlatHeading } from './align-headings.js';
import { applyProfileToChange, applyProfileToOutside, resolveProfile } from './apply-profile.js';
import { diffBlocks, wholeBlocks } from './block-diff.js';
import { deletedChange, insertedChange, pairedChange, splitOrMergedChange, type ClassifyContext } from './classify-change.js';
import { diffDefinitions, diffMeta } from './definition-diff.js';
import { outsideChangesOf, pairOutside, type OutsideItem } from './outside-changes.js';
import { wholeText, wordDiff } from './word-diff.js';

/** Every change kind, in the order stats list them. */
export const CHANGE_KINDS: readonly ChangeKind[] = ['unchanged', 'amended', 'inserted', 'deleted', 'renumbered', 'moved', 'split', 'merged'];

type Item = { type: 'heading'; index: number; at: Point } | { type: 'clause'; index: number; at: Point };

/** Options of `computeDelta` beyond the profile. */
export interface DeltaOptions {
  /** Old clause id -> new clause id pairs to take as matched before any other pass (a chain's composed id map). */
  seed?: ReadonlyMap<string, string>;
}

/**
 * Compare two versions of a document.
 * @param oldDoc The old version.
 * @param newDoc The new version.
 * @param profileGiven What to ignore, diff granularity and move threshold (default: nothing ignored, words, 0.5).
 * @param options A seed of matched clauses (for a chain's cumulative delta).
 * @returns The delta: every clause classified with its significance and reason, word diffs, changes outside
 *   clauses, definitions, front matter, the id map, the profile and the reading order.
 */
export function computeDelta(oldDoc: Document, newDoc: Document, profileGiven: Partial<ComparisonProfile> = {}, options: DeltaOptions = {}): Delta {
  const profile = resolveProfile(profileGiven);
  const { granularity } = profile;
  const oldHeadings = flattenSections(oldDoc);
  const newHeadings = flattenSections(newDoc);
  const headings = alignHeadings(oldHeadings, newHeadings);
  const align = alignClauses(oldDoc.clauses, newDoc.clauses, headings.sectionMap, { moveThreshold: profile.moveThreshold, ...(options.seed ? { seed: options.seed } : {}) });

  // Which old clauses merged into another, which new clauses split out of another.
  const mergedInto = new Map<number, number>();
  for (const [oldIndex, rest] of align.merges) for (const index of rest) mergedInto.set(index, oldIndex);
  const splitOut = new Set<number>();
  for (const rest of align.splits.values()) for (const index of rest) splitOut.add(index);

  const idMap: Record<string, string[]> = {};
  const renumbering = new Map<string, string>();
  oldDoc.clauses.forEach((clause, oldIndex) => {
    const main = mergedInto.get(oldIndex) ?? oldIndex;
    const newIndex = align.oldToNew[main] ?? -1;
    const ids = newIndex === -1 ? [] : [newIndex, ...(align.splits.get(newIndex) ?? [])].map((index) => newDoc.clauses[index]?.id ?? '');
    if (!Object.hasOwn(idMap, clause.id)) idMap[clause.id] = ids;
    const [first] = ids;
    if (first !== undefined && first !== clause.id && ids.length === 1) renumbering.set(clause.id, first);
  });
  const renumberedFrom = new Map([...renumbering].map(([from, to]) => [to, from]));
  const context: ClassifyContext = {
    renumbering,
    sectionMap: headings.sectionMap,
    termRenames: termRenames(oldDoc.definitions, newDoc.definitions),
    oldIds: new Set(oldDoc.clauses.map((clause) => clause.id)),
    renumberedFrom,
    granularity,
  };
  const preambleOf = (list: readonly FlatHeading[]): ((index: number) => boolean) => {
    const firstNumbered = list.findIndex((heading) => heading.section.number !== null);
    return (index) => {
      const section = list[index]?.section;
      return section !== undefined && section.number === null && (firstNumbered === -1 ? section.depth === 1 : index < firstNumbered);
    };
  };
  const preamble = { old: preambleOf(oldHeadings), new: preambleOf(newHeadings) };
  const outsideItems: Array<OutsideItem & { heading: HeadingDelta }> = [];
  const pushHeading = (old: FlatHeading | undefined, current: FlatHeading | undefined): void => {
    const heading = headingDelta(old, current, granularity);
    outline.push({ kind: 'heading', heading });
    const items = outsideChangesOf(old, current, heading, { references: context, preamble: (side, index) => preamble[side](index), granularity });
    for (const item of items) outsideItems.push({ ...item, heading });
  };
  const clauseText = new Map<number, string>();

  const changes: ClauseChange[] = [];
  const outline: OutlineEntry[] = [];
  const changeOfNew = new Map<number, number>();
  const pushChange = (change: ClauseChange): number => {
    changes.push(change);
    outline.push({ kind: 'change', index: changes.length - 1 });
    return changes.length - 1;
  };
  const movedAway: Array<{ newIndex: number; entry: OutlineEntry }> = [];

  // Old items that do not survive in place (deleted clauses and headings, places moved clauses left), keyed by
  // the new item after which they are shown: the new counterpart of the last old item that stayed in place.
  const pending = new Map<string, Array<() => void>>();
  let anchor = 'start';
  const stays = (oldIndex: number): boolean => {
    const newIndex = align.oldToNew[oldIndex] ?? -1;
    return newIndex !== -1 && !align.moved.has(newIndex);
  };
  for (const item of sequence(oldHeadings, oldDoc)) {
    const queue = pending.get(anchor) ?? [];
    pending.set(anchor, queue);
    if (item.type === 'heading') {
      const newIndex = headings.oldToNew[item.index] ?? -1;
      if (newIndex !== -1) anchor = `h${newIndex}`;
      else {
        const old = oldHeadings[item.index];
        if (old) queue.push(() => pushHeading(old, undefined));
      }
      continue;
    }
    const oldIndex = item.index;
    if (mergedInto.has(oldIndex)) continue;
    if (stays(oldIndex)) {
      anchor = `c${align.oldToNew[oldIndex] ?? -1}`;
      continue;
    }
    const newIndex = align.oldToNew[oldIndex] ?? -1;
    const clause = oldDoc.clauses[oldIndex];
    if (!clause) continue;
    if (newIndex === -1) queue.push(() => clauseText.set(pushChange(deletedChange(clause)), clause.text));
    else
      queue.push(() => {
        const entry: OutlineEntry = { kind: 'moved-away', index: -1 };
        outline.push(entry);
        movedAway.push({ newIndex, entry });
      });
  }
  const flush = (key: string): void => {
    for (const emit of pending.get(key) ?? []) emit();
    pending.delete(key);
  };

  flush('start');
  for (const item of sequence(newHeadings, newDoc)) {
    if (item.type === 'heading') {
      const heading = newHeadings[item.index];
      const old = oldHeadings[headings.newToOld[item.index] ?? -1];
      if (heading) pushHeading(old, heading);
      flush(`h${item.index}`);
      continue;
    }
    const newIndex = item.index;
    if (splitOut.has(newIndex)) continue;
    const newClause = newDoc.clauses[newIndex];
    if (!newClause) continue;
    const oldIndex = align.newToOld[newIndex] ?? -1;
    const oldClause = oldDoc.clauses[oldIndex];
    const split = align.splits.get(newIndex);
    const merge = oldIndex === -1 ? undefined : align.merges.get(oldIndex);
    let index: number;
    if (!oldClause) {
      index = pushChange(insertedChange(newClause));
      clauseText.set(index, newClause.text);
    }
    else if (split) {
      const group = [newIndex, ...split].sort((a, b) => a - b);
      index = pushChange(splitOrMergedChange('split', [oldClause], group.map((i) => newDoc.clauses[i]).filter((c) => c !== undefined), context, group.indexOf(newIndex)));
    } else if (merge) {
      const group = [oldIndex, ...merge].sort((a, b) => a - b);
      index = pushChange(splitOrMergedChange('merged', group.map((i) => oldDoc.clauses[i]).filter((c) => c !== undefined), [newClause], context, group.indexOf(oldIndex)));
    }
    else index = pushChange(pairedChange(oldClause, newClause, align.moved.has(newIndex), align.similarity[newIndex] ?? 0, context));
    changeOfNew.set(newIndex, index);
    flush(`c${newIndex}`);
  }
  for (const key of [...pending.keys()]) flush(key);
  for (const { newIndex, entry } of movedAway) if (entry.kind === 'moved-away') entry.index = changeOfNew.get(newIndex) ?? -1;

  const paired = pairOutside(outsideItems, { changes, clauseText, moveThreshold: profile.moveThreshold, references: context, granularity });
  const headingOf = new Map<OutsideChange, HeadingDelta>(outsideItems.map((item) => [item.change, item.heading]));
  const outside = applyProfileToOutside(
    paired.map((change) => ({ change, heading: headingOf.get(change) ?? { status: 'equal', depth: 2, oldNumber: null, newNumber: null, parts: [], blocks: [] } })),
    profile,
  );
  const shown = changes.map((change) => applyProfileToChange(change, profile));

  // `unchanged` first in stats; its key order is the contract's.
  const stats = Object.fromEntries(CHANGE_KINDS.map((kind) => [kind, 0])) as Record<ChangeKind, number>;
  for (const change of shown) stats[change.kind]++;
  const count = (significance: ClauseChange['significance']): number => shown.filter((change) => change.significance === significance && change.ignored !== true).length;
  return {
    schemaVersion: DELTA_SCHEMA_VERSION,
    old: side(oldDoc),
    new: side(newDoc),
    changes: shown,
    definitions: diffDefinitions(oldDoc.definitions, newDoc.definitions, granularity),
    meta: diffMeta(oldDoc.meta, newDoc.meta),
    idMap,
    stats: {
      ...stats,
      substantive: count('substantive'),
      consequential: count('consequential'),
      editorial: count('editorial'),
      ignored: shown.filter((change) => change.ignored === true).length,
      outside: outside.length,
    },
    outside,
    profile,
    outline,
  };
}

/**
 * Defined terms renamed: a term of the old table gone from the new one, and a new term with the same meaning.
 * @param oldDefinitions Old definitions.
 * @param newDefinitions New definitions.
 * @returns Old term -> new term.
 */
function termRenames(oldDefinitions: readonly Definition[], newDefinitions: readonly Definition[]): Map<string, string> {
  const key = (term: string): string => normaliseText(term).toLowerCase();
  const newTerms = new Set(newDefinitions.map((definition) => key(definition.term)));
  const oldTerms = new Set(oldDefinitions.map((definition) => key(definition.term)));
  const added = new Map<string, string>();
  for (const definition of newDefinitions) if (!oldTerms.has(key(definition.term)) && !added.has(definition.fingerprint)) added.set(definition.fingerprint, definition.term);
  const renames = new Map<string, string>();
  for (const definition of oldDefinitions) {
    if (newTerms.has(key(definition.term))) continue;
    const to = added.get(definition.fingerprint);
    if (to !== undefined) renames.set(definition.term, to);
  }
  return renames;
}

function side(document: Document): DeltaSide {
  return { file: document.file, meta: document.meta, title: document.title };
}

/** Headings and clauses of a document merged in source order. */
function sequence(headings: readonly FlatHeading[], document: Document): Item[] {
  const items: Item[] = [
    ...headings.map((heading): Item => ({ type: 'heading', index: heading.index, at: heading.section.position.start })),
    ...document.clauses.map((clause, index): Item => ({ type: 'clause', index, at: clause.position.start })),
  ];
  // Stable sort: at equal positions headings (listed first) stay before clauses.
  return items.sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column);
}

function headingDelta(old: FlatHeading | undefined, current: FlatHeading | undefined, granularity: Granularity): HeadingDelta {
  const before = old?.section;
  const after = current?.section;
  const depth = after?.depth ?? before?.depth ?? 2;
  if (before && after) {
    const parts = wordDiff(before.title, after.title, granularity);
    const same = normaliseText(before.title) === normaliseText(after.title) && before.number === after.number && before.title === after.title;
    return { status: same ? 'equal' : 'changed', depth, oldNumber: before.number, newNumber: after.number, parts, blocks: diffBlocks(before.blocks, after.blocks, granularity) };
  }
  if (after) return { status: 'inserted', depth, oldNumber: null, newNumber: after.number, parts: wholeText(after.title, 'insert'), blocks: wholeBlocks(after.blocks, 'inserted') };
  return { status: 'deleted', depth, oldNumber: before?.number ?? null, newNumber: null, parts: wholeText(before?.title ?? '', 'delete'), blocks: wholeBlocks(before?.blocks ?? [], 'deleted') };
}
