/**
 * Diagnostics as plain data: the JSON form of a vfile message.
 * @module
 */
import type { VFileMessage } from 'vfile-message';
import type { Position } from './position.js';

/** How serious a diagnostic is. `error` makes `tmad lint` exit 1. */
export type Severity = 'error' | 'warning' | 'info';

/** A diagnostic, as stored in a `Document` and printed by `--format json`. */
export interface Diagnostic {
  /** The rule that raised it, e.g. `duplicate-clause-id`. */
  ruleId: string;
  /** Who raised it: `tmad-parse` or `tmad-lint`. */
  source: string;
  /** How serious it is. */
  severity: Severity;
  /** What is wrong, in the form "Unexpected X, expected Y". */
  reason: string;
  /** The file it is about, as given to the parser. */
  file: string;
  /** Where in the file, when known. */
  place?: Position;
  /**
   * The input format, when it is not Markdown: `docx` places are paragraph numbers (`line`),
   * `pdf` places are a page (`page`) and a line on it.
   */
  format?: 'docx' | 'pdf';
  /** For a Word or PDF input: the clause the place is in, so the user can find it (`clause 4.24`). */
  clause?: string;
  /** A related place ("defined here"), when there is one. */
  related?: { reason: string; place: Position };
}

/**
 * Severity of a vfile message: `fatal: true` is an error, `false` a warning, `undefined` info.
 * @param message The message.
 * @returns The severity.
 */
export function severityOf(message: VFileMessage): Severity {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info';
}

/**
 * Turn a vfile message into a plain `Diagnostic`.
 * @param message A message whose `place` is a position or a point.
 * @returns The diagnostic.
 */
export function toDiagnostic(message: VFileMessage): Diagnostic {
  const diagnostic: Diagnostic = {
    ruleId: message.ruleId ?? 'unknown',
    source: message.source ?? 'tmad',
    severity: severityOf(message),
    reason: message.reason,
    file: message.file ?? '',
  };
  const place = asPosition(message.place);
  if (place) diagnostic.place = place;
  const cause = message.cause;
  if (cause && typeof cause === 'object' && 'place' in cause) {
    const related = asPosition((cause as VFileMessage).place);
    if (related) diagnostic.related = { reason: (cause as VFileMessage).reason, place: related };
  }
  return diagnostic;
}

function asPosition(place: VFileMessage['place']): Position | undefined {
  if (!place) return undefined;
  if ('start' in place) return { start: plainPoint(place.start), end: plainPoint(place.end) };
  return { start: plainPoint(place), end: plainPoint(place) };
}

/** A point without its offset; a PDF page kept. */
function plainPoint(point: { line: number; column: number; page?: unknown }): Position['start'] {
  return typeof point.page === 'number' ? { line: point.line, column: point.column, page: point.page } : { line: point.line, column: point.column };
}
