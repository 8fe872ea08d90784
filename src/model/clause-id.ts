/**
 * Clause ids ("4.24", "4.24A", "4.24AA") and their natural order.
 * @module
 */

/** A clause id as written, e.g. `4.24A`: dot-separated integers, then optional capital letters. */
export const CLAUSE_ID_PATTERN = /^(\d+(?:\.\d+)+)([A-Z]{0,3})$/;

/** The parts of a clause id, for ordering. */
export interface ClauseIdParts {
  /** The numeric parts: `4.24A` gives `[4, 24]` (for display and arithmetic; may lose precision past 2^53). */
  numbers: number[];
  /** The numeric parts as digit strings without leading zeros (`4.024` gives `["4", "24"]`): exact at any length, for ordering. */
  digits: string[];
  /** The letter suffix: `4.24A` gives `"A"`, `4.24` gives `""`. */
  suffix: string;
}

/**
 * Split a clause id into its numbers and letter suffix.
 * @param id A clause id such as `4.24A`.
 * @returns The parts, or `undefined` when `id` is not a clause id.
 */
export function parseClauseId(id: string): ClauseIdParts | undefined {
  const match = CLAUSE_ID_PATTERN.exec(id);
  if (!match) return undefined;
  const parts = (match[1] ?? '').split('.');
  return { numbers: parts.map(Number), digits: parts.map((part) => part.replace(/^0+(?=\d)/, '')), suffix: match[2] ?? '' };
}

/**
 * Compare two clause ids in natural order: 4.24 < 4.24A < 4.24AA < 4.24B < 4.25 < 4.100 < 5.1.
 * Ids that are not clause ids sort after those that are, by plain string comparison.
 * @param a First id.
 * @param b Second id.
 * @returns Negative, zero or positive, as `Array.prototype.sort` expects.
 */
export function compareClauseIds(a: string, b: string): number {
  return compareClauseIdParts(a, parseClauseId(a), b, parseClauseId(b));
}

/**
 * `compareClauseIds` for ids already split by `parseClauseId` (to sort many ids, split each once).
 * @param a First id.
 * @param pa Its parts (`undefined` when it is not a clause id).
 * @param b Second id.
 * @param pb Its parts.
 * @returns Negative, zero or positive, as `Array.prototype.sort` expects.
 */
export function compareClauseIdParts(a: string, pa: ClauseIdParts | undefined, b: string, pb: ClauseIdParts | undefined): number {
  if (!pa || !pb) {
    if (pa) return -1;
    if (pb) return 1;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  const length = Math.max(pa.digits.length, pb.digits.length);
  for (let index = 0; index < length; index++) {
    const x = pa.digits[index];
    const y = pb.digits[index];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    // Integers of any length, exactly: the longer digit string is larger, else compare digit by digit.
    if (x.length !== y.length) return x.length - y.length;
    if (x !== y) return x < y ? -1 : 1;
  }
  // Suffixes: "" < "A" < "AA" < "AB" < "B": plain lexicographic order does exactly this.
  return pa.suffix < pb.suffix ? -1 : pa.suffix > pb.suffix ? 1 : 0;
}

/**
 * The section number a clause id belongs to: `4.24A` gives `4`.
 * @param id A clause id.
 * @returns The first numeric part, as a string.
 */
export function sectionOfClauseId(id: string): string {
  const dot = id.indexOf('.');
  return dot === -1 ? id : id.slice(0, dot);
}

/**
 * The address of a clause across documents: `TMAD 4.24A`.
 * @param documentKey The document key from the front matter (`document`), e.g. `TMAD`.
 * @param id The clause id.
 * @returns The address.
 */
export function clauseAddress(documentKey: string, id: string): string {
  return `${documentKey} ${id}`;
}
