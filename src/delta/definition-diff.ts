/**
 * Changes to defined terms and to front matter.
 * @module
 */
import type { DefinitionChange, Granularity, MetaChange } from '../model/delta.js';
import type { Definition, DocumentMeta } from '../model/document.js';
import { normaliseText } from '../model/text.js';
import { wholeText, wordDiff } from './word-diff.js';

const termKey = (term: string): string => normaliseText(term).toLowerCase();

/**
 * Compare two definitions tables by term: added, removed, or meaning changed (fingerprint differs).
 * @param oldDefinitions Definitions of the old version.
 * @param newDefinitions Definitions of the new version.
 * @param granularity Word diff granularity (default `word`).
 * @returns Changes in new-table order, removed terms last (in old-table order).
 */
export function diffDefinitions(oldDefinitions: readonly Definition[], newDefinitions: readonly Definition[], granularity: Granularity = 'word'): DefinitionChange[] {
  const oldByTerm = new Map(oldDefinitions.map((definition) => [termKey(definition.term), definition]));
  const newTerms = new Set(newDefinitions.map((definition) => termKey(definition.term)));
  const changes: DefinitionChange[] = [];
  for (const definition of newDefinitions) {
    const old = oldByTerm.get(termKey(definition.term));
    if (!old) changes.push({ kind: 'added', term: definition.term, newMeaning: definition.meaning, parts: wholeText(definition.meaning, 'insert') });
    else if (old.fingerprint !== definition.fingerprint) {
      changes.push({ kind: 'changed', term: definition.term, oldMeaning: old.meaning, newMeaning: definition.meaning, parts: wordDiff(old.meaning, definition.meaning, granularity) });
    }
  }
  for (const definition of oldDefinitions) {
    if (!newTerms.has(termKey(definition.term))) {
      changes.push({ kind: 'removed', term: definition.term, oldMeaning: definition.meaning, parts: wholeText(definition.meaning, 'delete') });
    }
  }
  return changes;
}

/**
 * Compare two front matters key by key.
 * @param oldMeta Old front matter.
 * @param newMeta New front matter.
 * @returns Changed and added keys in new order, then removed keys in old order.
 */
export function diffMeta(oldMeta: DocumentMeta, newMeta: DocumentMeta): MetaChange[] {
  const changes: MetaChange[] = [];
  for (const [key, value] of Object.entries(newMeta)) {
    if (!Object.hasOwn(oldMeta, key)) changes.push({ key, new: value });
    else if (JSON.stringify(oldMeta[key]) !== JSON.stringify(value)) changes.push({ key, old: oldMeta[key], new: value });
  }
  for (const [key, value] of Object.entries(oldMeta)) {
    if (!Object.hasOwn(newMeta, key)) changes.push({ key, old: value });
  }
  return changes;
}
