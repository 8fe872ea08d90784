/**
 * The builder's messages: metadata problems and reader notes become vfile messages (ruleId,
 * source and place set); a document's diagnostics are its file's messages as plain data.
 * @module
 */
import type { VFile } from 'vfile';
import { toDiagnostic, type Diagnostic } from '../model/diagnostic.js';
import type { Clause } from '../model/document.js';
import type { Point, Position } from '../model/position.js';
import type { SourceFormat, SourceMetaProblem, SourceNote } from '../read/source-block.js';
import { PARSE_SOURCE } from './state.js';

/**
 * A metadata problem as an error message (`front-matter`): the document cannot be trusted.
 * @param file The file.
 * @param problem The problem.
 */
export function reportMetaProblem(file: VFile, problem: SourceMetaProblem): void {
  file.message(problem.reason, { place: problem.position, ruleId: 'front-matter', source: PARSE_SOURCE }).fatal = true;
}

/**
 * A reader's note as an info or warning message.
 * @param file The file.
 * @param note The note.
 */
export function reportNote(file: VFile, note: SourceNote): void {
  const options = { place: withPage(note.position, note.page), ruleId: note.ruleId, source: PARSE_SOURCE };
  if (note.severity === 'info') file.info(note.reason, options);
  else file.message(note.reason, options);
}

/**
 * A builder message (ruleId and place set), info or warning.
 * @param file The file.
 * @param severity `info` or `warning`.
 * @param reason The message.
 * @param ruleId Its rule id.
 * @param place Where.
 */
export function reportBuilder(file: VFile, severity: 'info' | 'warning', reason: string, ruleId: string, place: Position): void {
  const options = { place, ruleId, source: PARSE_SOURCE };
  if (severity === 'info') file.info(reason, options);
  else file.message(reason, options);
}

/**
 * A position with the page of its block (PDF), so that messages can say "page P, line L".
 * @param position The position.
 * @param page The page, if any.
 * @returns The position, its points carrying the page.
 */
export function withPage(position: Position, page: number | undefined): Position {
  if (page === undefined) return position;
  return { start: { ...position.start, page }, end: { ...position.end, page } };
}

/**
 * The file's messages as diagnostics. For a Word or PDF input each is marked with the format and
 * the clause its place is in (so reports can say `paragraph N (clause 4.24)` or `page P, line L`,
 * the terms the user finds it by, instead of `line:column`).
 * @param file The file.
 * @param format The input format.
 * @param clauses The document's clauses, in document order (for the clause of each place).
 * @returns The diagnostics, in message order.
 */
export function documentDiagnostics(file: VFile, format: SourceFormat | undefined, clauses: readonly Clause[] = []): Diagnostic[] {
  const diagnostics = file.messages.map(toDiagnostic);
  if (format === undefined || format === 'markdown') return diagnostics;
  return diagnostics.map((diagnostic) => {
    const marked: Diagnostic = { ...diagnostic, format };
    const clause = diagnostic.place ? clauseAt(clauses, diagnostic.place.start) : undefined;
    if (clause) marked.clause = clause.id;
    return marked;
  });
}

/** `a` before `b` (negative), same line (0) or after (positive): by page, then line (a Word paragraph is one "line"). */
function comparePoints(a: Point, b: Point): number {
  return (a.page ?? 0) - (b.page ?? 0) || a.line - b.line;
}

/** The clause whose span holds `point` (binary search: clauses are in document order). */
function clauseAt(clauses: readonly Clause[], point: Point): Clause | undefined {
  let low = 0;
  let high = clauses.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const clause = clauses[middle];
    if (clause && comparePoints(clause.position.start, point) <= 0) low = middle + 1;
    else high = middle;
  }
  const candidate = clauses[low - 1];
  return candidate && comparePoints(point, candidate.position.end) <= 0 ? candidate : undefined;
}
