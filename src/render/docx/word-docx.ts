/**
 * Word body blocks as `docx` library objects, for embedding a redline in a document built with that
 * library (the consultation report). The standalone Word files write the same blocks as text instead
 * (`word-xml.ts`).
 * @module
 */
import { AlignmentType, DeletedTextRun, ImportedXmlComponent, InsertedTextRun, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type FileChild, type ParagraphChild } from 'docx';
import { xmlSafeText } from '../../xml/escape-xml.js';
import type { TrackedChange, WordBlock, WordParagraph, WordRun } from './word-blocks.js';
import { fieldRunXml } from './word-xml.js';

/**
 * Body blocks as `docx` paragraphs and tables.
 * @param blocks The blocks.
 * @returns Paragraphs and tables, in order.
 */
export function docxElements(blocks: readonly WordBlock[]): FileChild[] {
  return blocks.map((block) => (block.kind === 'paragraph' ? docxParagraph(block) : docxTable(block.rows)));
}

type Mark = { insertion: { id: number; author: string; date: string } } | { deletion: { id: number; author: string; date: string } };

function markOf(change: TrackedChange | undefined): Mark | undefined {
  if (!change) return undefined;
  const revision = { id: change.id, author: change.author, date: change.date };
  return change.kind === 'ins' ? { insertion: revision } : { deletion: revision };
}

function docxParagraph(p: WordParagraph): Paragraph {
  const mark = markOf(p.mark);
  return new Paragraph({
    ...(p.style !== undefined ? { style: p.style } : {}),
    ...(p.pageBreakBefore ? { pageBreakBefore: true } : {}),
    ...(p.alignLeft ? { alignment: AlignmentType.LEFT } : {}),
    ...(p.indent ? { indent: p.indent } : {}),
    ...(mark ? { run: mark } : {}),
    children: p.runs.map(docxRun),
  });
}

function docxRun(run: WordRun): ParagraphChild {
  const field = fieldRunXml(run);
  // A field run is raw markup (the library has no complex-field run); it serialises like any run inside a paragraph.
  if (field !== null) return ImportedXmlComponent.fromXmlString(field) as unknown as ParagraphChild;
  const style = {
    ...(run.bold ? { bold: true } : {}),
    ...(run.italics ? { italics: true } : {}),
    ...(run.show === 'insert' ? { underline: {}, color: '0A5D1A' } : run.show === 'delete' ? { strike: true, color: 'A4161A' } : {}),
  };
  const text = xmlSafeText(run.text);
  if (!run.change) return new TextRun({ text, ...style });
  const options = { id: run.change.id, author: xmlSafeText(run.change.author), date: run.change.date, text, ...style };
  return run.change.kind === 'ins' ? new InsertedTextRun(options) : new DeletedTextRun(options);
}

function docxTable(rows: readonly { header: boolean; mark?: TrackedChange; cells: WordParagraph[] }[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map((row) => {
      const mark = markOf(row.mark);
      return new TableRow({ ...(row.header ? { tableHeader: true } : {}), children: row.cells.map((cell) => new TableCell({ children: [docxParagraph(cell)] })), ...(mark ?? {}) });
    }),
  });
}
