/**
 * Reading and parsing a version from disk, for commands.
 * @module
 */
import { lintDocument } from '../lint/lint-document.js';
import type { Document } from '../model/document.js';
import { parseDocumentLazily } from '../parse/parse-document-lazily.js';
import { inputError } from './errors.js';
import { readText } from './io.js';

/**
 * Read, parse and (unless told not to) lint one Markdown file.
 * @param path The path to read.
 * @param shownPath The path to show in positions and messages (as the user typed it).
 * @param options `lint: false` skips the lint rules (for commands that only compare or trace, where
 *   they would cost time on a large document and change nothing in the output).
 * @returns The document, its diagnostics filled in by the parser and the lint rules.
 */
export async function readDocument(path: string, shownPath = path, options: { lint?: boolean } = {}): Promise<Document> {
  const text = await readText(path, shownPath);
  if (text.replace(/^\uFEFF/, '').trim() === '') throw inputError(shownPath, 'is empty, expected a Markdown document');
  const { document, file } = await parseDocumentLazily(text, shownPath);
  return options.lint === false ? document : lintDocument(document, file);
}
