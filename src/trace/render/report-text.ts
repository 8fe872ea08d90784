/**
 * The trace report as text for people: clauses with checks, grouped by clause, each link at
 * `file:line`; then orphans, then the policy findings and a summary.
 * @module
 */
import type { TraceReport } from '../types.js';
import { STATUS_ORDER, plural } from './labels.js';

/** Options of the text report. */
export interface TextReportOptions {
  /** Also list clauses without links (untested and not-normative). */
  all?: boolean;
}

/**
 * Format a trace report as text.
 * @param report The report.
 * @param options What to include.
 * @returns The text, ending in a newline.
 */
export function reportTraceText(report: TraceReport, options: TextReportOptions = {}): string {
  const lines: string[] = [`${report.documentKey} ${report.version} (${report.file}): conformance`];
  if (!report.hasResults) lines.push('  (no test results given: linked checks show as unverified)');
  for (const clause of report.clauses) {
    if (clause.links.length === 0 && !options.all) continue;
    lines.push('', `${clause.address.padEnd(12)} ${clause.status}${clause.normative ? '' : ' (not normative)'}  ${clause.summary}`);
    for (const link of clause.links) {
      const renamed = link.link.clauseId !== clause.id ? ` [linked as ${link.link.clauseId}]` : '';
      lines.push(`  ${`${link.link.file}:${link.link.line}`.padEnd(44)} ${link.state.padEnd(10)} ${link.link.test}${renamed}`);
      if (link.state !== 'ok') lines.push(`  ${''.padEnd(44)} ${''.padEnd(10)} ${link.detail}`);
    }
  }
  if (report.orphans.length > 0) {
    lines.push('', 'Orphaned links (their clause no longer exists):');
    for (const link of report.orphans) lines.push(`  ${`${link.link.file}:${link.link.line}`.padEnd(44)} ${link.link.clauseId.padEnd(8)} ${link.link.test}`, `  ${''.padEnd(44)} ${link.detail}`);
  }
  const untested = report.clauses.filter((clause) => clause.status === 'untested');
  if (untested.length > 0 && !options.all) lines.push('', `Untested normative clauses (${untested.length}): ${untested.map((clause) => clause.id).join(', ')}`);
  const errors = report.findings.filter((finding) => finding.level === 'error');
  const warnings = report.findings.filter((finding) => finding.level === 'warning');
  if (report.findings.length > 0) {
    lines.push('', 'Policy:');
    for (const finding of report.findings) lines.push(`  ${finding.level.padEnd(7)} ${finding.message} [${finding.rule}]`);
  }
  const counts = STATUS_ORDER.filter((status) => report.counts[status] > 0).map((status) => `${report.counts[status]} ${status}`);
  lines.push('', `${plural(report.clauses.length, 'clause')}: ${counts.join(', ')}; ${plural(report.orphans.length, 'orphaned link')}${report.unmatchedResults > 0 ? `; ${plural(report.unmatchedResults, 'result')} not linked to any clause` : ''}`);
  lines.push(`${report.passed ? 'Policy passed' : 'Policy failed'}: ${plural(errors.length, 'error')}, ${plural(warnings.length, 'warning')}`);
  return `${lines.join('\n')}\n`;
}
