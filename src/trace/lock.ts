/**
 * The lock file (`tmad-trace.lock.json`, committed): for every link, the fingerprint of the clause
 * text it was reviewed against and the version that text came from; and, once per fingerprint,
 * the reviewed text itself, so that `tmad trace review` can show what changed since.
 * Line numbers are not recorded (editing a test file does not touch the lock).
 * @module
 */
import { compareClauseIds } from '../model/clause-id.js';
import type { Link } from './types.js';

/** Version of the lock file's form. */
export const LOCK_VERSION = 1;

/** One reviewed link. */
export interface LockedLink {
  /** Clause id as linked (in the version reviewed). */
  clause: string;
  /** Source file of the check. */
  file: string;
  /** Full test name of the check. */
  test: string;
  /** Fingerprint of the clause text reviewed. */
  fingerprint: string;
  /** Version the text was reviewed in, e.g. `8.1`. */
  version: string;
}

/** A reviewed clause text. */
export interface ReviewedText {
  /** Clause id it had. */
  clause: string;
  /** Version it came from. */
  version: string;
  /** The clause text (without its number). */
  text: string;
}

/** The lock file. */
export interface TraceLock {
  /** Form version. */
  lockVersion: typeof LOCK_VERSION;
  /** Document key, e.g. `TMAD`. */
  document: string;
  /** Reviewed links, sorted by clause, file, test. */
  links: LockedLink[];
  /** Reviewed texts by fingerprint (only those some link still pins). */
  texts: Record<string, ReviewedText>;
}

/** Reading a lock: the lock, or what is wrong with it. */
export type LockResult = { ok: true; lock: TraceLock } | { ok: false; reason: string };

/**
 * An empty lock.
 * @param documentKey Document key.
 * @returns A lock with no links.
 */
export function emptyLock(documentKey: string): TraceLock {
  return { lockVersion: LOCK_VERSION, document: documentKey, links: [], texts: {} };
}

/**
 * Read a lock file's JSON.
 * @param json The parsed JSON.
 * @returns The lock, or a reason.
 */
export function parseLock(json: unknown): LockResult {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { ok: false, reason: 'Unexpected lock file, expected a JSON object' };
  const value = json as Record<string, unknown>;
  if (value['lockVersion'] !== LOCK_VERSION) return { ok: false, reason: `Unexpected lockVersion ${JSON.stringify(value['lockVersion'])}, expected ${LOCK_VERSION}` };
  if (typeof value['document'] !== 'string') return { ok: false, reason: 'Unexpected `document`, expected the document key (string)' };
  const links = value['links'];
  if (!Array.isArray(links)) return { ok: false, reason: 'Unexpected `links`, expected an array' };
  const parsed: LockedLink[] = [];
  for (const [index, link] of links.entries()) {
    const entry = link as Record<string, unknown>;
    const fields = ['clause', 'file', 'test', 'fingerprint', 'version'] as const;
    if (typeof link !== 'object' || link === null || fields.some((field) => typeof entry[field] !== 'string')) {
      return { ok: false, reason: `Unexpected links[${index}], expected { clause, file, test, fingerprint, version } (strings)` };
    }
    parsed.push({ clause: String(entry['clause']), file: String(entry['file']), test: String(entry['test']), fingerprint: String(entry['fingerprint']), version: String(entry['version']) });
  }
  const texts = value['texts'] ?? {};
  if (typeof texts !== 'object' || texts === null || Array.isArray(texts)) return { ok: false, reason: 'Unexpected `texts`, expected an object' };
  const parsedTexts: Record<string, ReviewedText> = {};
  for (const [key, text] of Object.entries(texts as Record<string, unknown>)) {
    const entry = text as Record<string, unknown>;
    if (typeof text !== 'object' || text === null || typeof entry['clause'] !== 'string' || typeof entry['version'] !== 'string' || typeof entry['text'] !== 'string') {
      return { ok: false, reason: `Unexpected texts["${key}"], expected { clause, version, text } (strings)` };
    }
    parsedTexts[key] = { clause: entry['clause'], version: entry['version'], text: entry['text'] };
  }
  return { ok: true, lock: { lockVersion: LOCK_VERSION, document: value['document'], links: parsed, texts: parsedTexts } };
}

/**
 * The lock entry of a link, if it was reviewed.
 * @param lock The lock.
 * @param link The link.
 * @returns The entry.
 */
export function lockedLinkOf(lock: TraceLock, link: Pick<Link, 'clauseId' | 'file' | 'test'>): LockedLink | undefined {
  return lock.links.find((entry) => entry.clause === link.clauseId && entry.file === link.file && entry.test === link.test);
}

function compareLocked(a: LockedLink, b: LockedLink): number {
  return compareClauseIds(a.clause, b.clause) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || (a.test < b.test ? -1 : a.test > b.test ? 1 : 0);
}

/**
 * Sort a lock's links and drop texts no link pins: the canonical form written to disk.
 * @param lock A lock.
 * @returns The canonical lock.
 */
export function canonicalLock(lock: TraceLock): TraceLock {
  const links = [...lock.links].sort(compareLocked);
  const used = new Set(links.map((link) => link.fingerprint));
  const texts: Record<string, ReviewedText> = {};
  for (const key of Object.keys(lock.texts).sort()) {
    const text = lock.texts[key];
    if (text && used.has(key)) texts[key] = text;
  }
  return { lockVersion: LOCK_VERSION, document: lock.document, links, texts };
}

/**
 * The lock file's text: canonical, two-space JSON, one trailing newline (byte-identical for the same lock).
 * @param lock The lock.
 * @returns The file's text.
 */
export function serialiseLock(lock: TraceLock): string {
  return `${JSON.stringify(canonicalLock(lock), null, 2)}\n`;
}
