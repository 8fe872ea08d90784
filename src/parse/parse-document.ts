/**
 * Markdown text to `Document`: the parser's public entry point.
 * @module
 */
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { Document } from '../model/document.js';
import { remarkTmad } from './remark-tmad.js';

/** What `parseDocument` returns. */
export interface ParseResult {
  /** The document model. */
  document: Document;
  /** The vfile, with the parser's messages. Lint adds its own to it. */
  file: VFile;
}

/**
 * Parse a TMAD version written in Markdown. Never throws on odd content: what it cannot
 * understand becomes a message on `file` (and in `document.diagnostics`).
 * A UTF-8 byte order mark is dropped; CRLF line endings are fine.
 * @param source The Markdown text.
 * @param path The file's path, used in positions and messages.
 * @returns The document and its vfile.
 */
export function parseDocument(source: string, path = 'input.md'): ParseResult {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const file = new VFile({ value: text, path });
  const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkTmad);
  const tree = processor.parse(file);
  processor.runSync(tree, file);
  const document = file.data.tmadDocument;
  if (!document) throw new Error('remarkTmad did not run');
  return { document, file };
}
