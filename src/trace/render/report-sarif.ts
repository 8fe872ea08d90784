/**
 * The trace report as SARIF 2.1.0 (code-scanning viewers): one result per policy finding, at the
 * file, line and column of the link concerned (a stale, orphaned, renumbered, unreviewed, failing
 * or unrun check), or at the clause in the document for an untested clause.
 * @module
 */
import type { PolicyRuleId, TraceReport } from '../types.js';
import { POLICY_RULES } from '../types.js';

/** The SARIF 2.1.0 JSON schema's address. */
export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

const RULE_TEXT: Record<PolicyRuleId, { short: string; help: string }> = {
  failing: { short: 'A check linked to a clause failed', help: 'Fix the code or the check so that the check passes.' },
  orphan: { short: 'A check is linked to a clause that no longer exists', help: 'Link the check to the clause that replaced it, or remove the link.' },
  renumbered: { short: 'A check is linked to a clause by its old number', help: 'Run `tmad trace --fix` to rewrite the link to the new number.' },
  stale: { short: 'The clause changed since the link was reviewed', help: 'Read the change, update the check if needed, then run `tmad trace review <clause>`.' },
  unreviewed: { short: 'The link was never reviewed', help: 'Run `tmad trace review <clause>` to pin the link to the clause text it verifies.' },
  untested: { short: 'A normative clause has no linked check', help: 'Write a check and put the clause address (e.g. `TMAD 4.24`) in its name or in a comment above it.' },
  'no-result': { short: 'A linked check has no test result', help: 'Run the tests with JUnit output and pass the file with --results.' },
  skipped: { short: 'A linked check was skipped', help: 'Un-skip the check so that the clause is verified.' },
};

/**
 * Format a trace report as SARIF 2.1.0.
 * @param report The report.
 * @returns Two-space JSON with a trailing newline.
 */
export function reportTraceSarif(report: TraceReport): string {
  const rules = POLICY_RULES.map((id) => ({
    id,
    name: id.replace(/(^|-)([a-z])/g, (_, __, letter: string) => letter.toUpperCase()),
    shortDescription: { text: RULE_TEXT[id].short },
    help: { text: RULE_TEXT[id].help },
    defaultConfiguration: { level: 'error' },
  }));
  const clauseLine = new Map(report.clauses.map((clause) => [clause.id, clause.line]));
  const results = report.findings.map((finding) => {
    const location = finding.link
      ? { uri: finding.link.file, startLine: finding.link.line, startColumn: finding.link.column }
      : { uri: report.file, startLine: clauseLine.get(finding.clauseId) ?? 1, startColumn: 1 };
    return {
      ruleId: finding.rule,
      ruleIndex: POLICY_RULES.indexOf(finding.rule),
      level: finding.level,
      message: { text: finding.message },
      locations: [
        {
          physicalLocation: { artifactLocation: { uri: location.uri }, region: { startLine: location.startLine, startColumn: location.startColumn } },
          logicalLocations: [{ name: `${report.documentKey} ${finding.clauseId}`, kind: 'member' }],
        },
      ],
      partialFingerprints: { tmadTrace: `${finding.rule}/${finding.clauseId}/${finding.link ? `${finding.link.file}/${finding.link.test}` : ''}` },
    };
  });
  const sarif = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'tmad trace', version: '0.1.0', rules } },
        automationDetails: { id: `tmad-trace/${report.documentKey}/${report.version}` },
        results,
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
