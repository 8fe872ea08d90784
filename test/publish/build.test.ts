/**
 * `tmad build` as a person runs it, in a copy of the repository: out/ replaced whole (stale files and a killed
 * build's leftovers gone, test results kept), public outputs under out/public/ and nothing confidential there,
 * a summary of what was written and skipped, a stray Markdown file a warning; with LibreOffice, a PDF of every
 * redline, clean copy and report that has pages, text and embedded fonts.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tmad } from '../support/run-cli.js';
import { ROOT } from './support.js';

const hasSoffice = spawnSync('soffice', ['--version']).status === 0;
const hasPoppler = spawnSync('pdfinfo', ['-v']).status === 0;
if (!hasSoffice) console.warn('build.test.ts: LibreOffice (soffice) is not installed, the build skips PDFs and so does this test (CI installs libreoffice-writer-nogui)');

function listAll(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

describe('tmad build in a copy of the repository', async () => {
  const repo = mkdtempSync(join(tmpdir(), 'tmad-build-'));
  for (const path of ['documents', 'templates', 'tmad.config.json', 'tmad-trace.lock.json', 'test/conformance']) cpSync(join(ROOT, path), join(repo, path), { recursive: true });
  writeFileSync(join(repo, 'documents/notes.md'), '# Notes\n\nNot a version.\n');
  mkdirSync(join(repo, 'out/stale'), { recursive: true });
  writeFileSync(join(repo, 'out/stale/old.html'), 'stale');
  mkdirSync(join(repo, 'out/conformance'), { recursive: true });
  writeFileSync(join(repo, 'out/conformance/junit.xml'), '<testsuites><testsuite name="s" tests="0"></testsuite></testsuites>');
  mkdirSync(join(repo, '.out.tmad-build-999999999-x/public'), { recursive: true });
  const run = await tmad(['build', ...(hasSoffice ? [] : ['--no-pdf'])], repo);
  const out = join(repo, 'out');
  const files = existsSync(out) ? listAll(out) : [];

  it('succeeds, warning about the stray Markdown file without stopping', () => {
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/documents\/notes\.md[^\n]*neither a version nor part of a consultation/);
  });

  it('replaces out/ whole: stale files and leftovers of a killed build gone, test results kept', () => {
    expect(files).not.toContain('stale/old.html');
    expect(readdirSync(repo).filter((name) => name.startsWith('.out.'))).toEqual([]);
    expect(readFileSync(join(out, 'conformance/junit.xml'), 'utf8')).toContain('<testsuites>');
    expect(run.stderr).toContain('kept: out/conformance/junit.xml');
  });

  it('puts publishable files under out/public/ and nothing confidential there', () => {
    const published = files.filter((path) => path.startsWith('public/'));
    expect(published).toEqual(expect.arrayContaining(['public/tmad/8.1.docx', 'public/tmad/8.1-delta-vs-8.0.docx', 'public/tmad/8.1-delta-vs-8.0.html', 'public/consultations/focb/report-public.docx', 'public/consultations/focb/response-template.docx', 'public/trace/tmad-8.1-matrix.html']));
    expect(published.filter((path) => /beis|responses\.(json|csv)|seed-extraction/.test(path))).toEqual([]);
    expect(files).toEqual(expect.arrayContaining(['consultations/focb/report-beis.docx', 'consultations/focb/responses.json', 'tmad/8.1.json']));
    for (const path of published.filter((p) => /\.(md|html)$/.test(p))) expect(readFileSync(join(out, path), 'utf8'), path).not.toMatch(/Meadow|Oliver Grant|BW-CONF-7731/);
  });

  it('says what it wrote and what it skipped, and why', () => {
    expect(run.stderr).toMatch(/tmad build: 4 versions, 1 consultation; wrote \d+ files to out\/ \(\d+ in out\/public\/\)/);
    expect(run.stderr).toContain('out/public/tmad/: ');
    if (!hasSoffice) expect(run.stderr).toContain('PDF: skipped');
  });

  it('refuses an --out that would replace the inputs, and a missing --documents, before writing anything', async () => {
    expect((await tmad(['build', '--no-pdf', '--out', '.'], repo)).code).toBe(2);
    expect((await tmad(['build', '--no-pdf', '--out', 'documents/out'], repo)).code).toBe(2);
    const missing = await tmad(['build', '--no-pdf', '--documents', 'nope'], repo);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('nope: no such directory');
    expect(existsSync(join(repo, 'documents/tmad/8.1.md'))).toBe(true);
    expect(existsSync(join(out, 'public/index.html'))).toBe(true);
  });

  it.skipIf(!hasSoffice || !hasPoppler)('makes a PDF of every redline, clean copy and report, with pages, text and embedded fonts (skipped without soffice and poppler-utils)', () => {
    const pdfs = files.filter((path) => path.endsWith('.pdf'));
    const expected = files.filter((path) => path.endsWith('.docx') && !path.endsWith('response-template.docx')).map((path) => path.replace(/\.docx$/, '.pdf'));
    expect(pdfs).toEqual(expected);
    expect(pdfs.length).toBeGreaterThanOrEqual(9);
    for (const pdf of pdfs) {
      const file = join(out, pdf);
      const pages = Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [file], { encoding: 'utf8' }).stdout)?.[1] ?? 0);
      expect(pages, pdf).toBeGreaterThan(0);
      const text = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' }).stdout;
      expect(text, pdf).toMatch(/SMETS1|FOCb|TMAD/);
      if (pdf.startsWith('public/tmad/')) expect(text, pdf).toMatch(/Page 1 of \d+/);
      const fonts = spawnSync('pdffonts', [file], { encoding: 'utf8' }).stdout.split('\n').slice(2).filter((line) => line.trim() !== '');
      expect(fonts.length, pdf).toBeGreaterThan(0);
      for (const line of fonts) expect(line.split(/\s+/).at(-5), `${pdf}: ${line}`).toBe('yes');
    }
  });
}, 300_000);
