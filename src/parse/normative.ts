/**
 * Whether a clause places an obligation.
 * @module
 */

const OBLIGATION = /\b(?:shall|must|will|(?:is|are) obliged|(?:is|are) required to)\b/i;

/**
 * `true` when the text places an obligation on someone: it uses shall, shall not, must, will,
 * is/are obliged or is/are required to.
 * @param text Clause text.
 * @returns Whether the clause is normative.
 */
export function isNormative(text: string): boolean {
  return OBLIGATION.test(text);
}
