/**
 * Bad inputs give the documented exit code and a one-line message naming the file, no stack trace.
 */
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tmad } from '../support/run-cli.js';

let dir = '';
const good = '---\ndocument: TMAD\nversion: "1.0"\ndate: 2020-11-18\n---\n# T\n## 4 Migration\n\n**4.1** The DCC shall migrate.\n';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tmad-cli-'));
  writeFileSync(join(dir, 'good.md'), good);
  writeFileSync(join(dir, 'empty.md'), '');
  writeFileSync(join(dir, 'blank.md'), '  \n\n');
  writeFileSync(join(dir, 'binary.md'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x00, 0x01]));
  writeFileSync(join(dir, 'latin1.md'), Buffer.from('Caf\xe9 clause\n', 'latin1'));
  mkdirSync(join(dir, 'folder.md'));
  writeFileSync(join(dir, 'long.md'), `${good}\n**4.2** ${'word '.repeat(1_000_000)}\n`);
  writeFileSync(join(dir, 'dup.md'), `${good}\n**4.2** Second.\n\n**4.1** Again.\n`);
});

describe('bad input', () => {
  const cases: Array<[string, string[], number, RegExp]> = [
    ['missing file', ['parse', 'nope.md'], 3, /^tmad: nope\.md: no such file\n$/],
    ['directory', ['parse', 'folder.md'], 3, /^tmad: folder\.md: is a directory, expected a file\n$/],
    ['binary', ['parse', 'binary.md'], 3, /^tmad: binary\.md: is binary \(it contains NUL bytes\), expected UTF-8 text \(Markdown\), a Word \.docx or a PDF\n$/],
    ['not UTF-8', ['parse', 'latin1.md'], 3, /^tmad: latin1\.md: is not valid UTF-8 \(first bad byte at offset 3\), expected UTF-8 text\n$/],
    ['empty file', ['parse', 'empty.md'], 3, /^tmad: empty\.md: is empty, expected a Markdown document\n$/],
    ['blank file', ['lint', 'blank.md'], 3, /^tmad: blank\.md: is empty, expected a Markdown document\n$/],
    ['unknown format', ['parse', 'good.md', '--format', 'xml'], 2, /Unexpected --format `xml`, expected one of: json, text/],
    ['unknown command', ['frobnicate'], 2, /unknown command 'frobnicate'/],
    ['missing argument', ['parse'], 2, /missing required argument 'file'/],
  ];
  for (const [name, argv, code, message] of cases) {
    it(`${name}: exit ${code}`, async () => {
      const run = await tmad(argv, dir);
      expect(run.code).toBe(code);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(run.stdout).toBe('');
    });
  }

  it('a 5 MB single line parses (exit 0 from parse, no crash)', async () => {
    const run = await tmad(['parse', 'long.md'], dir);
    expect(run.code).toBe(0);
    const model = JSON.parse(run.stdout) as { clauses: Array<{ id: string; text: string }> };
    expect(model.clauses.map((c) => c.id)).toEqual(['4.1', '4.2']);
    expect(model.clauses[1]?.text.length).toBeGreaterThan(4_000_000);
  });

  it('duplicate ids: exit 1 with both places as file:line:column', async () => {
    const run = await tmad(['lint', 'dup.md'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('dup.md:13:1-13:15: error Unexpected duplicate clause `4.1`, expected a number not used before (first used at 9:1) [duplicate-clause-id]');
    expect(run.stderr).toContain('  dup.md:9:1-9:31: Clause `4.1` first defined here');
  });

  it('a good file lints clean (exit 0)', async () => {
    const run = await tmad(['lint', 'good.md'], dir);
    expect(run.stderr).toBe('1 file: no problems\n');
    expect(run.code).toBe(0);
  });

  it('nothing half-written: parse --out into an unwritable place leaves no file', async () => {
    writeFileSync(join(dir, 'blocker'), 'a file where a directory is needed');
    const run = await tmad(['parse', 'good.md', '--out', 'blocker/model.json'], dir);
    expect(run.code).not.toBe(0);
    expect(readdirSync(dir).filter((name) => name.includes('tmad-tmp'))).toEqual([]);
  });

  it('--help teaches, with an example, on every command', async () => {
    for (const command of ['parse', 'lint', 'build']) {
      const run = await tmad([command, '--help'], dir);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/Example/);
    }
  });
});
