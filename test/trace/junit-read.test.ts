import { describe, expect, it } from 'vitest';
import { readJUnit } from '../../src/trace/junit-read.js';
import { fixtureResults } from './helpers.js';

describe('reading JUnit XML', () => {
  it('reads vitest output: describe path names, failures with messages, skipped', () => {
    const file = fixtureResults('vitest.xml');
    const read = readJUnit(file.text, file.path);
    if (!read.ok) throw new Error(read.reason);
    expect(read.results.map((r) => `${r.outcome} ${r.name}`)).toEqual([
      'passed General > TMAD 1.2 migrates within the window',
      'failed General > notifies suppliers',
      'skipped General > TMAD 1.4, 1.5 keeps records and reports',
      'passed General > yearly > TMAD 2.1 reviews in 2021',
      'passed General > yearly > TMAD 2.1 reviews in 2022',
      'passed has no link',
    ]);
    expect(read.results[1]?.message).toBe("expected 'x' to contain 'TMAD'");
    expect(read.results[0]?.classname).toBe('test/fixtures/trace/src/ts/migration.spec.ts');
  });

  it('reads a bare <testsuite> root (Surefire) and a one-line pytest file', () => {
    for (const name of ['surefire.xml', 'pytest.xml', 'go.xml', 'dotnet.xml']) {
      const file = fixtureResults(name);
      const read = readJUnit(file.text, file.path);
      expect(read.ok && read.results.length).toBeGreaterThan(1);
    }
  });

  it('rejects a DOCTYPE (no entity expansion), malformed XML and non-JUnit XML', () => {
    const bomb = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><testsuites><testsuite name="&lol2;"/></testsuites>';
    expect(readJUnit(bomb, 'x.xml')).toEqual({ ok: false, reason: expect.stringContaining('DOCTYPE') });
    expect(readJUnit('<testsuites><testsuite>', 'x.xml')).toEqual({ ok: false, reason: expect.stringContaining('not well-formed') });
    expect(readJUnit('<html/>', 'x.xml')).toEqual({ ok: false, reason: expect.stringContaining('no <testsuites>') });
  });

  it('decodes only predefined and numeric entities, leaving anything else as written', () => {
    const read = readJUnit('<testsuite name="s"><testcase classname="c" name="a &amp;&#x41;&#66; &foo; &lt;b&gt;"/></testsuite>', 'x.xml');
    expect(read.ok && read.results[0]?.name).toBe('a &AB &foo; <b>');
  });
});
