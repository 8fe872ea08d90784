/**
 * The order of a set of versions: by their `previous` links, falling back to version order.
 * @module
 */
import { compareClauseIds } from '../model/clause-id.js';
import type { Document } from '../model/document.js';

/**
 * Versions oldest first: following `previous` links from the one version that names none in the set, when the
 * links chain every version; otherwise sorted by `version` (`7.1` < `7.2` < `8.0`), then by file.
 * @param documents The versions, in any order.
 * @returns The same documents, ordered.
 */
export function orderVersions(documents: readonly Document[]): Document[] {
  const version = (document: Document): string => String(document.meta.version ?? '');
  const byVersion = new Map(documents.map((document) => [version(document), document]));
  const roots = documents.filter((document) => typeof document.meta.previous !== 'string' || !byVersion.has(document.meta.previous));
  if (roots.length === 1 && byVersion.size === documents.length) {
    const ordered: Document[] = [];
    let current: Document | undefined = roots[0];
    while (current && !ordered.includes(current)) {
      ordered.push(current);
      const at: string = version(current);
      current = documents.find((document) => document.meta.previous === at);
    }
    if (ordered.length === documents.length) return ordered;
  }
  return [...documents].sort((a, b) => compareClauseIds(version(a), version(b)) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
