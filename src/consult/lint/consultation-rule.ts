/**
 * The shape of a consultation lint rule and what it is given.
 * @module
 */
import type { Delta } from '../../model/delta.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { Consultation } from '../consultation.js';

/** What `lintConsultation` checks: the parsed consultation with its source texts and delta. */
export interface ConsultationLintInput {
  /** The consultation. */
  consultation: Consultation;
  /** `consultation.md` as written (positions are found in it). */
  source: string;
  /** Its file name, for diagnostics. */
  file: string;
  /** Base -> proposed delta, when both versions were read. */
  delta: Delta | null;
  /** Clause ids of the proposed version. */
  proposedClauses: readonly string[];
  /** `conclusions.md` as written, and its file name, when it exists. */
  conclusions: { text: string; file: string } | null;
  /** Number of responses read (null: not known). */
  responses: number | null;
}

/** A rule: an id, a description, and a pure check. */
export interface ConsultationRule {
  /** Rule id, e.g. `consultation-dates`. */
  id: string;
  /** One line for `--help`. */
  description: string;
  /** The check. */
  check(input: ConsultationLintInput): Diagnostic[];
}

/**
 * A diagnostic at the first line of `text` that matches `find` (line 1 when none does).
 * @param input The lint input (for the file).
 * @param rule The rule id.
 * @param severity Severity.
 * @param reason The message.
 * @param find What to look for on a line.
 * @param where Which text and file (default the consultation).
 * @returns The diagnostic with file:line:column.
 */
export function at(input: ConsultationLintInput, rule: string, severity: Diagnostic['severity'], reason: string, find: RegExp, where: { text: string; file: string } = { text: input.source, file: input.file }): Diagnostic {
  const lines = where.text.split('\n');
  const index = Math.max(0, lines.findIndex((line) => find.test(line)));
  const line = lines[index] ?? '';
  const column = Math.max(0, line.search(/\S/)) + 1;
  return { ruleId: rule, source: 'tmad-consult-lint', severity, reason, file: where.file, place: { start: { line: index + 1, column }, end: { line: index + 1, column: line.length + 1 } } };
}
