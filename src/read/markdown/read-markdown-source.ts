/**
 * The Markdown reader: bytes -> the builder's input. Plain TMAD Markdown takes the fast path
 * (`fastMdast`) without loading remark; anything else loads remark on demand.
 * @module
 */
import { VFile } from 'vfile';
import { fastMdast } from '../../parse/fast-mdast.js';
import { markdownText } from '../decode-text.js';
import type { ReadSource } from '../readers.js';
import { mdastToSource } from './mdast-to-source.js';

/**
 * Read a Markdown version.
 * @param bytes The file's bytes (UTF-8; a byte order mark is dropped; CRLF is fine).
 * @param path The name to show in positions and messages.
 * @returns The source document and its vfile (whose `value` is the text).
 * @throws ReadVersionError when the bytes are not UTF-8 text, or hold nothing but white space.
 */
export async function readMarkdownSource(bytes: Uint8Array, path: string): Promise<ReadSource> {
  const text = markdownText(bytes);
  const file = new VFile({ value: text, path });
  const tree = fastMdast(text) ?? (await import('../../parse/remark-tree.js')).remarkTree(file);
  return { source: mdastToSource(tree, file), file };
}
