/**
 * Tracing a repository from its files: the config, the version, the test sources, the results
 * files and the lock, as text, in; the report out. Shared by `tmad trace` (which reads the files)
 * and the `trace` build step (which gets them in the build context). Pure.
 * @module
 */
import { compareClauseIds } from '../model/clause-id.js';
import type { Document } from '../model/document.js';
import { parseTraceConfig, DEFAULT_TRACE_CONFIG, type TraceConfig } from './config.js';
import { readJUnit } from './junit-read.js';
import { emptyLock, parseLock, type TraceLock } from './lock.js';
import type { DeltaFunction } from './resolve-link.js';
import { languageOf, scanLinks, type SourceFile } from './scan/scan-sources.js';
import { traceDocument } from './trace-document.js';
import type { Link, TestResult, TraceReport } from './types.js';

/** Name of the config file at the repository root. */
export const CONFIG_FILE = 'tmad.config.json';

/** A problem with one input file (it is unreadable as what it should be). */
export interface InputProblem {
  /** The file. */
  file: string;
  /** What is wrong. */
  reason: string;
}

/**
 * Read the config file's text (absent: the defaults).
 * @param text The file's text, or `undefined` when there is none.
 * @returns The config, or a problem.
 */
export function readTraceConfig(text: string | undefined): { config: TraceConfig } | InputProblem {
  if (text === undefined) return { config: DEFAULT_TRACE_CONFIG };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { file: CONFIG_FILE, reason: `is not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  const result = parseTraceConfig(json);
  return result.ok ? { config: result.config } : { file: CONFIG_FILE, reason: result.reason };
}

/**
 * Read the lock file's text (absent: an empty lock).
 * @param text The file's text, or `undefined`.
 * @param file Its path, for messages.
 * @param documentKey The document key for an empty lock.
 * @returns The lock, or a problem.
 */
export function readTraceLock(text: string | undefined, file: string, documentKey: string): { lock: TraceLock } | InputProblem {
  if (text === undefined) return { lock: emptyLock(documentKey) };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { file, reason: `is not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  const result = parseLock(json);
  return result.ok ? { lock: result.lock } : { file, reason: result.reason };
}

/**
 * Read results files.
 * @param files Path and text of each JUnit XML file.
 * @returns Every test case, or the first problem.
 */
export function readResultsFiles(files: ReadonlyArray<{ path: string; text: string }>): { results: TestResult[] } | InputProblem {
  const results: TestResult[] = [];
  for (const file of files) {
    const read = readJUnit(file.text, file.path);
    if (!read.ok) return { file: file.path, reason: read.reason };
    results.push(...read.results);
  }
  return { results };
}

/**
 * Whether a repository path is a test source to scan: under one of the source roots, in a known
 * language, not under `node_modules` or a dot-directory, not ignored.
 * @param path Repository-relative path.
 * @param roots Source roots (directories or files), repository-relative.
 * @param ignore Substrings of paths to skip.
 * @returns `true` to scan it.
 */
export function isTraceSource(path: string, roots: readonly string[], ignore: readonly string[]): boolean {
  if (!languageOf(path)) return false;
  if (path.split('/').some((part) => part === 'node_modules' || (part.startsWith('.') && part !== '.' && part !== '..'))) return false;
  if (ignore.some((pattern) => path.includes(pattern))) return false;
  return roots.some((root) => {
    const clean = normaliseRoot(root);
    return clean === '' || path === clean || path.startsWith(`${clean}/`);
  });
}

/**
 * A repository-relative root without `./` or a trailing slash.
 * @param root As configured.
 * @returns Normalised (`""` for the repository itself).
 */
export function normaliseRoot(root: string): string {
  return root.replace(/\\/g, '/').replace(/^(\.\/)+/, '').replace(/\/+$/, '').replace(/^\.$/, '');
}

/** What `traceSources` needs. */
export interface TraceSourcesInput {
  /** The version checked. */
  document: Document;
  /** Test sources (already filtered by `isTraceSource`). */
  sources: readonly SourceFile[];
  /** Results, or `undefined` without results files. */
  results: readonly TestResult[] | undefined;
  /** The lock. */
  lock: TraceLock;
  /** The config (policy). */
  config: TraceConfig;
  /** Other versions by version string, to follow renumbering from the version a link was reviewed in. */
  versions?: ReadonlyMap<string, Document>;
  /** `computeDelta`. */
  computeDelta?: DeltaFunction;
}

/**
 * Scan the sources and trace the version.
 * @param input Document, sources, results, lock, config and versions.
 * @returns The links found and the report.
 */
export function traceSources(input: TraceSourcesInput): { links: Link[]; report: TraceReport } {
  const documentKey = input.document.meta.document ?? 'TMAD';
  const links = scanLinks(input.sources, documentKey);
  const traceInput: Parameters<typeof traceDocument>[0] = { document: input.document, links, results: input.results, lock: input.lock, policy: input.config.policy };
  if (input.versions) traceInput.reviewedVersions = input.versions;
  if (input.computeDelta) traceInput.computeDelta = input.computeDelta;
  return { links, report: traceDocument(traceInput) };
}

/**
 * The versions a lock's links were reviewed in, other than the one checked (to read them for the delta).
 * @param lock The lock.
 * @param current The version checked.
 * @returns Version strings, in version order.
 */
export function reviewedVersionsOf(lock: TraceLock, current: string): string[] {
  return [...new Set(lock.links.map((link) => link.version))].filter((version) => version !== current).sort(compareClauseIds);
}
