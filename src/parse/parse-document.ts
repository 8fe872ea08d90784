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
import { fastMdast } from './fast-mdast.js';
import { remarkTmad } from './remark-tmad.js';

/** What `parseDocument` returns. */
export interface ParseResult {
  /** The document model. */
  document: Document;
  /** The vfile, with the parser's messages. Lint adds its own to it. */
  file: VFile;
}

/** Options of `parseDocument`. */
export interface ParseOptions {
  /**
   * Build the tree with the fast path when the text is written in plain TMAD Markdown (see
   * `fastMdast`; default `true`). The document is the same either way; `false` always uses remark-parse.
   */
  fastPath?: boolean;
}

/**
 * Parse a TMAD version written in Markdown. Never throws on odd content: what it cannot
 * understand becomes a message on `file` (and in `document.diagnostics`).
 * A UTF-8 byte order mark is dropped; CRLF line endings are fine.
 * Plain TMAD Markdown skips remark-parse (see `fastMdast`); the tree then goes through the same
 * unified processor and `remarkTmad` plugin, so the document is the one remark would give.
 * @param source The Markdown text.
 * @param path The file's path, used in positions and messages.
 * @param options Whether to try the fast path (default yes).
 * @returns The document and its vfile.
 */
export function parseDocument(source: string, path = 'input.md', options: ParseOptions = {}): ParseResult {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const file = new VFile({ value: text, path });
  const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkTmad);
  const tree = (options.fastPath !== false ? fastMdast(text) : undefined) ?? processor.parse(file);
  processor.runSync(tree, file);
  const document = file.data.tmadDocument;
  if (!document) throw new Error('remarkTmad did not run');
  return { document, file };
}
