/**
 * Reading the YAML front matter of a version.
 * @module
 */
import { parseDocument as parseYaml } from 'yaml';
import type { DocumentMeta } from '../model/document.js';

/** The front matter read from YAML, and what could not be read. */
export interface FrontMatterResult {
  /** The keys read; values other than strings, numbers, booleans, dates and lists of strings are kept as YAML gives them. */
  meta: DocumentMeta;
  /** Problems, with offsets relative to the YAML text. */
  problems: Array<{ reason: string; offset: number }>;
}

/**
 * Read front matter. Versions are always strings (`version: 7.2` gives `"7.2"`), dates are ISO `YYYY-MM-DD`.
 * @param yamlText The YAML between the `---` fences.
 * @returns The metadata and any problems.
 */
export function readFrontMatter(yamlText: string): FrontMatterResult {
  const parsed = parseYaml(yamlText, { prettyErrors: false, uniqueKeys: true });
  const problems = parsed.errors.map((error) => ({ reason: error.message.split('\n')[0] ?? error.message, offset: error.pos[0] }));
  if (parsed.errors.length > 0) return { meta: {}, problems };
  const value: unknown = parsed.toJS();
  if (value === null || value === undefined) return { meta: {}, problems };
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { meta: {}, problems: [{ reason: 'Unexpected front matter that is not a mapping, expected `key: value` lines', offset: 0 }] };
  }
  const meta: DocumentMeta = {};
  for (const [key, raw] of Object.entries(value as Record<string, unknown>)) {
    meta[key] = normaliseValue(key, raw);
  }
  return { meta, problems };
}

function normaliseValue(key: string, raw: unknown): unknown {
  if (raw instanceof Date) return raw.toISOString().slice(0, 10);
  if ((key === 'version' || key === 'previous') && typeof raw === 'number') return String(raw);
  return raw;
}
