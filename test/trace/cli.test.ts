import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { scanLinks } from '../../src/trace/scan/scan-sources.js';
import { escapeXml } from '../../src/trace/render/xml-escape.js';
import { FIXTURES, REPO } from './helpers.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function tmad(cwd: string, ...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { cwd, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}

/** A small repository: the fixture versions, the TypeScript checks, a config. */
function repository(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tmad-trace-'));
  dirs.push(dir);
  cpSync(join(REPO, FIXTURES, 'docs'), join(dir, 'docs'), { recursive: true });
  cpSync(join(REPO, FIXTURES, 'src/ts'), join(dir, 'checks'), { recursive: true });
  cpSync(join(REPO, FIXTURES, 'results/vitest.xml'), join(dir, 'junit.xml'));
  // The results were written with the fixture's own path as classname: rewrite it to this repository's.
  writeFileSync(join(dir, 'junit.xml'), readFileSync(join(dir, 'junit.xml'), 'utf8').replaceAll('test/fixtures/trace/src/ts/', 'checks/'));
  const policy = { untested: { level: 'error', sections: ['1'] } };
  writeFileSync(join(dir, 'tmad.config.json'), JSON.stringify({ trace: { document: 'docs/1.0.md', src: ['checks'], results: ['junit.xml'], lock: 'trace.lock.json', policy } }));
  return dir;
}

/** JUnit results in which every check linked in the sources passed (as a runner would write them). */
function passingResults(sources: Array<{ path: string; text: string }>): string {
  const cases = scanLinks(sources, 'TMAD').map((link) => `<testcase classname="${escapeXml(link.file)}" name="${escapeXml(link.test)}"/>`);
  return `<testsuites><testsuite name="all" tests="${cases.length}">${[...new Set(cases)].join('')}</testsuite></testsuites>`;
}

describe('tmad trace (CLI)', () => {
  it('--check exits 1 when a linked check fails, 0 when the policy passes; review writes the lock', async () => {
    const dir = repository();
    const unreviewed = await tmad(dir, 'trace', '--check');
    expect(unreviewed.code).toBe(1);
    expect(unreviewed.stdout).toContain('unreviewed');
    const review = await tmad(dir, 'trace', 'review', '--all');
    expect(review.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'trace.lock.json'), 'utf8')).links).toHaveLength(5);
    const failing = await tmad(dir, 'trace', '--check');
    expect(failing.code).toBe(1);
    expect(failing.stdout).toMatch(/checks\/migration\.spec\.ts:8 +failing +General > notifies suppliers/);
    const source = { path: 'checks/migration.spec.ts', text: readFileSync(join(dir, 'checks/migration.spec.ts'), 'utf8') };
    writeFileSync(join(dir, 'junit.xml'), passingResults([source]));
    const passing = await tmad(dir, 'trace', '--check', '--format', 'json');
    expect(passing.code).toBe(0);
    expect(JSON.parse(passing.stdout).passed).toBe(true);
  });

  it('--doc on a newer version: stale and renumbered links; --fix rewrites the source atomically; review shows the diff', async () => {
    const dir = repository();
    expect((await tmad(dir, 'trace', 'review', '--all')).code).toBe(0);
    const newer = await tmad(dir, 'trace', '--doc', 'docs/1.1.md', '--check');
    expect(newer.code).toBe(1);
    expect(newer.stdout).toMatch(/migration\.spec\.ts:4 +stale/);
    expect(newer.stdout).toMatch(/migration\.spec\.ts:14 +renumbered/);
    expect(newer.stdout).toMatch(/migration\.spec\.ts:8 +1\.3 .*\n.*deleted in 1\.1/);
    const fixed = await tmad(dir, 'trace', '--doc', 'docs/1.1.md', '--fix');
    expect(fixed.stdout).toContain('checks/migration.spec.ts:14:12: TMAD 1.4 -> TMAD 1.3');
    expect(readFileSync(join(dir, 'checks/migration.spec.ts'), 'utf8')).toContain("it('TMAD 1.3, 1.4 keeps records and reports'");
    const review = await tmad(dir, 'trace', 'review', '1.2', '--doc', 'docs/1.1.md');
    expect(review.stdout).toContain('{+published +}');
    const after = await tmad(dir, 'trace', '--doc', 'docs/1.1.md', '--format', 'json');
    const states = JSON.parse(after.stdout).clauses.flatMap((c: { links: Array<{ state: string }> }) => c.links.map((l) => l.state));
    expect(states).not.toContain('stale');
    expect(states).not.toContain('renumbered');
  });

  it('rejects bad input with exit codes 2 and 3', async () => {
    const dir = repository();
    expect((await tmad(dir, 'trace', '--format', 'pdf')).code).toBe(2);
    expect((await tmad(dir, 'trace', 'review')).code).toBe(2);
    expect((await tmad(dir, 'trace', '--results', 'missing.xml')).code).toBe(3);
    writeFileSync(join(dir, 'bad.xml'), '<!DOCTYPE x [<!ENTITY a "b">]><testsuites/>');
    const bad = await tmad(dir, 'trace', '--results', 'bad.xml');
    expect(bad.code).toBe(3);
    expect(bad.stderr).toContain('DOCTYPE');
  });
});

describe('this repository (the worked example)', () => {
  const sources = ['authorisation', 'dormant', 'eligibility', 'exclusions', 'lifecycle'].map((name) => {
    const path = `test/conformance/${name}.test.ts`;
    return { path, text: readFileSync(join(REPO, path), 'utf8') };
  });

  it('passes on 8.1 when its checks pass, with at least 15 normative clauses covered (4.24, 4.24A, 4.44B among them)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tmad-results-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'junit.xml'), passingResults(sources));
    const result = await tmad(REPO, 'trace', '--check', '--results', join(dir, 'junit.xml'), '--format', 'json');
    const json = JSON.parse(result.stdout) as { passed: boolean; clauses: Array<{ id: string; status: string; normative: boolean }> };
    expect(result.code).toBe(0);
    const covered = json.clauses.filter((c) => c.normative && c.status === 'conformant').map((c) => c.id);
    expect(covered.length).toBeGreaterThanOrEqual(15);
    expect(covered).toEqual(expect.arrayContaining(['4.24', '4.24A', '4.44B']));
  });

  it('on 8.0 shows the 4.24 and 4.24A links stale and the 4.44B link orphaned, and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tmad-results-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'junit.xml'), passingResults(sources));
    const result = await tmad(REPO, 'trace', '--check', '--doc', 'documents/tmad/8.0.md', '--results', join(dir, 'junit.xml'), '--format', 'json');
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout) as { clauses: Array<{ id: string; links: Array<{ state: string }> }>; orphans: Array<{ linkedAs: string }> };
    const statesOf = (id: string) => json.clauses.find((c) => c.id === id)?.links.map((l) => l.state);
    expect(statesOf('4.24')).toEqual(['stale']);
    expect(statesOf('4.24A')).toEqual(['stale', 'stale']);
    expect(json.orphans.map((o) => o.linkedAs)).toEqual(['4.44B']);
  });
});
