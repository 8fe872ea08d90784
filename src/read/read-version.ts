/**
 * Reading one version of a document from its bytes, whatever its format: the format is told by
 * content (a zip is Word, `%PDF-` is PDF, anything else is Markdown text), its reader turns it into
 * the builder's input, and the one document builder makes the `Document`.
 * @module
 */
import { buildDocument } from '../builder/build-document.js';
import { DocxError } from '../docx/docx-error.js';
import type { Document } from '../model/document.js';
import type { VFile } from 'vfile';
import { ReadVersionError } from './read-error.js';
import { readers, type ReaderOptions } from './readers.js';
import type { SourceFormat } from './source-block.js';

/** What `readVersion` returns. */
export interface ReadVersionResult {
  /** The document model. */
  document: Document;
  /** Its vfile, with the builder's messages (lint adds its own). */
  file: VFile;
}

/**
 * The format of a version, from its first bytes: `PK\x03\x04` (a zip) is `docx`, `%PDF-` is
 * `pdf`, anything else `markdown` (whose reader then checks it is UTF-8 text).
 * @param bytes The file's bytes.
 * @returns The format.
 */
export function detectFormat(bytes: Uint8Array): SourceFormat {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'docx';
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46 && bytes[4] === 0x2d) return 'pdf';
  return 'markdown';
}

/**
 * Read one version: detect its format, read it, build its `Document`. Odd content becomes messages
 * on the file (and in `document.diagnostics`); only a file that cannot be read at all throws.
 * @param bytes The file's bytes.
 * @param name The name to show in positions and messages (as the user typed it).
 * @param options Reader options (Word: `view: 'reject'` reads the text with tracked changes rejected).
 * @returns The document and its vfile.
 * @throws ReadVersionError with a one-line reason (no file name) when the file cannot be read.
 */
export async function readVersion(bytes: Uint8Array, name: string, options: ReaderOptions = {}): Promise<ReadVersionResult> {
  const format = detectFormat(bytes);
  let read;
  try {
    read = await readers[format](bytes, name, options);
  } catch (error) {
    if (error instanceof DocxError) throw new ReadVersionError(`is not a readable Word document: ${error.message}`);
    throw error;
  }
  return { document: buildDocument(read.source, read.file), file: read.file };
}
