/**
 * readVersion: the format is told by content, each format has its reader, and the one builder
 * makes the same Document from any reader's output.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/builder/build-document.js';
import { lintDocument } from '../../src/lint/lint-document.js';
import { reportText } from '../../src/lint/report-text.js';
import { parseDocument } from '../../src/parse/parse-document.js';
import { ReadVersionError } from '../../src/read/read-error.js';
import { detectFormat, readVersion } from '../../src/read/read-version.js';
import type { SourceDocument } from '../../src/read/source-block.js';

const root = join(import.meta.dirname, '../..');
const encode = (text: string) => new TextEncoder().encode(text);
const at = (line: number, column = 1) => ({ start: { line, column }, end: { line, column: column + 10 } });

describe('readVersion', () => {
  it('tells the format by content, not by name', () => {
    expect(detectFormat(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14]))).toBe('docx');
    expect(detectFormat(encode('%PDF-1.7\n'))).toBe('pdf');
    expect(detectFormat(encode('---\ndocument: TMAD\n---\n'))).toBe('markdown');
    expect(detectFormat(encode('PK but not a zip'))).toBe('markdown');
  });

  it('gives the same document as parseDocument for every repository version', async () => {
    for (const name of ['7.1', '7.2', '8.0', '8.1']) {
      const path = `documents/tmad/${name}.md`;
      const bytes = readFileSync(join(root, path));
      const { document } = await readVersion(bytes, path);
      expect(document).toEqual(parseDocument(bytes.toString('utf8'), path).document);
      expect(document.format).toBe('markdown');
    }
  });

  it('a zip or a PDF never meets the "binary" check: each gets its own reader', async () => {
    // In this branch the Word and PDF readers are placeholders: a clear one-line input error.
    await expect(readVersion(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 1]), 'a.md')).rejects.toThrow(/Word/);
    await expect(readVersion(encode('%PDF-1.4\n\0\0'), 'a.md')).rejects.toThrow(/PDF/);
    await expect(readVersion(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0]), 'a.md')).rejects.not.toThrow(/NUL bytes/);
  });

  it('an unknown binary, invalid UTF-8 or an empty file is a ReadVersionError saying what was expected', async () => {
    const cases: Array<[Uint8Array, RegExp]> = [
      [Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 0, 1]), /^is binary \(it contains NUL bytes\), expected UTF-8 text \(Markdown\), a Word \.docx or a PDF$/],
      [Uint8Array.from([0x43, 0x61, 0x66, 0xe9]), /^is not valid UTF-8 \(first bad byte at offset 3\)/],
      [encode(' \n\n'), /^is empty, expected a Markdown document$/],
    ];
    for (const [bytes, message] of cases) {
      const error = await readVersion(bytes, 'x.md').catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ReadVersionError);
      expect((error as Error).message).toMatch(message);
    }
  });
});

describe('the one builder, fed by a Word-like reader', () => {
  const source: SourceDocument = {
    format: 'docx',
    path: '8.1.docx',
    meta: { document: 'TMAD', version: '8.1', date: '2020-11-18' },
    metaProblems: [],
    blocks: [
      { kind: 'heading', depth: 1, text: 'Migration', number: { text: '4', origin: 'auto', depth: 1 }, position: at(1) },
      { kind: 'paragraph', text: 'The DCC shall migrate each Dormant Meter, as Clause 4.3 says.', number: { text: '4.1', origin: 'auto', depth: 2 }, position: at(2) },
      { kind: 'paragraph', text: 'first;', number: { text: '(a)', origin: 'auto', depth: 3 }, position: at(3) },
      { kind: 'paragraph', text: '4.1A Where typed, the number is found in the text.', position: at(4) },
      { kind: 'paragraph', text: '"Dormant Meter" means a meter that is dormant.', number: { text: '4.2', origin: 'auto', depth: 2 }, position: at(5) },
      { kind: 'note', severity: 'warning', reason: 'Unexpected field, kept as text', ruleId: 'docx-field', position: at(5, 3) },
    ],
  };

  it('reads computed and typed numbers the same way, and sub-paragraphs, definitions, references', () => {
    const document = buildDocument(source, new VFile({ path: '8.1.docx' }));
    expect(document.format).toBe('docx');
    expect(document.sections.map((s) => [s.number, s.title])).toEqual([['4', 'Migration']]);
    expect(document.clauses.map((c) => c.id)).toEqual(['4.1', '4.1A', '4.2']);
    expect(document.clauses[0]?.blocks.map((b) => b.kind)).toEqual(['paragraph', 'subparagraph']);
    expect(document.clauses[0]?.crossRefs[0]).toMatchObject({ text: 'Clause 4.3', targets: ['4.3'], position: { start: { line: 2, column: 46 } } });
    expect(document.definitions.map((d) => [d.term, d.meaning])).toEqual([['Dormant Meter', 'a meter that is dormant.']]);
    expect(document.clauses[0]?.terms).toEqual(['Dormant Meter']);
  });

  it('lint reports places as a Word user finds them: paragraph N (clause id)', () => {
    const file = new VFile({ path: '8.1.docx' });
    const linted = lintDocument(buildDocument(source, file), file);
    const text = reportText(linted.diagnostics);
    expect(text).toContain('8.1.docx: paragraph 2 (clause 4.1): error Unexpected reference to clause `4.3`');
    expect(text).toContain('8.1.docx: paragraph 5 (clause 4.2): warning Unexpected field, kept as text [docx-field]');
  });

  it('a PDF place is a page and a line', () => {
    const pdf: SourceDocument = {
      ...source,
      format: 'pdf',
      path: '8.1.pdf',
      blocks: [
        { kind: 'heading', depth: 1, text: '4 Migration', position: at(1), page: 3 },
        { kind: 'paragraph', text: '4.1 The DCC shall act under Clause 4.9.', position: at(7), page: 3 },
      ],
    };
    const file = new VFile({ path: '8.1.pdf' });
    const linted = lintDocument(buildDocument(pdf, file), file);
    expect(reportText(linted.diagnostics)).toContain('8.1.pdf: page 3, line 7 (clause 4.1): error Unexpected reference to clause `4.9`');
  });
});
