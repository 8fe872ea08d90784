/**
 * Spoofing in untrusted .docx files: duplicate entries, names that climb out of the archive,
 * bookmarks by the thousand, placeholders typed over with the flag left set.
 */
import { describe, expect, it } from 'vitest';
import { Document, Packer, Paragraph } from 'docx';
import { DocxError, readDocx, blocksText } from '../../src/docx/index.js';
import { entriesOf, rawZip, withEntries } from './hostile-files.js';

async function sample(): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Genuine text')] }] })));
}

function documentXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}<w:sectPr/></w:body></w:document>`;
}

async function failure(bytes: Uint8Array): Promise<DocxError> {
  const error: unknown = await readDocx(bytes, { view: 'accept' }).then(
    () => new Error('expected a DocxError'),
    (caught: unknown) => caught,
  );
  if (error instanceof DocxError) return error;
  throw error;
}

describe('spoofed .docx files', () => {
  it('refuses two word/document.xml entries that differ', async () => {
    const entries = entriesOf(await sample());
    const bytes = rawZip([...entries, ['word/document.xml', documentXml('<w:p><w:r><w:t>Spoofed text</w:t></w:r></w:p>')]]);
    const error = await failure(bytes);
    expect(error.kind).toBe('duplicate-entry');
    expect(error.message).toMatch(/two entries named "word\/document\.xml"/);
  });

  it('refuses duplicates that differ only in case', async () => {
    const bytes = rawZip([...entriesOf(await sample()), ['Word/Document.xml', documentXml('')]]);
    expect((await failure(bytes)).kind).toBe('duplicate-entry');
  });

  it('refuses entry names that climb out of the archive or are absolute', async () => {
    for (const name of ['../evil.xml', 'word/../../evil.xml', '/etc/evil.xml', 'C:/evil.xml', 'word\\..\\evil.xml', './word/x.xml']) {
      const error = await failure(rawZip([...entriesOf(await sample()), [name, 'x']]));
      expect(error.kind, name).toBe('bad-entry-name');
      expect(error.message, name).toMatch(/not a relative path inside the archive/);
    }
  });

  it('reads a file with thousands of unclosed bookmarks: they cover nothing (growth: test/hostile)', async () => {
    const n = 20_000;
    const body = Array.from({ length: n }, (_, i) => `<w:p><w:bookmarkStart w:id="${i}" w:name="b${i}"/><w:r><w:t>p${i}</w:t></w:r></w:p>`).join('');
    const content = await readDocx(withEntries(await sample(), { 'word/document.xml': documentXml(body) }), { view: 'accept' });
    expect(content.blocks).toHaveLength(n);
    expect(content.bookmarks).toHaveLength(n);
    expect(content.bookmarks.every((b) => b.blocks.length === 0)).toBe(true);
  });

  it('closed bookmarks still cover their blocks; overlapping ones by the thousand are refused', async () => {
    const closed = `<w:bookmarkStart w:id="1" w:name="field"/><w:p><w:r><w:t>one</w:t></w:r></w:p><w:p><w:r><w:t>two</w:t></w:r></w:p><w:bookmarkEnd w:id="1"/><w:p><w:r><w:t>after</w:t></w:r></w:p>`;
    const content = await readDocx(withEntries(await sample(), { 'word/document.xml': documentXml(closed) }), { view: 'accept' });
    expect(blocksText(content.bookmarks[0]?.blocks ?? [])).toBe('one\ntwo');
    const n = 1000;
    const starts = Array.from({ length: n }, (_, i) => `<w:bookmarkStart w:id="${i}" w:name="b${i}"/>`).join('');
    const paragraphs = Array.from({ length: n }, (_, i) => `<w:p><w:r><w:t>p${i}</w:t></w:r></w:p>`).join('');
    const ends = Array.from({ length: n }, (_, i) => `<w:bookmarkEnd w:id="${i}"/>`).join('');
    const error = await failure(withEntries(await sample(), { 'word/document.xml': documentXml(starts + paragraphs + ends) }));
    expect(error.kind).toBe('too-many-bookmarks');
  });

  it('a placeholder typed over with w:showingPlcHdr left set reads as the typed text', async () => {
    const control = (runs: string) => `<w:sdt><w:sdtPr><w:tag w:val="q1"/><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:p>${runs}</w:p></w:sdtContent></w:sdt>`;
    const typed = control('<w:r><w:t>We disagree with the proposal.</w:t></w:r>');
    const untouched = control('<w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr><w:t>Click here to enter text.</w:t></w:r>');
    const grey = control('<w:r><w:rPr><w:color w:val="767676"/></w:rPr><w:t>Type your answer.</w:t></w:r>');
    const off = '<w:sdt><w:sdtPr><w:tag w:val="q1"/><w:showingPlcHdr w:val="false"/></w:sdtPr><w:sdtContent><w:p><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr><w:t>x</w:t></w:r></w:p></w:sdtContent></w:sdt>';
    const read = async (body: string) => (await readDocx(withEntries(await sample(), { 'word/document.xml': documentXml(body) }), { view: 'accept' })).contentControls[0];
    expect(await read(typed)).toMatchObject({ showingPlaceholder: false });
    expect(blocksText((await read(typed))?.blocks ?? [])).toBe('We disagree with the proposal.');
    expect(await read(untouched)).toMatchObject({ showingPlaceholder: true });
    expect(await read(grey)).toMatchObject({ showingPlaceholder: true });
    expect(await read(off)).toMatchObject({ showingPlaceholder: false });
  });
});
