/**
 * The parts of a layout both kinds share: how a version is named, the cover, the history, the author and date.
 * @module
 */
import type { DocumentMeta } from '../../model/document.js';
import type { CoverFact, CoverLayout, HistoryRow } from './publish-layout.js';

/**
 * A version as people name it: `TMAD 8.1` (document key and version), never a repository path.
 * @param meta Front matter.
 * @param file Source file, for a version without `version` (its name without directory and `.md`).
 * @returns The name.
 */
export function versionLabel(meta: DocumentMeta, file: string): string {
  const key = typeof meta.document === 'string' && meta.document.trim() !== '' ? meta.document.trim() : '';
  const version = typeof meta.version === 'string' && meta.version.trim() !== '' ? meta.version.trim() : (file.split('/').pop() ?? file).replace(/\.md$/i, '');
  return key ? `${key} ${version}` : version;
}

/**
 * Text of a front-matter value (strings as they are, others as JSON; `—` when absent).
 * @param value The value.
 * @returns Text.
 */
export function metaText(value: unknown): string {
  return value === undefined ? '—' : typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * Author and date of a version's changes: its `author` (else `DCC`) and its `date` at midnight UTC.
 * @param meta Front matter.
 * @returns Author and ISO date-time.
 */
export function authorAndDate(meta: DocumentMeta): { author: string; date: string } {
  const author = typeof meta.author === 'string' && meta.author.trim() !== '' ? meta.author : 'DCC';
  const date = typeof meta.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(meta.date) ? `${meta.date}T00:00:00Z` : '2000-01-01T00:00:00Z';
  return { author, date };
}

/**
 * The cover of a version.
 * @param title Document title.
 * @param subtitle What this file is.
 * @param meta Front matter of the version.
 * @returns Title, subtitle and the facts known.
 */
export function coverOf(title: string, subtitle: string, meta: DocumentMeta): CoverLayout {
  const facts: CoverFact[] = [];
  const add = (label: string, value: unknown): void => {
    if (typeof value === 'string' && value.trim() !== '') facts.push({ label, value: value.trim() });
  };
  add('Code and appendix', [meta.code, meta.appendix ? `Appendix ${meta.appendix}` : ''].filter((x) => typeof x === 'string' && x !== '').join(', '));
  add('Version', meta.version);
  add('Status', meta.status);
  add('Date', meta.date);
  add('Classification', meta.classification);
  return { title, subtitle, facts };
}

/**
 * The history rows to show: the context's, else the version alone.
 * @param history The history from the build, when known.
 * @param meta Front matter of the version.
 * @returns Rows, oldest first.
 */
export function historyOf(history: readonly HistoryRow[] | undefined, meta: DocumentMeta): HistoryRow[] {
  if (history && history.length > 0) return [...history];
  return [{ version: String(meta.version ?? ''), date: String(meta.date ?? ''), status: String(meta.status ?? ''), note: '' }];
}
