/**
 * The Word reader on small packages made at test time: numbering through styles, overrides and
 * restarts, typed numbers, tracked changes, fields, merged cells, tmad's own front matter, document
 * properties, and hostile files.
 */
import { strToU8, zipSync, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DocxError } from '../../../src/docx/docx-error.js';
import { readDocxSource } from '../../../src/read/docx/read-docx-source.js';
import type { SourceBlock, SourceDocument } from '../../../src/read/source-block.js';
import { lvl, makeDocx, numPr, p } from './make-docx.js';

/** `1.2 The DCC` / `H2 1 Definitions` / `T a|b` / `N docx-field`: a block as one readable line. */
function show(block: SourceBlock): string {
  switch (block.kind) {
    case 'heading':
      return `H${block.depth} ${block.number ? `${block.number.text} ` : ''}${block.text}`;
    case 'paragraph':
      return `${block.item ? '* ' : ''}${block.number ? `${block.number.text} ` : ''}${block.text}`;
    case 'table':
      return `T ${[block.header, ...block.rows].map((row) => row.join('|')).join(' / ')}${block.merged ? ' (merged)' : ''}`;
    case 'note':
      return `N ${block.ruleId}: ${block.reason}`;
  }
}

async function read(bytes: Uint8Array, view: 'accept' | 'reject' = 'accept'): Promise<SourceDocument> {
  return readDocxSource(bytes, 'test.docx', { view });
}

async function lines(bytes: Uint8Array, view: 'accept' | 'reject' = 'accept'): Promise<string[]> {
  return (await read(bytes, view)).blocks.map(show);
}

const LEGAL = `<w:abstractNum w:abstractNumId="0">${lvl(0, 'decimal', '%1')}${lvl(1, 'decimal', '%1.%2')}${lvl(2, 'lowerLetter', '(%3)')}${lvl(3, 'lowerRoman', '(%4)')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;

/** Styles as a legal document has them: the list on a base style, each level's style giving only `ilvl`. */
const LEGAL_STYLES = [
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>',
  `<w:style w:type="paragraph" w:styleId="ListBase"><w:name w:val="List Base"/><w:basedOn w:val="Normal"/><w:pPr>${numPr('1', null)}</w:pPr></w:style>`,
  `<w:style w:type="paragraph" w:styleId="Section"><w:name w:val="Section"/><w:basedOn w:val="ListBase"/><w:pPr>${numPr(null, 0)}<w:outlineLvl w:val="0"/></w:pPr></w:style>`,
  `<w:style w:type="paragraph" w:styleId="Clause"><w:name w:val="Clause"/><w:basedOn w:val="ListBase"/><w:pPr>${numPr(null, 1)}</w:pPr></w:style>`,
  `<w:style w:type="paragraph" w:styleId="Sub"><w:name w:val="Sub"/><w:basedOn w:val="Clause"/><w:pPr>${numPr(null, 2)}</w:pPr></w:style>`,
  `<w:style w:type="paragraph" w:styleId="SubSub"><w:name w:val="Sub Sub"/><w:basedOn w:val="Sub"/><w:pPr>${numPr(null, 3)}</w:pPr></w:style>`,
].join('');

const style = (id: string): string => `<w:pStyle w:val="${id}"/>`;

describe('readDocxSource: numbering', () => {
  it('numbers through styles (basedOn chains, a style giving only ilvl), restarts deeper levels, leaves typed numbers in the text', async () => {
    const body = [
      p(style('Section'), 'Definitions'),
      p(style('Clause'), 'In this document:'),
      p(style('Clause'), 'The DCC shall:'),
      p(style('Sub'), 'migrate;'),
      p(style('Sub'), 'report:'),
      p(style('SubSub'), 'daily;'),
      p(style('SubSub'), 'weekly;'),
      p(style('Sub'), 'and notify;'),
      p(style('SubSub'), 'at once.'),
      p('', '1.2A\tWhere a meter is dormant, ...'),
      p(style('Clause'), 'Next clause.'),
      p(style('Section'), 'Migration'),
      p(style('Clause'), 'First of section 2.'),
      p(`${style('Clause')}${numPr('0', null)}`, '2.1A\tTyped, numbering removed.'),
    ].join('');
    const document = await read(makeDocx({ body, numbering: LEGAL, styles: LEGAL_STYLES }));
    expect(document.blocks.map(show)).toEqual([
      'H2 1 Definitions',
      '1.1 In this document:',
      '1.2 The DCC shall:',
      '(a) migrate;',
      '(b) report:',
      '(i) daily;',
      '(ii) weekly;',
      '(c) and notify;',
      '(i) at once.',
      '1.2A\tWhere a meter is dormant, ...',
      '1.3 Next clause.',
      'H2 2 Migration',
      '2.1 First of section 2.',
      '2.1A\tTyped, numbering removed.',
    ]);
    const depths = document.blocks.map((block) => (block.kind === 'paragraph' || block.kind === 'heading' ? (block.number?.depth ?? null) : null));
    expect(depths).toEqual([1, 2, 2, 1, 1, 1, 1, 1, 1, null, 2, 1, 2, null]);
    const first = document.blocks[1];
    expect(first?.kind === 'paragraph' && first.number).toEqual({ text: '1.1', origin: 'auto', depth: 2 });
    expect(first?.position).toEqual({ start: { line: 2, column: 1 }, end: { line: 2, column: 18 } });
  });

  it('reads literal level text, startOverride, lvlRestart 0, isLgl, numStyleLink and the level linked to a style', async () => {
    const numbering = [
      `<w:abstractNum w:abstractNumId="0">${lvl(0, 'upperLetter', 'Schedule %1')}${lvl(1, 'decimal', '%1.0')}</w:abstractNum>`,
      `<w:abstractNum w:abstractNumId="1">${lvl(0, 'upperRoman', '%1.')}${lvl(1, 'lowerLetter', '%1.%2', '<w:lvlRestart w:val="0"/><w:isLgl/>')}</w:abstractNum>`,
      `<w:abstractNum w:abstractNumId="2"><w:styleLink w:val="LegalList"/>${lvl(0, 'decimal', 'Article %1', '<w:pStyle w:val="Article"/>')}${lvl(1, 'lowerRoman', '(%2)')}</w:abstractNum>`,
      '<w:abstractNum w:abstractNumId="3"><w:numStyleLink w:val="LegalList"/></w:abstractNum>',
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
      '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>',
      '<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>',
      '<w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>',
      '<w:num w:numId="5"><w:abstractNumId w:val="3"/></w:num>',
    ].join('');
    const styles = [
      `<w:style w:type="numbering" w:styleId="LegalList"><w:name w:val="Legal List"/><w:pPr>${numPr('4', null)}</w:pPr></w:style>`,
      `<w:style w:type="paragraph" w:styleId="Article"><w:name w:val="Article"/><w:pPr>${numPr('5', null)}</w:pPr></w:style>`,
    ].join('');
    const body = [
      p(numPr('1', 0), 'Charges'),
      p(numPr('1', 1), 'General'),
      p(numPr('1', 0), 'Services'),
      p(numPr('2', 0), 'one'),
      p(numPr('2', 1), 'a'),
      p(numPr('2', 0), 'two'),
      p(numPr('2', 1), 'b, not restarted, level I shown in Arabic'),
      p(numPr('3', 0), 'restarted at E'),
      p(style('Article'), 'Article from the linked style'),
      p(numPr('5', 1), 'through numStyleLink'),
      p(style('Article'), 'second article'),
    ].join('');
    expect(await lines(makeDocx({ body, numbering, styles }))).toEqual([
      'Schedule A Charges',
      'A.0 General',
      'Schedule B Services',
      'I. one',
      '1.a a',
      'II. two',
      '2.b b, not restarted, level I shown in Arabic',
      'Schedule E restarted at E',
      'Article 1 Article from the linked style',
      '(i) through numStyleLink',
      'Article 2 second article',
    ]);
  });

  it('shows bullets as items, not numbers, and never numbers a paragraph twice', async () => {
    const numbering = `<w:abstractNum w:abstractNumId="0">${lvl(0, 'bullet', '•')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>${LEGAL.replace('w:abstractNumId="0"', 'w:abstractNumId="9"').replace('<w:num w:numId="1"><w:abstractNumId w:val="0"/>', '<w:num w:numId="2"><w:abstractNumId w:val="9"/>')}`;
    const document = await read(makeDocx({ body: [p(numPr('1', 0), 'a point'), p(numPr('2', 1), '1.1 The number typed as well')].join(''), numbering }));
    expect(document.blocks.map(show)).toEqual(['* a point', '1.1 The number typed as well', 'N docx-number: Paragraph numbered 1.1 automatically also had the number typed at its start: read once']);
    const bullet = document.blocks[0];
    expect(bullet?.kind === 'paragraph' && bullet.item).toEqual({ level: 1, ordered: false });
  });
});

describe('readDocxSource: tracked changes', () => {
  const ins = (text: string, id: number): string => `<w:ins w:id="${id}" w:author="DCC" w:date="2020-11-18T00:00:00Z"><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:ins>`;
  const del = (text: string, id: number): string => `<w:del w:id="${id}" w:author="DCC" w:date="2020-11-18T00:00:00Z"><w:r><w:delText xml:space="preserve">${text}</w:delText></w:r></w:del>`;
  const markDeleted = '<w:rPr><w:del w:id="90" w:author="DCC" w:date="2020-11-18T00:00:00Z"/></w:rPr>';
  const markInserted = '<w:rPr><w:ins w:id="91" w:author="DCC" w:date="2020-11-18T00:00:00Z"/></w:rPr>';
  const body = [
    p(style('Clause'), 'The DCC ', del('may', 1), ins('shall', 2), ' migrate.'),
    p(`${style('Clause')}${markDeleted}`, del('A deleted clause.', 3)),
    p(`${style('Clause')}${markInserted}`, ins('An inserted clause.', 4)),
    p(style('Clause'), 'Last clause.'),
    p(markDeleted, 'Joined '),
    p('', 'paragraphs.'),
    `<w:moveFrom w:id="5" w:author="DCC" w:date="2020-11-18T00:00:00Z">${p('', 'Moved text.')}</w:moveFrom>`,
    p('', 'Anchor.'),
    `<w:moveTo w:id="6" w:author="DCC" w:date="2020-11-18T00:00:00Z">${p('', 'Moved text.')}</w:moveTo>`,
  ].join('');
  const bytes = makeDocx({ body, numbering: LEGAL, styles: LEGAL_STYLES });

  it('accept view: deleted numbered paragraphs take no number, a deleted mark joins paragraphs, moves land at their target', async () => {
    expect(await lines(bytes)).toEqual([
      'N docx-revisions: Found 8 tracked revisions (3 insertions, 4 deletions, 1 move, 0 property changes): read as if all were accepted (view "reject" reads the original)',
      '1.1 The DCC shall migrate.',
      '1.2 An inserted clause.',
      '1.3 Last clause.',
      'Joined paragraphs.',
      'Anchor.',
      'Moved text.',
    ]);
  });

  it('reject view: the original text and numbers', async () => {
    const shown = await lines(bytes, 'reject');
    expect(shown.slice(1)).toEqual(['1.1 The DCC may migrate.', '1.2 A deleted clause.', '1.3 Last clause.', 'Joined', 'paragraphs.', 'Moved text.', 'Anchor.']);
    expect(shown[0]).toContain('read as if all were rejected');
  });

  it('reject view takes the paragraph properties from before a tracked property change', async () => {
    const changed = p(`${style('Clause')}<w:pPrChange w:id="7" w:author="DCC" w:date="2020-11-18T00:00:00Z"><w:pPr>${style('Sub')}</w:pPr></w:pPrChange>`, 'Was a sub-paragraph.');
    const doc = makeDocx({ body: changed, numbering: LEGAL, styles: LEGAL_STYLES });
    expect((await lines(doc)).slice(1)).toEqual(['1.1 Was a sub-paragraph.']);
    expect((await lines(doc, 'reject')).slice(1)).toEqual(['(a) Was a sub-paragraph.']);
  });
});

describe('readDocxSource: fields, tables, what stays out of the body', () => {
  const fld = (type: string): string => `<w:r><w:fldChar w:fldCharType="${type}"/></w:r>`;
  const instr = (code: string): string => `<w:r><w:instrText xml:space="preserve">${code}</w:instrText></w:r>`;

  it('drops a table of contents and page references, resolves REF to the number of the paragraph it names, keeps MACROBUTTON text with a note', async () => {
    const body = [
      p(style('TOC1'), fld('begin'), instr(' TOC \\o "1-3" \\h '), fld('separate'), '1.1 In this document', fld('begin'), instr(' PAGEREF _Toc1 \\h '), fld('separate'), '3', fld('end')),
      p(style('TOC1'), '1.2 The DCC shall', fld('end')),
      p(style('Clause'), '<w:bookmarkStart w:id="1" w:name="_Ref1"/>', 'In this document.', '<w:bookmarkEnd w:id="1"/>'),
      p(style('Clause'), '<w:bookmarkStart w:id="2" w:name="_Ref2"/>', 'The DCC shall.', '<w:bookmarkEnd w:id="2"/>'),
      p('', 'See Clause ', fld('begin'), instr(' REF _Ref2 \\r \\h '), fld('separate'), '1.1', fld('end'), ' and ', fld('begin'), instr(' REF _Ref1 \\h '), fld('separate'), 'the text', fld('end'), '.'),
      p('', fld('begin'), instr(' MACROBUTTON NoMacro [Click here and type the date] '), fld('end')),
      p('', 'Body text', '<w:r><w:footnoteReference w:id="2"/></w:r>', '<w:r><w:commentReference w:id="0"/></w:r>', '<w:r><w:drawing><wp:inline xmlns:wp="x"><w:txbxContent><w:p><w:r><w:t>text box</w:t></w:r></w:p></w:txbxContent></wp:inline></w:drawing></w:r>', ' here.'),
    ].join('');
    const styles = `${LEGAL_STYLES}<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/></w:style>`;
    const footnotes = '<w:footnote w:type="separator" w:id="0"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id="2"><w:p><w:r><w:t>Source: the Code.</w:t></w:r></w:p></w:footnote>';
    expect(await lines(makeDocx({ body, numbering: LEGAL, styles, footnotes }))).toEqual([
      '1.1 In this document.',
      '1.2 The DCC shall.',
      'See Clause 1.2 and the text.',
      'N docx-ref: REF _Ref2 showed "1.1", but the paragraph it names is now numbered 1.2: read as 1.2 (update the fields in Word)',
      '[Click here and type the date]',
      'N docx-field: MACROBUTTON placeholder kept as text: "[Click here and type the date]"; replace it with the real text',
      'Body text here.',
      'N docx-footnote: Footnote 1: Source: the Code.',
    ]);
  });

  it('repeats merged cells into each grid cell they cover and reads content controls as text', async () => {
    const cell = (text: string, pr = ''): string => `<w:tc>${pr ? `<w:tcPr>${pr}</w:tcPr>` : ''}${p('', text)}</w:tc>`;
    const table = `<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>
      <w:tr>${cell('Term')}${cell('Meaning', '<w:gridSpan w:val="2"/>')}</w:tr>
      <w:tr>${cell('Dormant Meter', '<w:vMerge w:val="restart"/>')}${cell('a meter')}<w:sdt><w:sdtPr><w:alias w:val="Note"/></w:sdtPr><w:sdtContent>${cell('that is dormant')}</w:sdtContent></w:sdt></w:tr>
      <w:tr>${cell('', '<w:vMerge/>')}${cell('(continued)')}${cell('')}</w:tr></w:tbl>`;
    const document = await read(makeDocx({ body: p('', 'Before.') + table }));
    expect(document.blocks.map(show)).toEqual(['Before.', 'T Term|Meaning|Meaning / Dormant Meter|a meter|that is dormant / Dormant Meter|(continued)| (merged)']);
    const block = document.blocks[1];
    expect(block?.kind === 'table' && block.rowPositions.map((position) => position.start.line)).toEqual([4, 7]);
  });

  it('leaves out tmad\'s own cover, history table, contents and change list (styles Tmad...), and takes the front matter from tmad.* properties alone', async () => {
    const history = `<w:tbl><w:tr><w:tc>${p(style('TmadHistory'), 'Version')}</w:tc><w:tc>${p(style('TmadHistory'), 'Date')}</w:tc></w:tr></w:tbl>`;
    const body = [p(style('TmadCover'), 'SMETS1 TMAD 8.1'), history, p(style('TmadToc'), '1 Definitions'), p('', 'Body.'), p(style('TmadChangeList'), '4.24 amended')].join('');
    const document = await read(
      makeDocx({
        body,
        core: { 'dc:title': 'Word title', 'dc:creator': 'Someone', 'dcterms:modified': '2021-03-04T10:00:00Z' },
        custom: { 'tmad.title': 'SMETS1 Transition and Migration Approach Document', 'tmad.version': '8.1', 'tmad.date': '2021-02-01', 'tmad.proper-nouns': '["DCC","BEIS"]', Department: 'Regulation' },
      }),
    );
    expect(document.blocks.map(show)).toEqual(['Body.']);
    expect(document.blocks[0]?.position.start.line).toBe(5);
    expect(document.meta).toEqual({ title: 'SMETS1 Transition and Migration Approach Document', version: '8.1', date: '2021-02-01', 'proper-nouns': ['DCC', 'BEIS'] });
    expect(document.format).toBe('docx');
    expect(document.path).toBe('test.docx');
  });

  it('reads the core and custom properties of a file tmad did not write', async () => {
    const document = await read(makeDocx({ body: p('', 'Body.'), core: { 'dc:title': 'Word title', 'dc:creator': 'Someone', 'dcterms:modified': '2021-03-04T10:00:00Z' }, custom: { Department: 'Regulation' } }));
    expect(document.meta).toEqual({ title: 'Word title', author: 'Someone', modified: '2021-03-04T10:00:00Z', date: '2021-03-04', Department: 'Regulation' });
  });
});

describe('readDocxSource: hostile files fail with one line', () => {
  const valid = makeDocx({ body: p('', 'Hello.') });
  async function failure(bytes: Uint8Array): Promise<DocxError> {
    const error: unknown = await readDocxSource(bytes, 'bad.docx', {}).then(
      () => null,
      (caught: unknown) => caught,
    );
    if (!(error instanceof DocxError)) throw new Error(`expected a DocxError, got ${String(error)}`);
    expect(error.message).not.toContain('\n');
    return error;
  }

  it('a truncated zip', async () => {
    expect((await failure(valid.slice(0, Math.floor(valid.length * 0.6)))).kind).toBe('truncated');
  });

  it('a file that is not a zip, and a zip that is not a Word document', async () => {
    expect((await failure(strToU8('# Not a docx\n'))).kind).toBe('not-zip');
    expect((await failure(zipSync({ 'readme.txt': strToU8('hello') }))).kind).toBe('not-docx');
  });

  it('a zip bomb', async () => {
    const files = unzipSync(valid);
    const bomb = zipSync({ ...files, 'word/media/zeros.bin': [new Uint8Array(33 * 1024 * 1024), { level: 9 }] });
    expect((await failure(bomb)).kind).toBe('too-large');
  });

  it('a DOCTYPE in document.xml', async () => {
    const files = unzipSync(valid);
    files['word/document.xml'] = strToU8('<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x "boom">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>');
    const error = await failure(zipSync(files));
    expect(error.kind).toBe('doctype');
    expect(error.message).toContain('word/document.xml');
  });
});
