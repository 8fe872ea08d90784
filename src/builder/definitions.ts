/**
 * Definitions: the rows of a `Term | Meaning` table, and legal-style definition paragraphs
 * (`"Accounts" means ...`, `“Accounts” has the meaning ...`; bold in Markdown is plain text here).
 * @module
 */
import type { Definition } from '../model/document.js';
import type { Position } from '../model/position.js';
import { fingerprint } from '../model/text.js';

/**
 * Whether a table header is a definitions table's: `Term | Meaning` (also `Defined Term`,
 * `Expression`, `Definition`), case and punctuation ignored.
 * @param header The header cells.
 * @returns `true` for a definitions table.
 */
export function isDefinitionsHeader(header: readonly string[]): boolean {
  const [first, second] = header.map((cell) => cell.toLowerCase().replace(/[^a-z]/g, ''));
  return (first === 'term' || first === 'definedterm' || first === 'expression') && (second === 'meaning' || second === 'definition');
}

/**
 * The definitions of a definitions table: one per row with a term (quotes around it dropped).
 * @param rows Body rows (cells padded to the header's width).
 * @param rowPositions Where each row is.
 * @param fallback Where the table is (for a row without a position).
 * @returns The definitions, in row order.
 */
export function tableDefinitions(rows: readonly string[][], rowPositions: readonly Position[], fallback: Position): Definition[] {
  const definitions: Definition[] = [];
  rows.forEach((cells, index) => {
    const term = (cells[0] ?? '').replace(/^["“]|["”]$/g, '').trim();
    const meaning = cells.slice(1).join(' ').trim();
    if (term === '') return;
    definitions.push({ term, meaning, fingerprint: fingerprint(meaning), position: rowPositions[index] ?? fallback });
  });
  return definitions;
}

/** A quoted term: straight or curly double quotes, at most 80 characters, starting with a capital or digit. */
const QUOTED = String.raw`["“]\s*([A-Z0-9][^"“”]{0,79}?)\s*["”]`;

/**
 * A definition paragraph: one or more quoted terms (`"A" or "B"`, `"A" (or "B")`), then a
 * defining verb, then the meaning.
 */
const DEFINITION = new RegExp(
  String.raw`^${QUOTED}((?:\s*,?\s*\(?\s*(?:or|and)\s+${QUOTED}\s*\)?)*)\s*,?\s+(means?|shall mean|has the meaning|have the meaning|is|are|includes?|refers to)\b[\s:,]*(.*)$`,
  's',
);
const MORE_TERMS = new RegExp(QUOTED, 'g');

/**
 * The definitions a paragraph states, when it is written as one: `"Accounts" means ...`,
 * `“Application” or “Learning Lab” means ...`. The meaning is the rest of the paragraph after the
 * verb (kept whole for `has the meaning`, which points elsewhere).
 * @param text The paragraph's plain text (after any clause number).
 * @param position Where the paragraph is.
 * @returns The definitions (one per term), or an empty list.
 */
export function paragraphDefinitions(text: string, position: Position): Definition[] {
  const first = text.charCodeAt(0);
  if (first !== 34 && first !== 0x201c) return [];
  const match = DEFINITION.exec(text);
  if (!match?.[1]) return [];
  const verb = match[4] ?? '';
  const rest = (match[5] ?? '').trim();
  const meaning = verb.startsWith('has') || verb.startsWith('have') ? `${verb} ${rest}`.trim() : rest;
  if (meaning === '') return [];
  const terms = [match[1].trim()];
  for (const more of (match[2] ?? '').matchAll(MORE_TERMS)) if (more[1]) terms.push(more[1].trim());
  return terms.map((term) => ({ term, meaning, fingerprint: fingerprint(meaning), position }));
}
