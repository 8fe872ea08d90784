/**
 * Hostile inputs through the CLI (issue 15): each case gives the documented exit code and a
 * one-line message, no stack trace, nothing written outside the output folder, no partial output.
 * Inputs are made here; nothing large is committed.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder, runHostile, workspace } from './run.js';

const fm = (lines: string) => `---\ndocument: TMAD\n${lines}\n---\n# Hostile\n\n## 4 Migration\n\n**4.1** The DCC shall migrate.\n`;
const good = (version: string, previous?: string) => fm(`version: "${version}"\ndate: 2020-11-18${previous ? `\nprevious: "${previous}"` : ''}`);

describe('hostile front matter', () => {
  it('a YAML alias bomb is refused at its line, not expanded (exit 1)', async () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].map((key, i) => `${key}: &${key} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`)].join('\n');
    const dir = workspace({ 'bomb.md': fm(`version: "1.0"\ndate: 2020-11-18\n${bomb}`) });
    await runHostile(dir, ['lint', 'bomb.md'], { code: 1, message: /bomb\.md:6:\d+-6:\d+: error Unexpected front matter: YAML alias `\*a`, expected plain values/ });
  });

  it('even 150 benign aliases are refused with one line, no "Excessive alias count" crash', async () => {
    const aliases = Array.from({ length: 150 }, (_, i) => `k${i}: *x`).join('\n');
    const dir = workspace({ 'aliases.md': fm(`version: "1.0"\ndate: 2020-11-18\nbase: &x 1\n${aliases}`) });
    const run = await runHostile(dir, ['lint', 'aliases.md'], { code: 1, message: /YAML alias `\*x`/ });
    expect(run.stderr).not.toMatch(/Excessive alias count/);
  });

  const invalid: Array<[string, string, RegExp]> = [
    ['a list where the version belongs', 'version: [1, 2]\ndate: 2020-11-18', /:3:10-3:10: error Unexpected front matter: `version` that is a list, expected a version such as "7.2"/],
    ['a day that does not exist', 'version: "1.0"\ndate: 2020-02-30', /:4:7-4:7: error Unexpected front matter: `date: 2020-02-30`, a day that does not exist/],
    ['a mapping where the date belongs', 'version: "1.0"\ndate:\n  year: 2020', /:5:3-5:3: error Unexpected front matter: `date` that is a mapping, expected a date/],
    ['a duplicate key', 'version: "1.0"\nversion: "2.0"\ndate: 2020-11-18', /:4:1-4:1: error Unexpected front matter: Map keys must be unique/],
    ['a version of 300 characters', `version: "${'9'.repeat(300)}"\ndate: 2020-11-18`, /:3:10-3:10: error Unexpected front matter: `version: "9{40}\.\.\."` \(300 characters\), expected at most 32/],
  ];
  for (const [name, lines, message] of invalid) {
    it(`${name}: exit 1, reported at its line`, async () => {
      const dir = workspace({ 'bad.md': fm(lines) });
      await runHostile(dir, ['lint', 'bad.md'], { code: 1, message });
    });
  }

  it('CR-only line endings (valid CommonMark) lint clean', async () => {
    const dir = workspace({ 'cr.md': `${good('1.0').replace(/\n/g, '\r')}\r**4.2** See Clause 4.1.\r` });
    await runHostile(dir, ['lint', 'cr.md'], { code: 0, message: /^1 file: no problems\n$/ });
  });
});

describe('hostile clause numbers', () => {
  it('numbers beyond float precision still order right (4.99999999999999999 then ...98 is out of order)', async () => {
    const text = `${good('1.0')}\n**4.99999999999999999** Nine.\n\n**4.99999999999999998** Eight.\n`;
    const dir = workspace({ 'big.md': text });
    await runHostile(dir, ['lint', 'big.md'], { code: 1, message: /\[clause-order\]/ });
    const inOrder = workspace({ 'big.md': `${good('1.0')}\n**4.99999999999999998** Eight.\n\n**4.99999999999999999** Nine.\n` });
    // In order: no clause-order error (the gap from 4.1 is only a clause-number-gap warning).
    await runHostile(inOrder, ['lint', 'big.md'], { code: 0, message: /0 errors|no problems/ });
  });
});

describe('hostile output places', () => {
  it('out being a file: exit 3, one line, nothing written', async () => {
    const dir = workspace({ 'good.md': good('1.0'), out: 'a file where a folder is needed' });
    await runHostile(dir, ['parse', 'good.md', '--out', 'out/model.json'], { code: 3, message: /^tmad: .*out\/model\.json: cannot be written: a file is in the way where a directory is needed\n$/ });
    expect(readFileSync(join(dir, 'out'), 'utf8')).toBe('a file where a folder is needed');
  });

  it('one output path being a directory: exit 3, the old out/ untouched, no partial output', async () => {
    const dir = workspace({ 'a.md': good('1.0'), 'b.md': good('1.1', '1.0') });
    mkdirSync(join(dir, 'out', '1.1-delta-vs-1.0.md'), { recursive: true });
    writeFileSync(join(dir, 'out', '1.1-delta-vs-1.0.json'), 'old json');
    await runHostile(dir, ['diff', 'a.md', 'b.md', '--out', 'out'], { code: 3, message: /^tmad: .*1\.1-delta-vs-1\.0\.md: cannot be written: it is a directory, expected a file or nothing\n$/ });
    expect(readFileSync(join(dir, 'out', '1.1-delta-vs-1.0.json'), 'utf8')).toBe('old json');
    expect(filesUnder(join(dir, 'out'))).toEqual(['1.1-delta-vs-1.0.json']);
  });

  it('an output name derived from metadata too long for the file system: exit 3, no temporary files, no folder made', async () => {
    const long = 'v'.repeat(245);
    const dir = workspace({ [`${long}.md`]: fm('date: 2020-11-18'), 'b.md': fm('date: 2020-11-18') });
    await runHostile(dir, ['diff', 'b.md', `${long}.md`, '--out', 'out'], { code: 3, message: /cannot be written: its name is \d+ bytes, more than the 255 a file name may have\n$/ });
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('a version of 300 characters never names a file: it is refused, and the file name is used', async () => {
    const dir = workspace({ 'a.md': good('1.0'), 'b.md': fm(`version: "${'9'.repeat(300)}"\ndate: 2020-11-18`) });
    await runHostile(dir, ['diff', 'a.md', 'b.md', '--out', 'out', '--format', 'md'], { code: 0, message: /wrote out\/b-delta-vs-1\.0\.md/, outputs: 'out' });
  });

  it.skipIf(process.getuid?.() === 0)('a read-only out/: exit 3, one line (skipped as root: root writes anywhere)', async () => {
    const dir = workspace({ 'good.md': good('1.0') });
    mkdirSync(join(dir, 'out'));
    chmodSync(join(dir, 'out'), 0o555);
    await runHostile(dir, ['parse', 'good.md', '--out', 'out/model.json'], { code: 3, message: /cannot be written: permission denied\n$/ });
    chmodSync(join(dir, 'out'), 0o755);
  });
});

describe('hostile text in messages', () => {
  it('control characters in a file name are escaped in the message', async () => {
    const dir = workspace({});
    const run = await runHostile(dir, ['parse', '\u001b[2J\u0007evil.md'], { code: 3, message: /^tmad: \\x1b\[2J\\x07evil\.md: no such file\n$/ });
    expect(run.stderr).not.toContain('\u001b');
  });

  it('control characters in an unknown command are escaped in commander\'s message', async () => {
    const dir = workspace({});
    const run = await runHostile(dir, ['\u001b]0;pwned\u0007'], { code: 2, message: /unknown command '\\x1b\]0;pwned\\x07'/ });
    expect(run.stderr).not.toContain('\u001b');
  });
});

describe('hostile nesting and line length on the full parser', () => {
  // The builder's walk takes any depth (test/parse/deep-and-large.test.ts); remark-parse does not
  // finish on these, so the reader refuses them with one line before remark sees them.
  const cases: Array<[string, string, RegExp]> = [
    ['a 10,000-deep block quote', `${'> '.repeat(10_000)}deep\n`, /has block quotes or lists nested more than 100 deep at line 12, expected at most 100 levels\n$/],
    ['a 10,000-deep list', `${Array.from({ length: 10_000 }, (_, i) => `${'  '.repeat(i)}- deep`).join('\n')}\n`, /has block quotes or lists nested more than 100 deep at line \d+, expected at most 100 levels\n$/],
    ['a 5 MB line full of markup', `**4.2** ${'word *x* '.repeat(600_000)}\n`, /has a line of \d+ characters with Markdown markup at line 12, expected at most 100000/],
  ];
  for (const [name, body, message] of cases) {
    it(`${name}: exit 3 with one line, no hang`, async () => {
      const dir = workspace({ 'deep.md': `${good('1.0')}\n${body}` });
      await runHostile(dir, ['parse', 'deep.md'], { code: 3, message: new RegExp(`^tmad: deep\\.md: ${message.source}`) });
    });
  }
});
