/**
 * `tmad trace --fix`: rewrite links to renumbered clauses in the source files (the clause id at
 * the link's line and column becomes the new id), and move their lock entries along, so that a
 * renumbering alone needs no review.
 * @module
 */
import { lockedLinkOf, canonicalLock, type TraceLock } from './lock.js';
import { scanLinks, type SourceFile } from './scan/scan-sources.js';
import type { TraceReport } from './types.js';

/** One rewrite. */
export interface LinkFix {
  /** Source file. */
  file: string;
  /** Line of the link. */
  line: number;
  /** Column of the clause id. */
  column: number;
  /** Old clause id. */
  from: string;
  /** New clause id. */
  to: string;
}

/** What `fixLinks` returns. */
export interface FixResult {
  /** Source files changed, with their new text. */
  files: SourceFile[];
  /** The lock with the fixed links' entries renamed. */
  lock: TraceLock;
  /** The rewrites made, in file and line order. */
  fixes: LinkFix[];
  /** Links that could not be rewritten (the source no longer has the id at that place). */
  problems: string[];
}

/**
 * Rewrite every renumbered link of a report.
 * @param report The trace report (its `renumbered` links are fixed).
 * @param sources The source files the links were found in.
 * @param lock The lock.
 * @param documentKey The document key, to re-scan the fixed files.
 * @returns The changed files, the new lock, the fixes and problems.
 */
export function fixLinks(report: TraceReport, sources: readonly SourceFile[], lock: TraceLock, documentKey: string): FixResult {
  const renumbered = report.clauses.flatMap((clause) => clause.links.filter((link) => link.state === 'renumbered' && link.resolvedId !== undefined));
  const byFile = new Map(sources.map((file) => [file.path, file.text]));
  const fixes: LinkFix[] = [];
  const problems: string[] = [];
  const changed = new Map<string, string[]>();
  for (const report of renumbered) {
    const { link } = report;
    const to = report.resolvedId ?? link.clauseId;
    const lines = changed.get(link.file) ?? byFile.get(link.file)?.split('\n');
    const text = lines?.[link.line - 1];
    if (!lines || text === undefined || text.slice(link.column - 1, link.column - 1 + link.clauseId.length) !== link.clauseId) {
      problems.push(`${link.file}:${link.line}:${link.column}: expected \`${link.clauseId}\` there; the file changed since it was scanned`);
      continue;
    }
    fixes.push({ file: link.file, line: link.line, column: link.column, from: link.clauseId, to });
    changed.set(link.file, lines);
  }
  // Apply right to left within a line so earlier columns stay valid.
  const ordered = [...fixes].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || b.column - a.column));
  for (const fix of ordered) {
    const lines = changed.get(fix.file);
    const text = lines?.[fix.line - 1];
    if (!lines || text === undefined) continue;
    lines[fix.line - 1] = `${text.slice(0, fix.column - 1)}${fix.to}${text.slice(fix.column - 1 + fix.from.length)}`;
  }
  const files = [...changed.entries()].map(([path, lines]) => ({ path, text: lines.join('\n') }));
  // Move lock entries: the fixed link is the same check, now named with its new clause id.
  const rescanned = scanLinks(files, documentKey);
  let links = [...lock.links];
  for (const fix of fixes) {
    const before = renumbered.find((entry) => entry.link.file === fix.file && entry.link.line === fix.line && entry.link.column === fix.column)?.link;
    const after = rescanned.find((link) => link.file === fix.file && link.line === fix.line && link.clauseId === fix.to);
    const pinned = before ? lockedLinkOf(lock, before) : undefined;
    if (!pinned || !after) continue;
    links = links.filter((entry) => entry !== pinned && !(entry.clause === fix.to && entry.file === after.file && entry.test === after.test));
    links.push({ ...pinned, clause: fix.to, test: after.test, version: report.version });
  }
  return { files, lock: canonicalLock({ ...lock, links }), fixes: [...fixes].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line)), problems };
}
