/**
 * The traceability matrix as Markdown: a summary, then one table per heading (clause, status,
 * linked checks with their state and place), orphaned links and policy findings.
 * @module
 */
import type { TraceReport } from '../types.js';
import { STATUS_MEANING, STATUS_ORDER, plural } from './labels.js';
import { countChecks, matrixGroups } from './matrix-rows.js';

function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').replace(/([*_`[\]<>])/g, '\\$1');
}

/**
 * Format a trace report as a Markdown traceability matrix.
 * @param report The report.
 * @returns GFM Markdown, ending in a newline.
 */
export function reportTraceMarkdown(report: TraceReport): string {
  const lines: string[] = [
    `# ${report.documentKey} ${report.version} traceability matrix`,
    '',
    `Version ${report.version}${report.date ? ` of ${report.date}` : ''} (\`${report.file}\`): ${plural(report.clauses.length, 'clause')}, ${plural(countChecks(report), 'linked check')}.`,
    report.hasResults ? '' : '\n_No test results were given: linked checks are shown as unverified._\n',
    `**Policy ${report.passed ? 'passed' : 'failed'}** (${plural(report.findings.filter((f) => f.level === 'error').length, 'error')}, ${plural(report.findings.filter((f) => f.level === 'warning').length, 'warning')})${report.hasResults ? '' : '; no test results were given: run the linked checks with JUnit output (e.g. `npm run conformance`), then build again'}.`,
    '',
    '| Status | Clauses | Meaning |',
    '|---|---:|---|',
    ...STATUS_ORDER.map((status) => `| ${status} | ${report.counts[status]} | ${STATUS_MEANING[status]} |`),
  ];
  for (const group of matrixGroups(report)) {
    lines.push('', `## ${group.section} ${cell(group.heading)}`, '', '| Clause | Status | Checks |', '|---|---|---|');
    for (const clause of group.clauses) {
      const checks = clause.links.map((link) => `${link.state === 'ok' ? '' : `**${link.state}** `}${cell(link.link.test)} (\`${link.link.file}:${link.link.line}\`)`).join('<br>');
      lines.push(`| ${clause.address} | ${clause.status} | ${checks || '—'} |`);
    }
  }
  if (report.orphans.length > 0) {
    lines.push('', '## Orphaned links', '', '| Linked clause | Check | Why |', '|---|---|---|');
    for (const orphan of report.orphans) lines.push(`| ${report.documentKey} ${orphan.link.clauseId} | ${cell(orphan.link.test)} (\`${orphan.link.file}:${orphan.link.line}\`) | ${cell(orphan.detail)} |`);
  }
  if (report.findings.length > 0) {
    lines.push('', '## Policy findings', '');
    for (const finding of report.findings) lines.push(`- **${finding.level}** [${finding.rule}] ${cell(finding.message)}`);
  }
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}
