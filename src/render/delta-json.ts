/**
 * A delta as JSON text (schema in `src/model/delta-schema.md`).
 * @module
 */
import type { Delta } from '../model/delta.js';

/**
 * The JSON form of a delta: two-space indented, a final newline, keys in the model's order, so the same
 * two versions always give the same bytes.
 * @param delta The delta.
 * @returns JSON text.
 */
export function renderDeltaJson(delta: Delta): string {
  return `${JSON.stringify(delta, null, 2)}\n`;
}
