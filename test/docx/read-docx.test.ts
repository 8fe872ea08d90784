import { describe, expect, it } from 'vitest';
import { DeletedTextRun, Document, InsertedTextRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { DocxError, readDocx, blocksText, type DocxContent } from '../../src/docx/index.js';
import { BILLION_LAUGHS, EXTERNAL_ENTITY, lyingSizes, notADocx, truncated, withEntries, zipBomb } from './hostile-files.js';

const DATE = '2020-11-18T00:00:00Z';

async function sample(): Promise<Uint8Array> {
  const doc = new Document({
    creator: 'tester',
    title: 'Sample',
    features: { trackRevisions: true },
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun('The DCC '), new DeletedTextRun({ id: 1, author: 'A', date: DATE, text: 'may' }), new InsertedTextRun({ id: 2, author: 'A', date: DATE, text: 'shall' }), new TextRun(' migrate & report <meters>.')] }),
          new Table({
            rows: [
              new TableRow({ children: [new TableCell({ children: [new Paragraph('Key')] }), new TableCell({ children: [new Paragraph('Value one'), new Paragraph('Value two')] })] }),
            ],
          }),
          new Paragraph({ text: 'Item', bullet: { level: 0 } }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

async function reason(bytes: Uint8Array): Promise<DocxError> {
  try {
    await readDocx(bytes, { view: 'accept' });
  } catch (error) {
    if (error instanceof DocxError) return error;
    throw error;
  }
  throw new Error('expected a DocxError');
}

describe('readDocx', () => {
  it('reads paragraphs and tables in order, in the accept and reject views', async () => {
    const bytes = await sample();
    const accept: DocxContent = await readDocx(bytes, { view: 'accept' });
    const reject = await readDocx(bytes, { view: 'reject' });
    expect(accept.blocks[0]).toMatchObject({ kind: 'paragraph', text: 'The DCC shall migrate & report <meters>.' });
    expect(reject.blocks[0]).toMatchObject({ kind: 'paragraph', text: 'The DCC may migrate & report <meters>.' });
    expect(accept.blocks[1]).toMatchObject({ kind: 'table', rows: [['Key', 'Value one\nValue two']], rowIds: ['Key'] });
    expect(accept.blocks[2]).toMatchObject({ kind: 'paragraph', text: 'Item', list: { level: 0, format: 'bullet' } });
    expect(accept.hasTrackedChanges).toBe(true);
    expect(accept.properties.title).toBe('Sample');
    expect(blocksText(accept.blocks.slice(2))).toBe('- Item');
  });

  it('joins a paragraph whose mark is deleted (accept) or inserted (reject) with the next one', async () => {
    const body = `<w:p><w:pPr><w:rPr><w:del w:id="1" w:author="A" w:date="${DATE}"/></w:rPr></w:pPr><w:r><w:t xml:space="preserve">First </w:t></w:r></w:p><w:p><w:r><w:t>second</w:t></w:r></w:p><w:p><w:pPr><w:rPr><w:ins w:id="2" w:author="A" w:date="${DATE}"/></w:rPr></w:pPr><w:ins w:id="3" w:author="A" w:date="${DATE}"><w:r><w:t>New</w:t></w:r></w:ins></w:p><w:p><w:r><w:t>last</w:t></w:r></w:p>`;
    const bytes = withEntries(await sample(), { 'word/document.xml': documentXml(body) });
    const accept = await readDocx(bytes, { view: 'accept' });
    const reject = await readDocx(bytes, { view: 'reject' });
    expect(accept.blocks.map((b) => (b.kind === 'paragraph' ? b.text : '#'))).toEqual(['First second', 'New', 'last']);
    expect(reject.blocks.map((b) => (b.kind === 'paragraph' ? b.text : '#'))).toEqual(['First ', 'second', 'last']);
  });

  it('keeps content controls (tag, alias, placeholder flag) and bookmarks', async () => {
    const body = `<w:bookmarkStart w:id="7" w:name="q1_rationale"/><w:sdt><w:sdtPr><w:alias w:val="Q1 rationale"/><w:tag w:val="q1.rationale"/><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:p><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr><w:t>one</w:t></w:r></w:p><w:p><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr><w:t>two</w:t></w:r></w:p></w:sdtContent></w:sdt><w:bookmarkEnd w:id="7"/><w:p><w:r><w:t xml:space="preserve">Name: </w:t></w:r><w:sdt><w:sdtPr><w:tag w:val="name"/></w:sdtPr><w:sdtContent><w:r><w:t>Ann</w:t></w:r></w:sdtContent></w:sdt></w:p>`;
    const content = await readDocx(withEntries(await sample(), { 'word/document.xml': documentXml(body) }), { view: 'accept' });
    expect(content.contentControls[0]).toMatchObject({ tag: 'q1.rationale', alias: 'Q1 rationale', showingPlaceholder: true, scope: 'block' });
    expect(blocksText(content.contentControls[0]?.blocks ?? [])).toBe('one\ntwo');
    expect(content.contentControls[1]).toMatchObject({ tag: 'name', scope: 'inline', showingPlaceholder: false });
    expect(blocksText(content.contentControls[1]?.blocks ?? [])).toBe('Ann');
    expect(content.bookmarks.find((b) => b.name === 'q1_rationale')?.blocks.length).toBe(2);
    expect(blocksText(content.blocks)).toBe('one\ntwo\nName: Ann');
  });

  it('decodes only predefined entities and character references', async () => {
    const body = '<w:p><w:r><w:t>a &amp;lt; b &#8364; &#x41; &unknown;</w:t></w:r></w:p>';
    const content = await readDocx(withEntries(await sample(), { 'word/document.xml': documentXml(body) }), { view: 'accept' });
    expect(content.blocks[0]).toMatchObject({ text: 'a &lt; b € A &unknown;' });
  });

  it('rejects hostile and broken files with a typed reason', async () => {
    const valid = await sample();
    expect((await reason(new Uint8Array())).kind).toBe('empty');
    expect((await reason(new TextEncoder().encode('just some text'))).kind).toBe('not-zip');
    expect((await reason(truncated(valid))).kind).toBe('truncated');
    expect((await reason(notADocx())).kind).toBe('not-docx');
    expect((await reason(withEntries(valid, { 'word/document.xml': BILLION_LAUGHS }))).kind).toBe('doctype');
    expect((await reason(withEntries(valid, { 'word/document.xml': EXTERNAL_ENTITY }))).kind).toBe('doctype');
    expect((await reason(withEntries(valid, { 'word/document.xml': '<w:document><w:body><w:p>' }))).kind).toBe('bad-xml');
    const bomb = await reason(zipBomb(valid, 80));
    expect(bomb.kind).toBe('too-large');
    expect(bomb.message).toMatch(/zip bomb/);
    const lying = await reason(lyingSizes(valid));
    expect(lying.kind).toBe('size-mismatch');
  });

  it('caps the number of entries', async () => {
    const many: Record<string, string> = {};
    for (let i = 0; i < 30; i++) many[`extra/${i}.txt`] = 'x';
    const bytes = withEntries(await sample(), many);
    await expect(readDocx(bytes, { view: 'accept', limits: { maxEntries: 20 } })).rejects.toMatchObject({ kind: 'too-many-entries' });
  });
});

function documentXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}<w:sectPr/></w:body></w:document>`;
}
