/**
 * The PDF reader: a text PDF's lines rebuilt from the positions of its text (pdf.js), without
 * running headers, footers, page numbers or a table of contents, as the builder's blocks: headings,
 * paragraphs with their typed clause numbers and labels, tables (best effort, with a note). Every
 * block's position is the line on its page (`page` set).
 * @module
 */
import type { SourceBlock, SourceDocument } from '../source-block.js';
import { DEFAULT_PDF_LIMITS, loadPdf, type PdfLimits } from './load-pdf.js';
import { pageLines } from './page-lines.js';
import { linesToBlocks } from './pdf-blocks.js';
import { PdfError } from './pdf-error.js';
import { pdfMeta } from './pdf-meta.js';
import { dropRunningLines } from './running-lines.js';

/**
 * Read a PDF into the builder's input.
 * @param bytes The file's bytes.
 * @param path The file name to show in positions and messages.
 * @param limits Size and page limits (default: 256 MB, 20,000 pages).
 * @returns The version's metadata and blocks.
 * @throws {PdfError} When the file is not a readable text PDF: empty, not a PDF, truncated, corrupt, encrypted, too large, or a scanned image with no text layer.
 */
export async function readPdfSource(bytes: Uint8Array, path: string, limits: PdfLimits = DEFAULT_PDF_LIMITS): Promise<SourceDocument> {
  const pdf = await loadPdf(bytes, limits);
  const pages = pdf.pages.map((page) => ({ lines: pageLines(page), height: page.height }));
  const textless = pages.filter((page) => page.lines.length === 0).length;
  if (pages.length === 0 || textless === pages.length) throw new PdfError('no-text', 'has no text layer: it is a scanned image; ask for a text PDF or the .docx');
  const blocks: SourceBlock[] = linesToBlocks(dropRunningLines(pages));
  pages.forEach((page, index) => {
    if (page.lines.length > 0) return;
    const at = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
    blocks.push({ kind: 'note', severity: 'warning', reason: `Page ${index + 1} has no text: blank, or a scanned image whose words are missing (then ask for a text PDF or the .docx)`, ruleId: 'pdf-no-text', position: at, page: index + 1 });
  });
  const meta = pdfMeta(pdf.info);
  // A title page may print the version after the title (`... Document 8.1`): the title is the words before it.
  const title = blocks.find((block) => block.kind === 'heading');
  if (title?.kind === 'heading' && title.depth === 1 && meta.version && title.text.endsWith(` ${meta.version}`)) title.text = title.text.slice(0, -meta.version.length - 1);
  return { format: 'pdf', path, meta, metaProblems: [], blocks };
}
