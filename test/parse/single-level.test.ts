/**
 * Single-level numbering on real documents: the GitHub Enterprise Server licence as published
 * (`**3. License Restrictions.** Except ...`, `**7. Payment**`) and the CDDL as plain text
 * (`5. DISCLAIMER OF WARRANTY.`, a Markdown ordered list) give the sections and clauses of their
 * hand-converted TMAD versions.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/model/document.js';
import { parseDocument } from '../../src/parse/parse-document.js';

const corpus = join(import.meta.dirname, '../../../shared/corpus/texts');
const pairs: Array<[string, string]> = [
  ['ghes-esla-2019/old_ccf6cb4.md', 'ghes-esla-2019/old.tmad.md'],
  ['ghes-esla-2019/new_8976d19.md', 'ghes-esla-2019/new.tmad.md'],
  ['cddl-1.0-1.1/CDDL-1.0.txt', 'cddl-1.0-1.1/old.tmad.md'],
  ['cddl-1.0-1.1/CDDL-1.1.txt', 'cddl-1.0-1.1/new.tmad.md'],
];
const read = (path: string): Document => parseDocument(readFileSync(join(corpus, path), 'utf8'), path).document;
const sections = (document: Document) => document.sections.filter((s) => s.number !== null).map((s) => ({ number: s.number, title: s.title.replace(/\.$/, ''), clauseIds: s.clauseIds }));

describe.skipIf(!existsSync(corpus))('single-level numbers in real documents (corpus in ../shared/corpus/texts)', () => {
  for (const [raw, converted] of pairs) {
    it(`${raw}: the sections and clauses of ${converted}`, () => {
      const published = read(raw);
      const tmad = read(converted);
      expect(sections(published)).toEqual(sections(tmad));
      expect(published.clauses.map((c) => [c.id, c.section])).toEqual(tmad.clauses.map((c) => [c.id, c.section]));
    });
  }

  it('a title followed by text keeps the text as the section\'s', () => {
    const restrictions = read('ghes-esla-2019/old_ccf6cb4.md').sections.find((s) => s.number === '3');
    expect(restrictions?.title).toBe('License Restrictions');
    expect(restrictions?.blocks[0]).toMatchObject({ kind: 'paragraph', text: expect.stringMatching(/^Except as expressly permitted by law/) });
  });
});
