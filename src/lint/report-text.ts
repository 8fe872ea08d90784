/**
 * Diagnostics as text for people: one line each, placed the way the user finds it in the file
 * (Markdown `file:line:column`, Word `file: paragraph N (clause 4.24)`, PDF `file: page P, line L`),
 * then a related place.
 * @module
 */
import type { Diagnostic } from '../model/diagnostic.js';
import type { Position } from '../model/position.js';
import { assertNever } from '../model/assert-never.js';

/**
 * Format diagnostics, one per line: `file.md:3:1-3:24: error Unexpected ... [rule-id]`, with a
 * related place on the next line (`  file.md:2:1-2:9: Clause 4.24 first defined here`), and a summary.
 * A Word input's places are paragraphs (`8.1.docx: paragraph 212 (clause 4.24): error ...`), a
 * PDF's are pages and lines (`8.1.pdf: page 12, line 30 (clause 4.24): error ...`).
 * A pure function of its input.
 * @param diagnostics Diagnostics of one or more files.
 * @returns The report, ending in a newline (empty string when there is nothing to say).
 */
export function reportText(diagnostics: readonly Diagnostic[]): string {
  if (diagnostics.length === 0) return '';
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const diagnostic of diagnostics) {
    const where = diagnostic.place ? place(diagnostic, diagnostic.place, diagnostic.clause) : diagnostic.file;
    lines.push(`${where}: ${diagnostic.severity} ${diagnostic.reason} [${diagnostic.ruleId}]`);
    if (diagnostic.related) lines.push(`  ${place(diagnostic, diagnostic.related.place, undefined)}: ${diagnostic.related.reason}`);
    if (diagnostic.severity === 'error') errors++;
    else if (diagnostic.severity === 'warning') warnings++;
    else infos++;
  }
  lines.push(`${plural(errors, 'error')}, ${plural(warnings, 'warning')}${infos ? `, ${plural(infos, 'note')}` : ''}`);
  return `${lines.join('\n')}\n`;
}

/** A place as the user finds it in a file of the diagnostic's format. */
function place(diagnostic: Diagnostic, position: Position, clause: string | undefined): string {
  const inClause = clause ? ` (clause ${clause})` : '';
  switch (diagnostic.format) {
    case 'docx':
      return `${diagnostic.file}: paragraph ${position.start.line}${inClause}`;
    case 'pdf':
      return `${diagnostic.file}: ${position.start.page !== undefined ? `page ${position.start.page}, ` : ''}line ${position.start.line}${inClause}`;
    case undefined:
      return `${diagnostic.file}:${position.start.line}:${position.start.column}-${position.end.line}:${position.end.column}`;
    default:
      return assertNever(diagnostic.format);
  }
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
