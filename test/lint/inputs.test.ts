/**
 * `tmad lint` takes folders and globs wherever it takes files; one that matches nothing is exit 3.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { globRegExp } from '../../src/cli/expand-inputs.js';
import { tmad } from '../support/run-cli.js';

const good = '---\ndocument: TMAD\nversion: "1.0"\ndate: 2020-11-18\n---\n# T\n## 4 Migration\n\n**4.1** The DCC shall migrate.\n';
let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tmad-lint-inputs-'));
  mkdirSync(join(dir, 'versions/old'), { recursive: true });
  mkdirSync(join(dir, 'empty'));
  writeFileSync(join(dir, 'versions/a.md'), good);
  writeFileSync(join(dir, 'versions/b.md'), good);
  writeFileSync(join(dir, 'versions/notes.txt'), 'not a version');
  writeFileSync(join(dir, 'versions/old/c.md'), `${good}\n**4.3** A gap.\n`);
});

describe('lint inputs', () => {
  it('a folder gives every version under it', async () => {
    const run = await tmad(['lint', 'versions/', '--format', 'json'], dir);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { files: string[] }).files).toEqual(['versions/a.md', 'versions/b.md', 'versions/old/c.md']);
  });

  it('a glob gives the files it matches (* within a folder, ** across)', async () => {
    const one = await tmad(['lint', 'versions/*.md', '--format', 'json'], dir);
    expect((JSON.parse(one.stdout) as { files: string[] }).files).toEqual(['versions/a.md', 'versions/b.md']);
    const all = await tmad(['lint', 'versions/**/*.md', '--format', 'json'], dir);
    expect((JSON.parse(all.stdout) as { files: string[] }).files).toEqual(['versions/a.md', 'versions/b.md', 'versions/old/c.md']);
  });

  it('a folder or glob that matches nothing is exit 3, never "0 files: no problems"', async () => {
    const glob = await tmad(['lint', 'versions/*.docx'], dir);
    expect(glob.code).toBe(3);
    expect(glob.stderr).toMatch(/^tmad: versions\/\*\.docx: matches no file/);
    const folder = await tmad(['lint', 'empty'], dir);
    expect(folder.code).toBe(3);
    expect(folder.stderr).toMatch(/^tmad: empty: is a folder with no \.md, \.docx, \.pdf file/);
  });

  it('reports a clause-number gap as a warning with both places', async () => {
    const run = await tmad(['lint', 'versions/old/c.md'], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('warning Unexpected gap before clause `4.3` after `4.1`: `4.2` missing');
    expect(run.stderr).toMatch(/\n {2}versions\/old\/c\.md:9:1-9:31: Previous clause `4\.1` is here/);
  });

  it('globRegExp: *, ?, ** and classes', () => {
    expect(globRegExp('*.md').test('a.md')).toBe(true);
    expect(globRegExp('*.md').test('x/a.md')).toBe(false);
    expect(globRegExp('**/*.md').test('x/y/a.md')).toBe(true);
    expect(globRegExp('**/*.md').test('a.md')).toBe(true);
    expect(globRegExp('[78].?.md').test('7.1.md')).toBe(true);
    expect(globRegExp('[78].?.md').test('9.1.md')).toBe(false);
  });
});
