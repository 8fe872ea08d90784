/**
 * Finding clause addresses (`TMAD 4.24A`) in test names and comments.
 * @module
 */

/** A clause id found in a piece of text. */
export interface FoundAddress {
  /** The clause id, e.g. `4.24A`. */
  id: string;
  /** 0-based offset of the id in the text searched. */
  index: number;
}

const ID = String.raw`\d+(?:\.\d+)+[A-Z]{0,3}(?![A-Za-z0-9])`;
const LIST_SEPARATOR = String.raw`(?:\s*(?:,|&|/|\band\b|\bor\b)\s*|[_\s]+(?:and|or)[_\s]+|_)`;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Every clause id addressed in a text, by the document key: `TMAD 4.24A`, `TMAD_4.24A` (Go
 * subtest names), `TMAD: 4.24`, and lists after one key: `TMAD 4.24, 4.24A and 4.44B`.
 * A number not preceded by the key (or by a list that follows it) is not an address.
 * @param text A test name or comment.
 * @param documentKey The document key, e.g. `TMAD` (matched as a whole word, case-sensitive).
 * @returns The ids with their offsets, in order of appearance (repeats kept).
 */
export function findClauseAddresses(text: string, documentKey: string): FoundAddress[] {
  const found: FoundAddress[] = [];
  const key = new RegExp(String.raw`(?<![A-Za-z0-9])${escapeRegExp(documentKey)}[\s_:-]*(?:[Cc]lauses?[\s_]+)?(${ID})`, 'g');
  const next = new RegExp(String.raw`^${LIST_SEPARATOR}(${ID})`);
  for (const match of text.matchAll(key)) {
    const first = match[1] ?? '';
    let index = (match.index ?? 0) + match[0].length - first.length;
    found.push({ id: first, index });
    let rest = text.slice(index + first.length);
    let offset = index + first.length;
    for (let more = next.exec(rest); more; more = next.exec(rest)) {
      const id = more[1] ?? '';
      index = offset + more[0].length - id.length;
      found.push({ id, index });
      offset += more[0].length;
      rest = rest.slice(more[0].length);
    }
  }
  return found;
}

/**
 * Whether a text mentions the document key followed by a clause id at all (a cheap pre-filter).
 * @param text Any text.
 * @param documentKey The document key.
 * @returns `true` when `findClauseAddresses` may find something.
 */
export function mentionsClause(text: string, documentKey: string): boolean {
  return text.includes(documentKey);
}
