/**
 * The reader registry: one reader per input format, loaded on demand (a dynamic import each), so
 * that reading Markdown never loads the Word or PDF readers and start-up stays fast.
 * @module
 */
import type { VFile } from 'vfile';
import { ReadVersionError } from './read-error.js';
import type { SourceDocument, SourceFormat } from './source-block.js';

/** Options a reader may use. */
export interface ReaderOptions {
  /** Word: read the document with tracked changes accepted (default) or rejected. */
  view?: 'accept' | 'reject';
}

/** What a reader gives: the builder's input and the vfile messages go to. */
export interface ReadSource {
  /** The builder's input. */
  source: SourceDocument;
  /** The version's vfile (for Markdown its `value` is the text, which places references exactly). */
  file: VFile;
}

/** A reader: bytes of one version in its format -> the builder's input. */
export type Reader = (bytes: Uint8Array, path: string, options: ReaderOptions) => Promise<ReadSource>;

/** What the user calls each format, for messages. */
export const FORMAT_NAMES: Record<SourceFormat, string> = {
  markdown: 'Markdown',
  docx: 'Word (.docx)',
  pdf: 'PDF',
};

/**
 * Every reader, by format. Add a format by adding an entry (and its detection in `detectFormat`).
 * The Word and PDF readers are wired in at merge: until then, a clear input error.
 */
export const readers: Record<SourceFormat, Reader> = {
  markdown: async (bytes, path) => (await import('./markdown/read-markdown-source.js')).readMarkdownSource(bytes, path),
  docx: async (bytes, path, options) => (await import('./docx/docx-reader.js')).readDocxVersion(bytes, path, options),
  pdf: async (bytes, path) => (await import('./pdf/pdf-reader.js')).readPdf(bytes, path),
};
