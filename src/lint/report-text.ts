/**
 * Diagnostics as text for people: one line each, `file:line:column`, then a related place.
 * @module
 */
import type { Diagnostic } from '../model/diagnostic.js';

/**
 * Format diagnostics, one per line: `file.md:3:1-3:24: error Unexpected ... [rule-id]`, with a
 * related place on the next line (`  file.md:2:1-2:9: Clause 4.24 first defined here`), and a summary.
 * A pure function of its input.
 * @param diagnostics Diagnostics of one or more files.
 * @returns The report, ending in a newline (empty string when there is nothing to say).
 */
export function reportText(diagnostics: readonly Diagnostic[]): string {
  if (diagnostics.length === 0) return '';
  const lines: string[] = [];
  for (const diagnostic of diagnostics) {
    const where = diagnostic.place ? `${diagnostic.file}:${span(diagnostic.place)}` : diagnostic.file;
    lines.push(`${where}: ${diagnostic.severity} ${diagnostic.reason} [${diagnostic.ruleId}]`);
    if (diagnostic.related) lines.push(`  ${diagnostic.file}:${span(diagnostic.related.place)}: ${diagnostic.related.reason}`);
  }
  const count = (severity: Diagnostic['severity']) => diagnostics.filter((d) => d.severity === severity).length;
  const errors = count('error');
  const warnings = count('warning');
  const infos = count('info');
  lines.push(`${plural(errors, 'error')}, ${plural(warnings, 'warning')}${infos ? `, ${plural(infos, 'note')}` : ''}`);
  return `${lines.join('\n')}\n`;
}

function span(place: NonNullable<Diagnostic['place']>): string {
  return `${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
