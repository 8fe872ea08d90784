/**
 * Running the lint rules over a parsed document.
 * @module
 */
import type { VFile } from 'vfile';
import { documentDiagnostics } from '../builder/diagnostics.js';
import type { Document } from '../model/document.js';
import { lintRules } from './registry.js';
import { createReporter, type LintRule } from './rule.js';

/**
 * Run the rules over a document: messages are added to `file` (which already holds the parser's),
 * and a copy of the document is returned whose `diagnostics` are all of the file's messages.
 * @param document The parsed document.
 * @param file Its vfile (from `parseDocument`).
 * @param rules The rules to run (default: all).
 * @returns The document with its diagnostics.
 */
export function lintDocument(document: Document, file: VFile, rules: readonly LintRule[] = lintRules): Document {
  for (const rule of rules) rule.check(document, createReporter(file, rule));
  const diagnostics = documentDiagnostics(file, document.format, document.clauses);
  return { ...document, diagnostics };
}
