/**
 * Reading and parsing a version from disk, for commands.
 * @module
 */
import { lintDocument } from '../lint/lint-document.js';
import type { Document } from '../model/document.js';
import { parseDocument } from '../parse/parse-document.js';
import { inputError } from './errors.js';
import { readText } from './io.js';

/**
 * Read, parse and lint one Markdown file.
 * @param path The path to read.
 * @param shownPath The path to show in positions and messages (as the user typed it).
 * @returns The document, its diagnostics filled in by parser and lint rules.
 */
export async function readDocument(path: string, shownPath = path): Promise<Document> {
  const text = await readText(path, shownPath);
  if (text.replace(/^\uFEFF/, '').trim() === '') throw inputError(shownPath, 'is empty, expected a Markdown document');
  const { document, file } = parseDocument(text, shownPath);
  return lintDocument(document, file);
}
