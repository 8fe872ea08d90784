/**
 * `tmad trace` as a pure function: a version, the links found in the sources, the test results
 * and the lock file in; every clause's status, every link's state and the policy findings out.
 * @module
 */
import { clauseAddress, sectionOfClauseId } from '../model/clause-id.js';
import type { Delta } from '../model/delta.js';
import type { Clause, Document } from '../model/document.js';
import { levelFor, type TracePolicy } from './config.js';
import { lockedLinkOf, type TraceLock } from './lock.js';
import { combinedOutcome, resultsOfLink } from './match-results.js';
import { resolveLink, type DeltaFunction, type ResolveContext } from './resolve-link.js';
import { POLICY_RULES, type ClauseReport, type ClauseStatus, type LinkReport, type LinkState, type PolicyRuleId, type TestResult, type TraceFinding, type TraceReport, type Link } from './types.js';

/** What `traceDocument` needs. */
export interface TraceInput {
  /** The version checked. */
  document: Document;
  /** Every link found in the sources. */
  links: readonly Link[];
  /** Test results; `undefined` when no results file was given (then no check can pass). */
  results?: readonly TestResult[] | undefined;
  /** The lock file. */
  lock: TraceLock;
  /** The policy. */
  policy: TracePolicy;
  /** Versions links were reviewed against, by version string (to follow renumbering through the delta). */
  reviewedVersions?: ReadonlyMap<string, Document>;
  /** The delta function (`computeDelta`); without it renumbering is followed by fingerprint only. */
  computeDelta?: DeltaFunction;
}

const SUMMARY_LENGTH = 90;

/**
 * Trace a version: resolve every link, join results, judge staleness against the lock, and apply
 * the policy.
 * @param input The version, links, results, lock and policy.
 * @returns The report (clauses in document order, orphans, findings, counts, pass/fail).
 */
export function traceDocument(input: TraceInput): TraceReport {
  const { document } = input;
  const documentKey = document.meta.document ?? 'TMAD';
  const version = String(document.meta.version ?? '');
  const byId = new Map(document.clauses.map((clause) => [clause.id, clause]));
  const deltas = new Map<string, Delta | undefined>();
  const context: ResolveContext = {
    document,
    byId,
    deltaFrom(from) {
      if (!deltas.has(from)) {
        const old = input.reviewedVersions?.get(from);
        deltas.set(from, old && input.computeDelta ? input.computeDelta(old, document) : undefined);
      }
      return deltas.get(from);
    },
  };
  const results = input.results ?? [];
  const matched = new Set<TestResult>();
  const byClause = new Map<string, LinkReport[]>();
  const orphans: LinkReport[] = [];
  for (const link of input.links) {
    const pinned = lockedLinkOf(input.lock, link);
    const resolution = resolveLink(link, pinned, context);
    const linkResults = resultsOfLink(link, results);
    for (const result of linkResults) matched.add(result);
    const outcome = combinedOutcome(linkResults);
    let state: LinkState;
    let detail: string;
    switch (resolution.kind) {
      case 'orphan':
        state = 'orphan';
        detail = resolution.how;
        break;
      case 'renumbered':
        state = 'renumbered';
        detail = `${resolution.how}: run \`tmad trace --fix\``;
        break;
      case 'current':
        if (!pinned) {
          state = 'unreviewed';
          detail = `not reviewed yet: run \`tmad trace review ${link.clauseId}\``;
        } else if (pinned.fingerprint !== resolution.clause.fingerprint) {
          state = 'stale';
          detail = `${documentKey} ${link.clauseId} changed since it was reviewed in ${pinned.version}: run \`tmad trace review ${link.clauseId}\``;
        } else {
          state = outcome === 'failed' ? 'failing' : outcome === 'skipped' ? 'skipped' : outcome === 'passed' ? 'ok' : 'no-result';
          detail = describeOutcome(outcome, linkResults, input.results !== undefined);
        }
        break;
    }
    const report: LinkReport = { link, state, results: linkResults, detail };
    if (resolution.kind === 'orphan') {
      orphans.push(report);
      continue;
    }
    report.resolvedId = resolution.clause.id;
    const list = byClause.get(resolution.clause.id) ?? [];
    list.push(report);
    byClause.set(resolution.clause.id, list);
  }
  const clauses = document.clauses.map((clause) => clauseReport(clause, documentKey, byClause.get(clause.id) ?? []));
  const findings = policyFindings(clauses, orphans, input.policy, input.results !== undefined);
  const counts: Record<ClauseStatus, number> = { conformant: 0, failing: 0, skipped: 0, unverified: 0, untested: 0, 'not-normative': 0 };
  for (const clause of clauses) counts[clause.status]++;
  return {
    documentKey,
    version,
    date: String(document.meta.date ?? ''),
    file: document.file,
    clauses,
    orphans,
    hasResults: input.results !== undefined,
    unmatchedResults: results.filter((result) => !matched.has(result)).length,
    findings,
    counts,
    passed: !findings.some((finding) => finding.level === 'error'),
  };
}

function describeOutcome(outcome: ReturnType<typeof combinedOutcome>, results: readonly TestResult[], hasResults: boolean): string {
  const runs = results.length > 1 ? ` (${results.length} runs)` : '';
  switch (outcome) {
    case 'passed':
      return `passed${runs}`;
    case 'failed':
      return `failed${runs}${firstMessage(results, 'failed')}`;
    case 'skipped':
      return `skipped${runs}${firstMessage(results, 'skipped')}`;
    case undefined:
      return hasResults ? 'no result found for this check in the results given' : 'no results given (pass --results or run the tests first)';
  }
}

function firstMessage(results: readonly TestResult[], outcome: TestResult['outcome']): string {
  const message = results.find((result) => result.outcome === outcome && result.message)?.message;
  return message ? `: ${message}` : '';
}

function clauseReport(clause: Clause, documentKey: string, links: LinkReport[]): ClauseReport {
  const text = clause.text.replace(/\s+/g, ' ').trim();
  return {
    id: clause.id,
    address: clauseAddress(documentKey, clause.id),
    section: clause.section,
    sectionPath: clause.sectionPath,
    heading: clause.heading,
    normative: clause.normative,
    summary: text.length > SUMMARY_LENGTH ? `${text.slice(0, SUMMARY_LENGTH - 1).trimEnd()}…` : text,
    line: clause.position.start.line,
    status: clauseStatus(clause, links),
    links,
  };
}

/**
 * A clause's status from its links' results: `failing` if any linked check failed, `unverified`
 * if any has no result, `skipped` if any was skipped, `conformant` when all ran and passed;
 * without links, `untested` (normative) or `not-normative`.
 * @param clause The clause.
 * @param links The links that resolve to it.
 * @returns The status.
 */
export function clauseStatus(clause: Pick<Clause, 'normative'>, links: readonly LinkReport[]): ClauseStatus {
  if (links.length === 0) return clause.normative ? 'untested' : 'not-normative';
  const outcomes = links.map((link) => combinedOutcome(link.results));
  if (outcomes.includes('failed')) return 'failing';
  if (outcomes.includes(undefined)) return 'unverified';
  if (outcomes.includes('skipped')) return 'skipped';
  return 'conformant';
}

const LINK_RULES: Partial<Record<LinkState, PolicyRuleId>> = { stale: 'stale', unreviewed: 'unreviewed', renumbered: 'renumbered' };

function policyFindings(clauses: readonly ClauseReport[], orphans: readonly LinkReport[], policy: TracePolicy, hasResults: boolean): TraceFinding[] {
  const findings: TraceFinding[] = [];
  const add = (rule: PolicyRuleId, scope: { id: string; section: string; sectionPath: readonly string[] }, message: string, link?: Link) => {
    const level = levelFor(policy[rule], scope);
    if (level === 'off') return;
    const finding: TraceFinding = { rule, level, clauseId: scope.id, message };
    if (link) finding.link = link;
    findings.push(finding);
  };
  for (const clause of clauses) {
    if (clause.links.length === 0 && clause.normative) add('untested', clause, `${clause.address} is normative and no check is linked to it`);
    for (const report of clause.links) {
      const where = `${report.link.file}:${report.link.line}`;
      const rule = LINK_RULES[report.state];
      if (rule) add(rule, clause, `${where}: ${report.detail}`, report.link);
      const outcome = combinedOutcome(report.results);
      if (outcome === 'failed') add('failing', clause, `${where}: check "${report.link.test}" failed${firstMessage(report.results, 'failed')}`, report.link);
      else if (outcome === 'skipped') add('skipped', clause, `${where}: check "${report.link.test}" was skipped`, report.link);
      else if (outcome === undefined) add('no-result', clause, `${where}: ${hasResults ? `no result for check "${report.link.test}" in the results given` : 'no test results given'}`, report.link);
    }
  }
  for (const report of orphans) {
    const id = report.link.clauseId;
    add('orphan', { id, section: sectionOfClauseId(id), sectionPath: [] }, `${report.link.file}:${report.link.line}: check "${report.link.test}" links to ${id}, but ${report.detail}`, report.link);
  }
  const order = (finding: TraceFinding) => (finding.level === 'error' ? 0 : 1) * 100 + POLICY_RULES.indexOf(finding.rule);
  return findings.map((finding, index) => ({ finding, index })).sort((a, b) => order(a.finding) - order(b.finding) || a.index - b.index).map(({ finding }) => finding);
}
