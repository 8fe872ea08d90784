/**
 * The Word entry of the reader registry (`src/read/readers.ts`): a .docx -> the builder's input
 * and the vfile its messages go to.
 * @module
 */
import { VFile } from 'vfile';
import type { ReaderOptions, ReadSource } from '../readers.js';
import { readDocxSource } from './read-docx-source.js';

/**
 * Read a Word version for the builder.
 * @param bytes The .docx file.
 * @param path The name to show in positions and messages.
 * @param options The view of tracked changes (accept by default).
 * @returns The source document and a vfile named `path` (without text: Word places are paragraph numbers).
 * @throws DocxError when the file is not a readable Word document.
 */
export async function readDocxVersion(bytes: Uint8Array, path: string, options: ReaderOptions): Promise<ReadSource> {
  const source = await readDocxSource(bytes, path, options.view ? { view: options.view } : {});
  return { source, file: new VFile({ path }) };
}
