/**
 * Loading a PDF with pdf.js (Mozilla's reference implementation, its legacy build for Node: no
 * worker thread, no canvas, no fonts installed): the text items of every page with their
 * positions and sizes, and the document information dictionary. pdf.js is imported only here,
 * when a PDF is read, so other commands do not pay its start-up.
 * @module
 */
import { PdfError } from './pdf-error.js';

/** One text item as pdf.js placed it: PDF points, `y` the baseline measured up from the page's bottom. */
export interface PdfItem {
  /** The text (ligatures and compatibility characters normalised by pdf.js). */
  text: string;
  /** Left edge. */
  x: number;
  /** Baseline. */
  y: number;
  /** Advance width. */
  width: number;
  /** Font size. */
  size: number;
}

/** One page's text. */
export interface PdfPage {
  /** 1-based page number. */
  number: number;
  /** Page width in points. */
  width: number;
  /** Page height in points. */
  height: number;
  /** Horizontal text items, in content order. */
  items: PdfItem[];
}

/** A loaded PDF. */
export interface LoadedPdf {
  /** Pages in order. */
  pages: PdfPage[];
  /** The information dictionary (`Title`, `Author`, `CreationDate`, ... and `Custom` keys). */
  info: Record<string, unknown>;
}

/** Limits on what is read. */
export interface PdfLimits {
  /** Largest file, in bytes. */
  maxBytes: number;
  /** Most pages. */
  maxPages: number;
}

/** Default limits: 256 MB and 20,000 pages (a million-word document is about 2,500 pages). */
export const DEFAULT_PDF_LIMITS: PdfLimits = { maxBytes: 256 * 2 ** 20, maxPages: 20_000 };

const HEADER = '%PDF-';
const EOF_MARK = '%%EOF';

/**
 * Load a PDF's text and information dictionary.
 * @param bytes The file's bytes (not modified).
 * @param limits Size and page limits.
 * @returns The pages' text items and the information dictionary.
 * @throws {PdfError} When the file is empty, not a PDF, truncated, corrupt, encrypted or too large.
 */
export async function loadPdf(bytes: Uint8Array, limits: PdfLimits = DEFAULT_PDF_LIMITS): Promise<LoadedPdf> {
  if (bytes.length === 0) throw new PdfError('empty', 'is empty: expected a PDF');
  if (bytes.length > limits.maxBytes) throw new PdfError('too-large', `is ${mb(bytes.length)}, more than the ${mb(limits.maxBytes)} a PDF may be`);
  if (!latin1(bytes.subarray(0, 1024)).includes(HEADER)) throw new PdfError('not-pdf', 'is not a PDF (no %PDF- header): expected a PDF, .docx or .md');
  if (!latin1(bytes.subarray(Math.max(0, bytes.length - 2048))).includes(EOF_MARK)) {
    throw new PdfError('truncated', 'is a truncated PDF (no %%EOF at its end): ask for the complete file');
  }
  const pdfjs = await importPdfjs();
  // pdf.js takes ownership of (and may detach) the buffer it is given, and refuses a Node Buffer: give it a plain copy.
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 });
  let document;
  try {
    document = await task.promise;
  } catch (error) {
    await task.destroy();
    throw loadError(error);
  }
  try {
    if (document.numPages > limits.maxPages) throw new PdfError('too-many-pages', `has ${document.numPages} pages, more than the ${limits.maxPages} a PDF may have`);
    const metadata = await document.getMetadata();
    const pages: PdfPage[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
      const content = await page.getTextContent();
      const items: PdfItem[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = item.transform as number[];
        // Rotated or vertical text is not part of the reading flow this reader rebuilds.
        if (Math.abs(b) > 1e-3 || Math.abs(c) > 1e-3 || a <= 0) continue;
        items.push({ text: item.str, x: e - x0, y: f - y0, width: item.width, size: Math.max(item.height, Math.abs(d)) });
      }
      pages.push({ number, width: x1 - x0, height: y1 - y0, items });
      page.cleanup();
    }
    // `info` is typed `Object` by pdf.js: it is the parsed information dictionary, a plain record.
    const info = (metadata.info ?? {}) as Record<string, unknown>;
    return { pages, info };
  } catch (error) {
    throw error instanceof PdfError ? error : loadError(error);
  } finally {
    await document.destroy();
  }
}

/**
 * Import pdf.js's legacy build and its worker, undoing what its bundled core-js polyfills replace although Node's
 * own are correct: `Array.prototype.push` (a polyfill several times slower, for every array of the
 * process), `JSON.stringify` and `JSON.parse`. What they only add (methods Node 20 lacks) stays.
 */
async function importPdfjs(): Promise<typeof import('pdfjs-dist/legacy/build/pdf.mjs')> {
  const natives = { push: Array.prototype.push, stringify: JSON.stringify, parse: JSON.parse };
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // The in-thread ("fake") worker imports this module on first use: import it now, so that its own
  // copy of the polyfills runs before the natives are put back (a module runs once).
  // (A specifier in a variable: the worker module ships no type declarations, and none are needed.)
  const worker = 'pdfjs-dist/legacy/build/pdf.worker.mjs';
  await import(worker);
  for (const [object, key, native] of [
    [Array.prototype, 'push', natives.push],
    [JSON, 'stringify', natives.stringify],
    [JSON, 'parse', natives.parse],
  ] as const) {
    const descriptor = Object.getOwnPropertyDescriptor(object, key);
    if (descriptor?.value !== native) Object.defineProperty(object, key, { value: native, writable: true, configurable: true, enumerable: false });
  }
  return pdfjs;
}

function loadError(error: unknown): PdfError {
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException') return new PdfError('encrypted', 'is encrypted with a password: ask for an unprotected PDF or the .docx');
  if (name === 'InvalidPDFException') return new PdfError('corrupt', `is not a readable PDF (${message.replace(/\.$/, '')}): ask for the file again or the .docx`);
  return new PdfError('corrupt', `could not be read as a PDF (${message.replace(/\.$/, '')}): ask for the file again or the .docx`);
}

function latin1(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return text;
}

function mb(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(0)} MB`;
}
