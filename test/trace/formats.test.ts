import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../src/trace/config.js';
import { readJUnit } from '../../src/trace/junit-read.js';
import { emptyLock } from '../../src/trace/lock.js';
import { renderTraceReport, TRACE_FORMATS } from '../../src/trace/render/render-report.js';
import { scanLinks } from '../../src/trace/scan/scan-sources.js';
import { traceDocument } from '../../src/trace/trace-document.js';
import type { TraceReport } from '../../src/trace/types.js';
import { fixtureDocument, fixtureResults, fixtureSources } from './helpers.js';

function report(extraSource?: { path: string; text: string }): TraceReport {
  const sources = [...fixtureSources(), ...(extraSource ? [extraSource] : [])];
  const file = fixtureResults('vitest.xml');
  const read = readJUnit(file.text, file.path);
  if (!read.ok) throw new Error(read.reason);
  return traceDocument({ document: fixtureDocument('1.1'), links: scanLinks(sources, 'TMAD'), results: read.results, lock: emptyLock('TMAD'), policy: DEFAULT_POLICY });
}

type Node = Record<string, unknown>;
const list = (value: unknown): Node[] => (value === undefined ? [] : Array.isArray(value) ? (value as Node[]) : [value as Node]);

/** The structure of the JUnit XSD (Ant/Jenkins junit-10.xsd) that CI viewers rely on. */
function junitProblems(xml: string): string[] {
  const problems: string[] = [];
  if (XMLValidator.validate(xml) !== true) return ['not well-formed'];
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', preserveOrder: false }).parse(xml) as Node;
  const suites = list((parsed['testsuites'] as Node | undefined)?.['testsuite']);
  if (suites.length === 0) problems.push('no testsuite');
  for (const suite of suites) {
    for (const attribute of ['@name', '@tests']) if (typeof suite[attribute] !== 'string' && typeof suite[attribute] !== 'number') problems.push(`testsuite without ${attribute}`);
    const cases = list(suite['testcase']);
    if (Number(suite['@tests']) !== cases.length) problems.push('tests count differs from testcases');
    if (Number(suite['@failures']) !== cases.filter((c) => c['failure'] !== undefined).length) problems.push('failures count differs');
    for (const testCase of cases) {
      if (typeof testCase['@name'] !== 'string' || typeof testCase['@classname'] !== 'string') problems.push('testcase without name or classname');
      const allowed = ['@name', '@classname', '@time', 'failure', 'skipped', 'error', 'system-out', 'system-err'];
      for (const key of Object.keys(testCase)) if (!allowed.includes(key)) problems.push(`unexpected ${key}`);
      if (testCase['failure'] !== undefined && testCase['skipped'] !== undefined) problems.push('failure and skipped together');
    }
  }
  // Element order inside a testcase: skipped/error/failure before system-out.
  for (const match of xml.matchAll(/<testcase[^>]*>([\s\S]*?)<\/testcase>/g)) {
    const body = match[1] ?? '';
    if (body.includes('<system-out>') && /<(failure|skipped)/.test(body.slice(body.indexOf('<system-out>')))) problems.push('system-out before failure/skipped');
  }
  return problems;
}

/** The required structure of SARIF 2.1.0 (sarif-schema-2.1.0.json) for what tmad writes. */
function sarifProblems(json: unknown): string[] {
  const problems: string[] = [];
  const log = json as Node;
  if (log['version'] !== '2.1.0') problems.push('version must be "2.1.0"');
  if (typeof log['$schema'] !== 'string') problems.push('$schema should be given');
  const runs = log['runs'];
  if (!Array.isArray(runs) || runs.length === 0) return [...problems, 'runs must be a non-empty array'];
  for (const run of runs as Node[]) {
    const driver = ((run['tool'] as Node | undefined)?.['driver'] ?? {}) as Node;
    if (typeof driver['name'] !== 'string') problems.push('tool.driver.name is required');
    const rules = list(driver['rules']);
    for (const rule of rules) if (typeof rule['id'] !== 'string') problems.push('rule without id');
    for (const result of list(run['results'])) {
      const message = result['message'] as Node | undefined;
      if (typeof message?.['text'] !== 'string') problems.push('result.message.text is required');
      if (!['none', 'note', 'warning', 'error'].includes(String(result['level']))) problems.push(`bad level ${String(result['level'])}`);
      const index = result['ruleIndex'];
      if (typeof index === 'number' && rules[index]?.['id'] !== result['ruleId']) problems.push('ruleIndex does not point at ruleId');
      for (const location of list(result['locations'])) {
        const physical = location['physicalLocation'] as Node | undefined;
        const uri = (physical?.['artifactLocation'] as Node | undefined)?.['uri'];
        const region = physical?.['region'] as Node | undefined;
        if (typeof uri !== 'string' || uri.startsWith('/')) problems.push('artifactLocation.uri must be a relative reference');
        if (!Number.isInteger(region?.['startLine']) || Number(region?.['startLine']) < 1) problems.push('region.startLine must be an integer >= 1');
        if (region?.['startColumn'] !== undefined && (!Number.isInteger(region['startColumn']) || Number(region['startColumn']) < 1)) problems.push('region.startColumn must be an integer >= 1');
      }
    }
  }
  return problems;
}

describe('output formats', () => {
  it('JUnit: one test case per clause (plus orphans), valid against the JUnit schema structure, parsable by our own reader', () => {
    const trace = report();
    const xml = renderTraceReport(trace, 'junit');
    expect(junitProblems(xml)).toEqual([]);
    const read = readJUnit(xml, 'trace.xml');
    if (!read.ok) throw new Error(read.reason);
    expect(read.results.filter((r) => r.classname !== 'TMAD.orphans').map((r) => r.name)).toEqual(trace.clauses.map((c) => c.address));
    expect(read.results.find((r) => r.name === 'TMAD 1.2')?.outcome).toBe('failed');
    expect(read.results.find((r) => r.name === 'TMAD 1.1')?.outcome).toBe('skipped');
    expect(read.results.filter((r) => r.classname === 'TMAD.orphans')).toHaveLength(trace.orphans.length);
  });

  it('SARIF 2.1.0: a result at the file, line and column of each broken or stale link', () => {
    const trace = report();
    const sarif = JSON.parse(renderTraceReport(trace, 'sarif')) as Node;
    expect(sarifProblems(sarif)).toEqual([]);
    const results = list((sarif['runs'] as Node[])[0]?.['results']);
    expect(results).toHaveLength(trace.findings.length);
    const orphan = results.find((r) => r['ruleId'] === 'orphan') as Node;
    const location = (list(orphan['locations'])[0]?.['physicalLocation'] ?? {}) as Node;
    expect((location['artifactLocation'] as Node)['uri']).toMatch(/^test\/fixtures\/trace\/src\//);
    const link = trace.orphans.find((o) => o.link.file === (location['artifactLocation'] as Node)['uri'])?.link;
    expect(location['region']).toEqual({ startLine: link?.line, startColumn: link?.column });
    // The schema check can fail.
    expect(sarifProblems({ version: '2.0', runs: [{ tool: { driver: {} }, results: [{ level: 'bad', locations: [{ physicalLocation: { region: { startLine: 0 } } }] }] }] })).toHaveLength(7);
  });

  it('JSON: clauses[] with address, status and links[] with file, line, test, state', () => {
    const json = JSON.parse(renderTraceReport(report(), 'json')) as { clauses: Array<{ address: string; status: string; links: Array<Record<string, unknown>> }> };
    const clause = json.clauses.find((c) => c.address === 'TMAD 1.2');
    expect(clause?.status).toBe('unverified');
    expect(clause?.links[0]).toMatchObject({ file: expect.any(String), line: expect.any(Number), test: expect.any(String), state: 'unreviewed' });
  });

  it('HTML and Markdown escape test names; every format is deterministic', () => {
    const hostile = { path: 'test/evil.spec.ts', text: "it('TMAD 2.1 <script>alert(1)</script> & | pipes', () => {});\n" };
    const trace = report(hostile);
    const html = renderTraceReport(trace, 'html');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; | pipes');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    const md = renderTraceReport(trace, 'md');
    expect(md).toContain('\\<script\\>alert(1)\\</script\\> & \\| pipes');
    for (const format of TRACE_FORMATS) expect(renderTraceReport(report(hostile), format)).toBe(renderTraceReport(trace, format));
  });
});

/** The official SARIF 2.1.0 JSON schema (draft-04), as shipped in the @microsoft/jest-sarif package. */
const sarifSchema = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
// ajv-draft-04 is CommonJS (`module.exports = Ajv`): load it with require, typed as far as used here.
type Validate = ((data: unknown) => boolean) & { errors?: unknown[] | null };
const Ajv = createRequire(import.meta.url)('ajv-draft-04') as new (options: Record<string, unknown>) => { compile(schema: object): Validate };
const validateSarif = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }).compile(sarifSchema);

describe('SARIF output against the official SARIF 2.1.0 schema', () => {
  it('is valid', () => {
    const sarif = JSON.parse(renderTraceReport(report(), 'sarif')) as unknown;
    validateSarif(sarif);
    expect(validateSarif.errors ?? []).toEqual([]);
  });
  it('the validator rejects a broken log (so the check above can fail)', () => {
    expect(validateSarif({ version: '2.1.0', runs: [{ tool: { driver: {} }, results: [{ level: 'fatal', message: {} }] }] })).toBe(false);
  });
});
