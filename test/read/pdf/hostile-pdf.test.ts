/**
 * PDFs the reader refuses, each with a one-line reason and its kind: no text layer (a scan),
 * encrypted, truncated, corrupt, empty, not a PDF, over the limits. And a hand-made text PDF read
 * line by line: numbers, labels, a hyphenated word break, a page number dropped.
 */
import { describe, expect, it } from 'vitest';
import { PdfError, type PdfErrorKind } from '../../../src/read/pdf/pdf-error.js';
import { readPdfSource } from '../../../src/read/pdf/read-pdf-source.js';
import { encryptedPdf, onePagePdf, scannedPdf, textPdf } from './hand-made-pdf.js';

async function refusal(bytes: Uint8Array, limits?: { maxBytes: number; maxPages: number }): Promise<PdfError> {
  try {
    await readPdfSource(bytes, 'x.pdf', limits);
  } catch (error) {
    if (error instanceof PdfError) return error;
    throw error;
  }
  throw new Error('expected a PdfError');
}

const encoder = new TextEncoder();

describe('readPdfSource refuses what it cannot read', () => {
  const cases: Array<[string, () => Uint8Array, PdfErrorKind, RegExp]> = [
    ['a scanned page (no text layer)', scannedPdf, 'no-text', /^has no text layer: it is a scanned image; ask for a text PDF or the \.docx$/],
    ['an encrypted PDF', encryptedPdf, 'encrypted', /^is encrypted with a password/],
    ['a truncated PDF', () => textPdf([[72, 720, 'Hello']]).subarray(0, 200), 'truncated', /^is a truncated PDF \(no %%EOF at its end\)/],
    ['a corrupt PDF', () => encoder.encode('%PDF-1.4\nnot really a pdf\n%%EOF\n'), 'corrupt', /PDF/],
    ['an empty file', () => new Uint8Array(), 'empty', /^is empty/],
    ['a file that is not a PDF', () => encoder.encode('PK\u0003\u0004 a zip, not a pdf %%EOF'), 'not-pdf', /^is not a PDF/],
  ];
  for (const [name, make, kind, message] of cases) {
    it(`refuses ${name} with one line`, async () => {
      const error = await refusal(make());
      expect(error.kind).toBe(kind);
      expect(error.message).toMatch(message);
      expect(error.message).not.toContain('\n');
    });
  }

  it('refuses files over the size and page limits', async () => {
    const bytes = textPdf([[72, 720, 'Hello']]);
    expect((await refusal(bytes, { maxBytes: 100, maxPages: 10 })).kind).toBe('too-large');
    expect((await refusal(bytes, { maxBytes: 2 ** 20, maxPages: 0 })).kind).toBe('too-many-pages');
  });

});

describe('readPdfSource on a hand-made text PDF', () => {
  it('rebuilds paragraphs, numbers, labels and word breaks, and drops the page number', async () => {
    // "obligation" appears whole elsewhere: the document hyphenates, so "obli-" + "gation" is one word.
    const bytes = textPdf([
      [72, 760, '4.24 The DCC shall meet every obli-'],
      [72, 747, 'gation in this Clause.'],
      [72, 720, '(a) first; and'],
      [72, 707, '(b) second.'],
      [72, 680, '4.25 This obligation stands alone.'],
      [290, 40, 'Page 1 of 1'],
    ]);
    const source = await readPdfSource(bytes, 'hand.pdf');
    expect(source.format).toBe('pdf');
    const texts = source.blocks.map((block) => (block.kind === 'paragraph' ? [block.number?.text, block.text, block.page, block.position.start.line] : block.kind));
    expect(texts).toEqual([
      ['4.24', 'The DCC shall meet every obligation in this Clause.', 1, 1],
      ['(a)', 'first; and', 1, 3],
      ['(b)', 'second.', 1, 4],
      ['4.25', 'This obligation stands alone.', 1, 5],
    ]);
  });

  it('keeps a hyphen the document uses in a compound', async () => {
    const bytes = textPdf([
      [72, 760, '1.1 Each party shall co-operate. Each party shall co-'],
      [72, 747, 'operate again.'],
    ]);
    const [block] = (await readPdfSource(bytes, 'hand.pdf')).blocks;
    expect(block?.kind === 'paragraph' && block.text).toBe('Each party shall co-operate. Each party shall co-operate again.');
  });

  it('reads the information dictionary and tmad.* custom keys', async () => {
    const info = '<< /Title (SMETS1 Transition and Migration Approach Document 8.1) /Author (DCC) /CreationDate (D:20201118093000Z) /tmad.document (TMAD) /tmad.status (consultation) >>';
    const plain = onePagePdf('BT /F1 11 Tf 72 720 Td (1.1 Text.) Tj ET', '/Info 6 0 R', [info]);
    const { meta } = await readPdfSource(plain, 'meta.pdf');
    expect(meta).toMatchObject({ title: 'SMETS1 Transition and Migration Approach Document', version: '8.1', author: 'DCC', pdfCreated: '2020-11-18T09:30:00Z', document: 'TMAD', status: 'consultation' });
  });
});

describe('readPdfSource error messages name the problem for a real file', () => {
  it('reports a PDF truncated at any point past its header as truncated or corrupt, never a crash', async () => {
    const bytes = textPdf([[72, 720, 'Hello world']]);
    for (const cut of [20, 100, bytes.length - 10]) {
      const kind = (await refusal(bytes.subarray(0, cut))).kind;
      expect(['truncated', 'corrupt']).toContain(kind);
    }
  });
});
