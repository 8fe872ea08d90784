import { describe, expect, it } from 'vitest';
import { computeDelta } from '../../src/delta/compute-delta.js';
import { DEFAULT_POLICY, type TracePolicy } from '../../src/trace/config.js';
import { fixLinks } from '../../src/trace/fix.js';
import { readJUnit } from '../../src/trace/junit-read.js';
import { emptyLock, type TraceLock } from '../../src/trace/lock.js';
import { reviewClauses } from '../../src/trace/review.js';
import { scanLinks, type SourceFile } from '../../src/trace/scan/scan-sources.js';
import { traceDocument } from '../../src/trace/trace-document.js';
import type { TestResult, TraceReport } from '../../src/trace/types.js';
import { fixtureDocument, fixtureResults, fixtureSources } from './helpers.js';

const ALL_RESULTS = ['vitest.xml', 'pytest.xml', 'surefire.xml', 'go.xml', 'dotnet.xml'];

function results(names: readonly string[] = ALL_RESULTS): TestResult[] {
  return names.flatMap((name) => {
    const file = fixtureResults(name);
    const read = readJUnit(file.text, file.path);
    if (!read.ok) throw new Error(read.reason);
    return read.results;
  });
}

function trace(version: '1.0' | '1.1', options: { sources?: SourceFile[]; lock?: TraceLock; results?: TestResult[] | undefined; policy?: TracePolicy; delta?: boolean } = {}): TraceReport {
  const document = fixtureDocument(version);
  const links = scanLinks(options.sources ?? fixtureSources(), 'TMAD');
  return traceDocument({
    document,
    links,
    results: 'results' in options ? options.results : results(),
    lock: options.lock ?? emptyLock('TMAD'),
    policy: options.policy ?? DEFAULT_POLICY,
    reviewedVersions: new Map([['1.0', fixtureDocument('1.0')]]),
    ...(options.delta === false ? {} : { computeDelta }),
  });
}

/** The lock after reviewing every linked clause of 1.0. */
function reviewedLock(sources?: SourceFile[]): TraceLock {
  const report = trace('1.0', sources ? { sources } : {});
  return reviewClauses(report, fixtureDocument('1.0'), emptyLock('TMAD'), report.clauses.filter((c) => c.links.length > 0).map((c) => c.id)).lock;
}

const statuses = (report: TraceReport) => Object.fromEntries(report.clauses.map((clause) => [clause.id, clause.status]));
const states = (report: TraceReport, id: string) => report.clauses.find((clause) => clause.id === id)?.links.map((link) => `${link.link.language}:${link.state}`);

describe('clause status', () => {
  it('joins results of every runner by test name and gives each clause its status', () => {
    const report = trace('1.0', { lock: reviewedLock() });
    expect(statuses(report)).toEqual({ '1.1': 'not-normative', '1.2': 'conformant', '1.3': 'failing', '1.4': 'skipped', '1.5': 'skipped', '2.1': 'conformant', '2.2': 'untested' });
    expect(states(report, '1.2')).toEqual(['csharp:ok', 'go:ok', 'go:ok', 'python:ok', 'typescript:ok']);
    // it.each and pytest parametrisation: every run is joined.
    expect(report.clauses.find((c) => c.id === '2.1')?.links.map((l) => l.results.length)).toEqual([1, 2, 2]);
    expect(report.unmatchedResults).toBe(2); // 'has no link' (vitest) and test_unlinked (pytest)
  });

  it('is unverified when a linked check has no result, and every linked clause is without results', () => {
    expect(statuses(trace('1.0', { lock: reviewedLock(), results: results(['vitest.xml']) }))['1.2']).toBe('unverified');
    const none = trace('1.0', { lock: reviewedLock(), results: undefined });
    expect(Object.values(statuses(none)).filter((s) => s === 'unverified')).toHaveLength(5);
    expect(none.findings.filter((f) => f.rule === 'no-result').length).toBeGreaterThan(0);
  });

  it('a failing check fails the policy; each rule can be relaxed or scoped', () => {
    const report = trace('1.0', { lock: reviewedLock() });
    expect(report.passed).toBe(false);
    expect(report.findings.filter((f) => f.level === 'error').map((f) => `${f.rule} ${f.clauseId}`)).toEqual(['failing 1.3', 'untested 2.2']);
    const relaxed = trace('1.0', { lock: reviewedLock(), policy: { ...DEFAULT_POLICY, failing: { level: 'warning' }, untested: { level: 'error', sections: ['1'] } } });
    expect(relaxed.passed).toBe(true);
    expect(relaxed.findings.map((f) => `${f.level} ${f.rule} ${f.clauseId}`)).toEqual(['warning failing 1.3', 'warning skipped 1.4', 'warning skipped 1.5']);
  });

  it('links not in the lock are unreviewed', () => {
    const report = trace('1.0');
    expect(states(report, '2.1')).toEqual(['go:unreviewed', 'python:unreviewed', 'typescript:unreviewed']);
    expect(report.findings.some((f) => f.rule === 'unreviewed')).toBe(true);
  });
});

describe('staleness across versions', () => {
  it('one word changed makes links stale; a deleted clause orphans them; a renumbered one is followed', () => {
    const report = trace('1.1', { lock: reviewedLock() });
    expect(states(report, '1.2')).toEqual(['csharp:stale', 'go:stale', 'go:stale', 'python:stale', 'typescript:stale']);
    expect(report.orphans.map((o) => `${o.link.language} ${o.link.clauseId}`)).toEqual(['csharp 1.3', 'python 1.3', 'typescript 1.3']);
    expect(report.orphans[0]?.detail).toContain('deleted in 1.1');
    // Old 1.4 is new 1.3, old 1.5 is new 1.4: renumbered, not stale.
    expect(states(report, '1.3')).toEqual(['java:renumbered', 'typescript:renumbered']);
    expect(states(report, '1.4')).toEqual(['java:renumbered', 'typescript:renumbered']);
    expect(states(report, '2.1')).toEqual(['go:ok', 'python:ok', 'typescript:ok']);
    expect(report.passed).toBe(false);
    expect(new Set(report.findings.map((f) => f.rule))).toEqual(new Set(['stale', 'orphan', 'renumbered', 'untested', 'skipped']));
  });

  it('without a delta, a renumbered clause is still followed by its fingerprint', () => {
    const report = trace('1.1', { lock: reviewedLock(), delta: false });
    expect(states(report, '1.3')?.filter((s) => s.endsWith('renumbered'))).toEqual(['java:renumbered', 'typescript:renumbered']);
  });

  it('--fix rewrites renumbered links in the sources and moves their lock entries: no review needed', () => {
    const lock = reviewedLock();
    const sources = fixtureSources();
    const report = trace('1.1', { lock, sources });
    const fixed = fixLinks(report, sources, lock, 'TMAD');
    expect(fixed.problems).toEqual([]);
    expect(fixed.fixes.map((f) => `${f.file.split('/').pop()}:${f.line}:${f.column} ${f.from}->${f.to}`)).toEqual(['MigrationTest.java:7:13 1.4->1.3', 'MigrationTest.java:14:24 1.5->1.4', 'migration.spec.ts:14:12 1.4->1.3', 'migration.spec.ts:14:17 1.5->1.4']);
    const ts = fixed.files.find((file) => file.path.endsWith('.spec.ts'))?.text ?? '';
    expect(ts).toContain("it('TMAD 1.3, 1.4 keeps records and reports'");
    expect(ts.split('\n').length).toBe(sources.find((s) => s.path.endsWith('.spec.ts'))?.text.split('\n').length);
    const after = sources.map((source) => fixed.files.find((file) => file.path === source.path) ?? source);
    // Results renamed as the tests now are (the runner would report the new names).
    const renamed = results().map((r) => ({ ...r, name: r.name.replace('TMAD 1.4, 1.5', 'TMAD 1.3, 1.4').replace('TMAD 1.5 publishes', 'TMAD 1.4 publishes') }));
    const again = trace('1.1', { lock: fixed.lock, sources: after, results: renamed });
    expect(states(again, '1.3')).toEqual(['java:ok', 'typescript:skipped']);
    expect(states(again, '1.4')).toEqual(['java:ok', 'typescript:skipped']);
    expect(again.findings.some((f) => f.rule === 'renumbered' || (f.rule === 'stale' && f.clauseId !== '1.2'))).toBe(false);
  });

  it('review re-pins a stale clause and shows the word diff since the last review', () => {
    const lock = reviewedLock();
    const report = trace('1.1', { lock });
    const reviewed = reviewClauses(report, fixtureDocument('1.1'), lock, ['TMAD 1.2']);
    expect(reviewed.problems).toEqual([]);
    const [review] = reviewed.reviews;
    expect(review?.previous?.version).toBe('1.0');
    expect(review?.parts.filter((p) => p.op !== 'equal').map((p) => `${p.op}:${p.text.trim()}`)).toEqual(['insert:published']);
    const again = trace('1.1', { lock: reviewed.lock });
    expect(states(again, '1.2')).toEqual(['csharp:ok', 'go:ok', 'go:ok', 'python:ok', 'typescript:ok']);
    // Reviewing a clause with renumbered links asks for --fix first.
    expect(reviewClauses(report, fixtureDocument('1.1'), lock, ['1.3']).problems[0]).toContain('--fix');
  });
});
