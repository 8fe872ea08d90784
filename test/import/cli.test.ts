/**
 * `tmad import`: stdout by default, -o refuses to overwrite without --force, front-matter options win.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/parse-document.js';
import { tmad } from '../support/run-cli.js';

const source = join(import.meta.dirname, '../../documents/tmad/8.1.md');
let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tmad-import-'));
  writeFileSync(join(dir, 'taken.md'), 'keep me\n');
  writeFileSync(join(dir, 'fake.docx'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]));
});

describe('tmad import', () => {
  it('prints TMAD Markdown with the options in its front matter; reading it back gives the same clauses', async () => {
    const run = await tmad(['import', source, '--version', '9.0', '--date', '2021-01-01', '--status', 'draft', '--previous', '8.1'], dir);
    expect(run.code).toBe(0);
    const back = parseDocument(run.stdout, 'back.md').document;
    expect(back.meta).toMatchObject({ document: 'TMAD', version: '9.0', date: '2021-01-01', status: 'draft', previous: '8.1' });
    const original = parseDocument(readFileSync(source, 'utf8'), 'o.md').document;
    expect(back.clauses.map((c) => [c.id, c.fingerprint])).toEqual(original.clauses.map((c) => [c.id, c.fingerprint]));
  });

  it('refuses to overwrite an -o file without --force (exit 2), overwrites with it', async () => {
    const refused = await tmad(['import', source, '-o', 'taken.md'], dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/taken\.md exists; expected a new file, or --force/);
    expect(readFileSync(join(dir, 'taken.md'), 'utf8')).toBe('keep me\n');
    const forced = await tmad(['import', source, '-o', 'taken.md', '--force'], dir);
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, 'taken.md'), 'utf8')).toMatch(/^---\ndocument: TMAD\n/);
  });

  it('a file it cannot read is exit 3 with one line', async () => {
    const run = await tmad(['import', 'fake.docx'], dir);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/^tmad: fake\.docx: .*Word.*\n$/);
  });
});
