/**
 * A Document as JSON text.
 * @module
 */
import type { Document } from '../model/document.js';

/**
 * The JSON form of a document (schema in `src/model/document-schema.md`): two-space indented, a final newline,
 * keys in the model's order, so the same document always gives the same bytes.
 * @param document The document.
 * @returns JSON text.
 */
export function documentToJson(document: Document): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
