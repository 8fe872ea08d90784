/**
 * Reading and parsing a version from disk, for commands: Markdown, Word or PDF, told by content.
 * @module
 */
import { lintDocument } from '../lint/lint-document.js';
import type { Document } from '../model/document.js';
import { ReadVersionError } from '../read/read-error.js';
import { readVersion, type ReadVersionResult } from '../read/read-version.js';
import type { ReaderOptions } from '../read/readers.js';
import { inputError } from './errors.js';
import { readBytes } from './io.js';

/** Options of `readDocument`. */
export interface ReadDocumentOptions extends ReaderOptions {
  /**
   * `false` skips the lint rules (for commands that only compare or trace, where they would cost
   * time on a large document and change nothing in the output).
   */
  lint?: boolean;
}

/**
 * Read, parse and (unless told not to) lint one version.
 * @param path The path to read.
 * @param shownPath The path to show in positions and messages (as the user typed it).
 * @param options Lint or not; reader options.
 * @returns The document, its diagnostics filled in by the builder and the lint rules.
 */
export async function readDocument(path: string, shownPath = path, options: ReadDocumentOptions = {}): Promise<Document> {
  const { document, file } = await readVersionFile(path, shownPath, options);
  return options.lint === false ? document : lintDocument(document, file);
}

/**
 * Read and build one version, without lint: a file that cannot be read is an exit-code-3 error naming it.
 * @param path The path to read.
 * @param shownPath The path to show.
 * @param options Reader options.
 * @returns The document and its vfile.
 */
export async function readVersionFile(path: string, shownPath = path, options: ReaderOptions = {}): Promise<ReadVersionResult> {
  const bytes = await readBytes(path, shownPath);
  try {
    return await readVersion(bytes, shownPath, options.view ? { view: options.view } : {});
  } catch (error) {
    if (error instanceof ReadVersionError) throw inputError(shownPath, error.message);
    throw error;
  }
}
