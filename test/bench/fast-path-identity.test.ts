/**
 * The parser's fast path (`fastMdast`) gives exactly the Document remark-parse gives: on every
 * repository document, every parse fixture (most of which it declines), generated documents and
 * hand-written edge cases. It must also actually be taken on plain documents, or it is no fast path.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatePair } from '../../src/bench/generate-document.js';
import { lintDocument } from '../../src/lint/lint-document.js';
import { fastMdast } from '../../src/parse/fast-mdast.js';
import { parseDocument } from '../../src/parse/parse-document.js';

function both(text: string, path = 'x.md') {
  const fast = parseDocument(text, path);
  const slow = parseDocument(text, path, { fastPath: false });
  return { fast: lintDocument(fast.document, fast.file), slow: lintDocument(slow.document, slow.file) };
}

const documentsRoot = join(import.meta.dirname, '../../documents/tmad');
const fixturesRoot = join(import.meta.dirname, '../fixtures/parse');

describe('fast path identity', () => {
  for (const name of readdirSync(documentsRoot).filter((file) => file.endsWith('.md'))) {
    it(`documents/tmad/${name}: taken, and the same document as remark`, () => {
      const text = readFileSync(join(documentsRoot, name), 'utf8');
      expect(fastMdast(text)).toBeDefined();
      const { fast, slow } = both(text, `documents/tmad/${name}`);
      expect(fast).toEqual(slow);
    });
  }

  it('every parse fixture: the same document as remark (whether or not the fast path is taken)', () => {
    for (const name of readdirSync(fixturesRoot)) {
      const text = readFileSync(join(fixturesRoot, name, 'input.md'), 'utf8');
      const { fast, slow } = both(text, `${name}/input.md`);
      expect(fast, name).toEqual(slow);
    }
  });

  it('generated pairs: taken, and the same documents as remark', () => {
    for (const seed of [1, 2]) {
      const pair = generatePair({ words: 30_000, seed });
      for (const text of [pair.old, pair.new]) {
        expect(fastMdast(text)).toBeDefined();
        const { fast, slow } = both(text);
        expect(fast).toEqual(slow);
      }
    }
  });

  const front = '---\ndocument: TMAD\nversion: "1"\ndate: 2020-01-01\n---\n# Title\n\n## 4 Migration\n\n';
  const cases: Record<string, string> = {
    'empty text': '',
    'only front matter': '---\ndocument: X\n---\n',
    'empty front matter': '---\n---\n# T\n',
    'unclosed front matter': '---\ndocument: X\n# T\n',
    'no trailing newline': `${front}**4.1** The DCC shall act.`,
    'plain clause numbers and wrapped lines': `${front}4.1 The DCC shall act:\n(a) first; and\n(b) second.\n\n4.2 Under Clauses\n4.1 to 4.3 it may.\n\n4.3 Done.\n`,
    'bold number alone on its line': `${front}**4.1**\nThe DCC shall act.\n`,
    'bold not followed by a space': `${front}**4.1**The DCC shall act.\n`,
    'emphasis inside text': `${front}**4.1** The DCC *shall* act.\n`,
    'escapes and entities': `${front}**4.1** The DCC \\* shall &amp; act &lt;now&gt;.\n`,
    'html': `${front}<p>**4.1** The DCC</p>\n\n**4.2** x <b>y</b>\n`,
    'link and autolinks': `${front}**4.1** See [the Code](https://example.com), www.example.com and dcc@example.com.\n`,
    'setext heading': `${front}**4.1** The DCC\n---\n\n**4.2** x\n===\n`,
    'thematic break and star list': `${front}***\n\n* (a) one\n* (b) two\n`,
    'ordered list': `${front}**4.1** The DCC:\n\n1. one\n2. two\n`,
    'lists: tight, loose, lazy, nested, interrupting': `${front}**4.1** The DCC:\n- (a) one\n- (b) two\n\n- (c) three\n\n**4.2** x:\n\n- (a) one\nlazy\n\n**4.3** y:\n\n- (a) one\n  - (i) two\n`,
    'empty list item': `${front}**4.1** x:\n\n-\n- a\n`,
    'headings: closing hashes, no space, level 7, empty': `${front}### 4.1 Title ##\n\n#5 not a heading\n\n####### seven\n\n#\n`,
    'heading then paragraph with no blank line': `${front}### General\n**4.1** The DCC shall act.\n`,
    'tables: aligned, short rows, long rows, no outer pipes, escaped pipes': `${front}**4.1** Table:\n\n| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 |\n| 1 | 2 | 3 | 4 |\n\n**4.2** x:\n\na | b\n--|--\n1 | 2\n\n**4.3** y:\n\n| a \\| b | c |\n|---|---|\n| \`x|y\` | z |\n`,
    'table followed by text without a blank line': `${front}**4.1** Table:\n\n| a | b |\n|---|---|\n| 1 | 2 |\nnot a row?\n`,
    'table interrupting a paragraph': `${front}**4.1** Table:\n| a | b |\n|---|---|\n| 1 | 2 |\n`,
    'pipe line that is not a table': `${front}| not | a table |\n\n**4.1** x | y\n`,
    'empty cells and definitions': `${front}| Term | Meaning |\n|---|---|\n| Dormant Meter | a meter |\n|  | nothing |\n| Gap | |\n\n**4.1** A Dormant Meter.\n`,
    'trailing spaces, hard breaks, tabs, indentation': `${front}**4.1** The DCC  \nshall act.\n\n**4.2** x\\\ny\n\n\t**4.3** z\n\n    **4.4** code\n\n **4.5** one space\n`,
    'crlf and cr': `${front.replace(/\n/g, '\r\n')}**4.1** x\r\n\r\n**4.2** y\r**4.3** z\r\n`,
    'blank lines of spaces': `${front}**4.1** x\n   \n**4.2** y\n`,
    'blockquote and fences': `${front}> **4.1** quoted\n\n\`\`\`\n**4.2** code\n\`\`\`\n\n~~~\nx\n~~~\n`,
    'numbers that look like lists': `${front}**4.1** In\n2020. the year\n\n**4.2** See\n1) this\n`,
    'unicode and smart quotes': `${front}**4.1** The DCC’s “Migration” — 10 % of €5\u00a0000.\n`,
  };
  for (const [name, text] of Object.entries(cases)) {
    it(`edge case: ${name}`, () => {
      const { fast, slow } = both(text);
      expect(fast).toEqual(slow);
    });
  }
});

describe('parseDocumentLazily (the CLI route, remark loaded only when needed)', () => {
  it('gives the same document as parseDocument on every repository document and parse fixture', async () => {
    const { parseDocumentLazily } = await import('../../src/parse/parse-document-lazily.js');
    const texts = [
      ...readdirSync(documentsRoot).filter((file) => file.endsWith('.md')).map((name) => [`documents/tmad/${name}`, readFileSync(join(documentsRoot, name), 'utf8')] as const),
      ...readdirSync(fixturesRoot).map((name) => [`${name}/input.md`, readFileSync(join(fixturesRoot, name, 'input.md'), 'utf8')] as const),
    ];
    for (const [path, text] of texts) {
      const lazy = await parseDocumentLazily(text, path);
      const eager = parseDocument(text, path);
      expect(lintDocument(lazy.document, lazy.file), path).toEqual(lintDocument(eager.document, eager.file));
    }
  });
});
