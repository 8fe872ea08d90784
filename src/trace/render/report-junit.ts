/**
 * The trace report as JUnit XML: one test case per clause (classname `TMAD.<section>`, name the
 * clause address), so that a CI's test viewer shows conformance clause by clause. A clause with a
 * policy error fails; a clause with no requirement on it (not normative, or outside the policy's
 * scope) is skipped; an orphaned link is a failing test case of its own.
 * Deterministic: no timestamps, `time="0"`.
 * @module
 */
import type { ClauseReport, TraceFinding, TraceReport } from '../types.js';
import { STATUS_MEANING } from './labels.js';
import { escapeXml } from './xml-escape.js';

interface Case {
  classname: string;
  name: string;
  failure?: { message: string; body: string };
  skipped?: string;
  output?: string;
}

function clauseCase(report: TraceReport, clause: ClauseReport, findings: readonly TraceFinding[]): Case {
  const testCase: Case = { classname: `${report.documentKey}.${clause.section || '0'}`, name: clause.address };
  const errors = findings.filter((finding) => finding.level === 'error');
  const lines = clause.links.map((link) => `${link.link.file}:${link.link.line} ${link.state} ${link.link.test}`);
  if (errors.length > 0) {
    testCase.failure = { message: `${clause.status}: ${errors.map((finding) => finding.rule).join(', ')}`, body: [...errors.map((finding) => finding.message), ...lines].join('\n') };
  } else if (clause.links.length === 0) {
    testCase.skipped = clause.normative ? 'untested (not required by the policy)' : 'not normative';
  } else if (clause.status === 'skipped' || clause.status === 'unverified') {
    testCase.skipped = `${clause.status}: ${STATUS_MEANING[clause.status]}`;
  }
  if (lines.length > 0 || findings.length > 0) testCase.output = [...findings.filter((finding) => finding.level === 'warning').map((finding) => `warning: ${finding.message}`), ...lines].join('\n');
  return testCase;
}

/**
 * Format a trace report as JUnit XML.
 * @param report The report.
 * @returns The XML document, ending in a newline.
 */
export function reportTraceJunit(report: TraceReport): string {
  const cases: Case[] = report.clauses.map((clause) => clauseCase(report, clause, report.findings.filter((finding) => finding.clauseId === clause.id && !(finding.rule === 'orphan'))));
  for (const orphan of report.orphans) {
    const finding = report.findings.find((entry) => entry.rule === 'orphan' && entry.link === orphan.link);
    const testCase: Case = { classname: `${report.documentKey}.orphans`, name: `${report.documentKey} ${orphan.link.clauseId} (${orphan.link.file}:${orphan.link.line})` };
    if (finding?.level === 'error') testCase.failure = { message: 'orphan', body: finding.message };
    else testCase.skipped = `orphan: ${orphan.detail}`;
    cases.push(testCase);
  }
  const failures = cases.filter((testCase) => testCase.failure).length;
  const skipped = cases.filter((testCase) => testCase.skipped !== undefined).length;
  const suiteName = `${report.documentKey} ${report.version} conformance`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${escapeXml(suiteName)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}" time="0">`,
    `  <testsuite name="${escapeXml(suiteName)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}" time="0">`,
    `    <properties>`,
    `      <property name="document" value="${escapeXml(report.file)}"/>`,
    `      <property name="version" value="${escapeXml(report.version)}"/>`,
    `    </properties>`,
  ];
  for (const testCase of cases) {
    const head = `    <testcase classname="${escapeXml(testCase.classname)}" name="${escapeXml(testCase.name)}" time="0"`;
    const inner: string[] = [];
    if (testCase.failure) inner.push(`      <failure message="${escapeXml(testCase.failure.message)}" type="tmad-trace">${escapeXml(testCase.failure.body)}</failure>`);
    if (testCase.skipped !== undefined) inner.push(`      <skipped message="${escapeXml(testCase.skipped)}"/>`);
    if (testCase.output) inner.push(`      <system-out>${escapeXml(testCase.output)}</system-out>`);
    lines.push(inner.length === 0 ? `${head}/>` : `${head}>\n${inner.join('\n')}\n    </testcase>`);
  }
  lines.push('  </testsuite>', '</testsuites>');
  return `${lines.join('\n')}\n`;
}
