/**
 * `parseDocument` for command-line start-up: plain TMAD Markdown goes through the fast path and
 * `mdastToDocument` (what the `remarkTmad` plugin runs) without loading remark at all; anything
 * else loads remark on demand. Loading unified, remark-parse and remark-gfm costs about 0.2 s of a
 * process's start-up, a fifth of the time budget for a TMAD-sized `tmad diff`.
 * @module
 */
import { VFile } from 'vfile';
import { fastMdast } from './fast-mdast.js';
import { mdastToDocument } from './mdast-to-document.js';
import type { ParseResult } from './parse-document.js';

/**
 * Parse a TMAD version: the same result as `parseDocument(source, path)`, loading remark only
 * when the text is not plain TMAD Markdown.
 * @param source The Markdown text.
 * @param path The file's path, used in positions and messages.
 * @returns The document and its vfile.
 */
export async function parseDocumentLazily(source: string, path = 'input.md'): Promise<ParseResult> {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const tree = fastMdast(text);
  if (tree) {
    const file = new VFile({ value: text, path });
    const document = mdastToDocument(tree, file);
    file.data.tmadDocument = document;
    return { document, file };
  }
  const { parseDocument } = await import('./parse-document.js');
  return parseDocument(source, path, { fastPath: false });
}
