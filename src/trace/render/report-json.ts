/**
 * The trace report as JSON (`tmad trace --format json`): `clauses[]` with `address`, `status`
 * and `links[]` (`file`, `line`, `test`, `state`), orphans, findings and counts.
 * @module
 */
import type { LinkReport, TraceReport } from '../types.js';

/** Version of the JSON form of a trace report. */
export const TRACE_JSON_VERSION = 1;

function linkJson(report: LinkReport): Record<string, unknown> {
  return {
    file: report.link.file,
    line: report.link.line,
    column: report.link.column,
    test: report.link.test,
    state: report.state,
    linkedAs: report.link.clauseId,
    declaredIn: report.link.declaredIn,
    language: report.link.language,
    detail: report.detail,
    results: report.results.map((result) => ({ file: result.resultsFile, classname: result.classname, name: result.name, outcome: result.outcome, ...(result.message ? { message: result.message } : {}) })),
  };
}

/**
 * Format a trace report as JSON.
 * @param report The report.
 * @returns Two-space JSON with a trailing newline.
 */
export function reportTraceJson(report: TraceReport): string {
  const json = {
    schemaVersion: TRACE_JSON_VERSION,
    document: { key: report.documentKey, version: report.version, date: report.date, file: report.file },
    passed: report.passed,
    hasResults: report.hasResults,
    counts: report.counts,
    clauses: report.clauses.map((clause) => ({
      address: clause.address,
      id: clause.id,
      section: clause.section,
      heading: clause.heading,
      normative: clause.normative,
      status: clause.status,
      line: clause.line,
      links: clause.links.map(linkJson),
    })),
    orphans: report.orphans.map(linkJson),
    findings: report.findings.map((finding) => ({
      rule: finding.rule,
      level: finding.level,
      clause: finding.clauseId,
      message: finding.message,
      ...(finding.link ? { file: finding.link.file, line: finding.link.line } : {}),
    })),
    unmatchedResults: report.unmatchedResults,
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}
