import { describe, expect, it } from 'vitest';
import { findClauseAddresses } from '../../src/trace/scan/clause-addresses.js';
import { scanLinks } from '../../src/trace/scan/scan-sources.js';
import { fixtureSources } from './helpers.js';

const brief = (languages: string[]) => scanLinks(fixtureSources(languages), 'TMAD').map((link) => `${link.clauseId} ${link.line}:${link.column} ${link.declaredIn} ${link.test}`);

describe('clause addresses', () => {
  it('finds addresses, lists after one key, and Go-style underscores; not bare numbers', () => {
    expect(findClauseAddresses('TMAD 4.24A: migrates when 4.14 is met', 'TMAD').map((f) => f.id)).toEqual(['4.24A']);
    expect(findClauseAddresses('TMAD 4.24, 4.24A and 4.44B', 'TMAD').map((f) => f.id)).toEqual(['4.24', '4.24A', '4.44B']);
    expect(findClauseAddresses('TestX/TMAD_4.24A_switch', 'TMAD').map((f) => f.id)).toEqual(['4.24A']);
    expect(findClauseAddresses('TMAD Clause 6.3 and TMAD 6.4', 'TMAD').map((f) => f.id)).toEqual(['6.3', '6.4']);
    expect(findClauseAddresses('see 4.24 of the TMAD', 'TMAD')).toEqual([]);
    expect(findClauseAddresses('XTMAD 4.24 tmad 4.25', 'TMAD')).toEqual([]);
    const [found] = findClauseAddresses('// TMAD 4.24', 'TMAD');
    expect(found?.index).toBe(8);
  });
});

describe('scanning sources', () => {
  it('TypeScript: test names with describe paths, comments above, several clauses per check, it.each; not strings in bodies or regexes', () => {
    expect(brief(['ts'])).toEqual([
      '1.2 4:12 name General > TMAD 1.2 migrates within the window',
      '1.3 8:11 comment General > notifies suppliers',
      '1.4 14:12 name General > TMAD 1.4, 1.5 keeps records and reports',
      '1.5 14:17 name General > TMAD 1.4, 1.5 keeps records and reports',
      '2.1 19:33 name General > yearly > TMAD 2.1 reviews in %i',
    ]);
  });

  it('Python: comments and decorators above a def, docstrings, class-qualified names', () => {
    const links = scanLinks(fixtureSources(['python']), 'TMAD');
    expect(links.map((link) => `${link.clauseId} ${link.line} ${link.test}`)).toEqual(['1.2 5 TestGeneral.test_window', '1.3 10 TestGeneral.test_notify', '2.1 14 TestGeneral.test_review']);
    expect(links[0]?.scope).toEqual(['test', 'fixtures', 'trace', 'src', 'python', 'test_migration', 'TestGeneral']);
  });

  it('Java: @Test methods with comments above and @DisplayName; package and class as scope', () => {
    const links = scanLinks(fixtureSources(['java']), 'TMAD');
    expect(links.map((link) => `${link.clauseId} ${link.line} ${link.declaredIn} ${link.test}`)).toEqual(['1.4 7 comment MigrationTest.keepsRecord', '1.5 14 name MigrationTest.report']);
    expect(links[1]?.aliases).toEqual(['TMAD 1.5 publishes the monthly report']);
    expect(links[0]?.scope).toEqual(['uk', 'dcc', 'migration', 'MigrationTest']);
  });

  it('Go: comments above func TestX, t.Run subtests named as go test names them', () => {
    expect(brief(['go'])).toEqual(['1.2 5:9 comment TestWindow', '1.2 5:9 comment TestWindow/TMAD_2.1_yearly_review', '2.1 7:14 name TestWindow/TMAD_2.1_yearly_review']);
  });

  it('C#: [Fact] methods with comments and DisplayName; namespace and class as scope', () => {
    const links = scanLinks(fixtureSources(['csharp']), 'TMAD');
    expect(links.map((link) => `${link.clauseId} ${link.line} ${link.test}`)).toEqual(['1.3 5 MigrationTests.Notifies', '1.2 9 MigrationTests.Window']);
    expect(links[0]?.scope).toEqual(['Dcc', 'Migration', 'MigrationTests']);
  });

  it('ignores files in other languages and files without the key', () => {
    expect(scanLinks([{ path: 'README.md', text: 'TMAD 4.24' }, { path: 'a.test.ts', text: "it('x', () => {})" }], 'TMAD')).toEqual([]);
  });
});
