/**
 * `readVersion` for callers that cannot wait (the consultation loader): Markdown only, read the
 * same way and built by the same builder; a Word or PDF version is a clear error here.
 * @module
 */
import { VFile } from 'vfile';
import { buildDocument } from '../builder/build-document.js';
import { fastMdast } from '../parse/fast-mdast.js';
import { remarkTree } from '../parse/remark-tree.js';
import { markdownText } from './decode-text.js';
import { mdastToSource } from './markdown/mdast-to-source.js';
import { ReadVersionError } from './read-error.js';
import { detectFormat, type ReadVersionResult } from './read-version.js';
import { FORMAT_NAMES } from './readers.js';

/**
 * Read one Markdown version synchronously (same checks and result as `readVersion`).
 * @param bytes The file's bytes.
 * @param name The name to show in positions and messages.
 * @returns The document and its vfile.
 * @throws ReadVersionError when the file cannot be read, or is Word or PDF (read those with `readVersion`).
 */
export function readVersionSync(bytes: Uint8Array, name: string): ReadVersionResult {
  const format = detectFormat(bytes);
  if (format !== 'markdown') throw new ReadVersionError(`is ${FORMAT_NAMES[format]}, which can only be read where versions are read asynchronously; expected Markdown here`);
  const text = markdownText(bytes);
  const file = new VFile({ value: text, path: name });
  const tree = fastMdast(text) ?? remarkTree(file);
  return { document: buildDocument(mdastToSource(tree, file), file), file };
}
