/**
 * The PDF entry of the reader registry: `readPdfSource` with the version's vfile, and a PDF that
 * cannot be read as a one-line `ReadVersionError` (the CLI prefixes the file name; exit code 3).
 * @module
 */
import { VFile } from 'vfile';
import { ReadVersionError } from '../read-error.js';
import type { ReadSource } from '../readers.js';
import { PdfError } from './pdf-error.js';
import { readPdfSource } from './read-pdf-source.js';

/**
 * Read a PDF version for the builder.
 * @param bytes The file's bytes.
 * @param path The name to show in positions and messages.
 * @returns The builder's input and the version's vfile.
 * @throws ReadVersionError when the PDF cannot be read (scanned, encrypted, truncated, corrupt, too large).
 */
export async function readPdf(bytes: Uint8Array, path: string): Promise<ReadSource> {
  try {
    return { source: await readPdfSource(bytes, path), file: new VFile({ path }) };
  } catch (error) {
    if (error instanceof PdfError) throw new ReadVersionError(error.message);
    throw error;
  }
}
