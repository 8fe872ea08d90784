/**
 * Growth cases of issue 15: the time of parse + lint (or of reading a .docx) at three sizes, the
 * fitted exponent asserted below 1.3 (quadratic work gives 2). Median of three runs per size; the
 * smallest size takes tens of milliseconds, so noise on a busy machine does not decide.
 * Exponents measured before the fixes (same generators): one term used n times 2.8 (and ~5 at
 * larger n), thousands of terms 1.8, "Clause 4.1 and 4.1(a)" 2.4, "Section A" 1.7, long ranges
 * 1.6, unclosed bookmarks quadratic (125 KB .docx: 13 s, 1.7 GB).
 */
import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../src/docx/index.js';
import { lintDocument } from '../../src/lint/lint-document.js';
import { parseDocument } from '../../src/parse/parse-document.js';
import { withEntries } from '../docx/hostile-files.js';
import { GROWTH_DOCUMENTS, HEAD, type GrowthCase } from './generate.js';
import { describeGrowth, measureGrowth } from './growth.js';

const LIMIT = 1.3;

const parseAndLint = (text: string): void => {
  const { document, file } = parseDocument(text);
  lintDocument(document, file);
};

const cases: Array<[GrowthCase, number[]]> = [
  ['oneTermManyUses', [20_000, 40_000, 80_000]],
  ['manyTermsOnce', [1_000, 2_000, 4_000]],
  ['clauseAndSub', [5_000, 10_000, 20_000]],
  ['sectionLetters', [10_000, 20_000, 40_000]],
  ['longRange', [2_000, 4_000, 8_000]],
];

describe('growth of parse + lint on hostile documents', () => {
  for (const [name, sizes] of cases) {
    it(`${name}: exponent below ${LIMIT}`, async () => {
      const growth = await measureGrowth(GROWTH_DOCUMENTS[name], parseAndLint, sizes);
      console.log(describeGrowth(name, growth));
      expect(growth.exponent, describeGrowth(name, growth)).toBeLessThan(LIMIT);
    });
  }

  it(`one clause per line (the builder's split): exponent below ${LIMIT}`, async () => {
    const make = (n: number) => `${HEAD}## 4 Migration\n\n${Array.from({ length: n }, (_, i) => `**4.${i + 1}** The DCC shall act.`).join('\n')}\n`;
    const growth = await measureGrowth(make, parseAndLint, [400, 800, 1_600]);
    console.log(describeGrowth('oneClausePerLine', growth));
    expect(growth.exponent, describeGrowth('oneClausePerLine', growth)).toBeLessThan(LIMIT);
  }, 180_000);
});

describe('growth of reading a hostile .docx', () => {
  it(`many unclosed bookmarks: exponent below ${LIMIT}`, async () => {
    const base = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('x')] }] })));
    const make = (n: number) =>
      withEntries(base, {
        'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${Array.from({ length: n }, (_, i) => `<w:p><w:bookmarkStart w:id="${i}" w:name="b${i}"/><w:r><w:t>p${i}</w:t></w:r></w:p>`).join('')}</w:body></w:document>`,
      });
    const growth = await measureGrowth(make, (bytes) => readDocx(bytes, { view: 'accept' }), [2_500, 5_000, 10_000]);
    console.log(describeGrowth('unclosedBookmarks', growth));
    expect(growth.exponent, describeGrowth('unclosedBookmarks', growth)).toBeLessThan(LIMIT);
  });

  // Not fixed here (remark-parse itself, node_modules): measured on the generators `indentedList`
  // (exponent 2.4), `htmlComments` (1.7) and `longLine` (2.5: micromark's resolveAllText splices
  // per data run). Lines over 100,000 characters and nesting over 100 levels are refused before
  // remark (test/hostile/cli.test.ts); below those bounds the growth remains.
  it.skip('indented nested lists, repeated <!-- in an HTML block, markup-heavy long lines (remark-parse: not fixed)', () => undefined);
});
