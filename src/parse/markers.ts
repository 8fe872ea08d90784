/**
 * Recognising clause numbers, section headings and sub-paragraph labels at the start of text.
 * @module
 */

/**
 * A clause number at the start of a paragraph: `4.24`, `4.24A`, `4.24.` followed by space or end.
 * Any number of suffix letters is read (`4.24AAAA` is a clause, which the builder reports as
 * having more than three), so that such a paragraph is never merged into the clause above.
 */
const CLAUSE_START = /^(\d+(?:\.\d+)+[A-Z]*)\.?(?=\s|$)/;

/** A numbered section heading: `4 Migration`, `4. Migration`, `Section 4 – Migration`. */
const SECTION_HEADING = /^(?:Section\s+)?(\d+)\.?(?:\s+[-–—:]\s*|\s+)(\S.*)$/i;

/** A sub-paragraph label: `(a)`, `(ii)`, `(A)`, `(1)`. */
const LABEL_START = /^\(([a-z]{1,2}|[ivxlc]{1,6}|[A-Z]{1,2}|\d{1,2})\)(?=\s|$)/;

const ROMAN = /^[ivxlc]+$/;

/** A clause number found at the start of some text. */
export interface LeadingNumber {
  /** The id without a trailing dot: `4.24A`. */
  id: string;
  /** Length of the matched number, trailing dot included. */
  length: number;
}

/**
 * The clause number a paragraph opens with, if any.
 * @param text Plain text of the paragraph.
 * @returns The number and its length, or `undefined`.
 */
export function leadingClauseNumber(text: string): LeadingNumber | undefined {
  const match = CLAUSE_START.exec(text);
  return match?.[1] ? { id: match[1], length: match[0].length } : undefined;
}

/**
 * Split a heading into section number and title, when it is a numbered section heading.
 * @param text Plain heading text, e.g. `4 Migration`.
 * @returns The number and title, or `undefined`.
 */
export function sectionHeading(text: string): { number: string; title: string } | undefined {
  const match = SECTION_HEADING.exec(text);
  return match?.[1] && match[2] ? { number: match[1], title: match[2].trim() } : undefined;
}

/** A sub-paragraph label found at the start of some text. */
export interface LeadingLabel {
  /** The label with brackets, `(a)`. */
  label: string;
  /** The text after the label, trimmed. */
  rest: string;
  /** The bare label, `a`. */
  bare: string;
}

/**
 * The sub-paragraph label a text opens with, if any.
 * @param text Plain text.
 * @returns The label and the rest of the text, or `undefined`.
 */
export function leadingLabel(text: string): LeadingLabel | undefined {
  const match = LABEL_START.exec(text);
  if (!match?.[1]) return undefined;
  return { label: `(${match[1]})`, bare: match[1], rest: text.slice(match[0].length).trim() };
}

/**
 * The nesting level of a label: 1 for letters `(a)`, 2 for roman numerals `(i)`, 3 for capitals
 * `(A)`, 4 for digits. A roman-looking label after a letter is a roman
 * numeral (level 2) unless it is the next letter (`(h)` then `(i)`); with no letter before it, it
 * opens a list of its own (level 1).
 * @param bare The label without brackets.
 * @param previousLetter The last level-1 label seen in the clause, if any.
 * @returns The level.
 */
export function labelLevel(bare: string, previousLetter: string | undefined): number {
  if (/^\d+$/.test(bare)) return 4;
  if (/^[A-Z]+$/.test(bare)) return 3;
  if (ROMAN.test(bare) && previousLetter !== undefined) {
    const follows =
      bare.length === 1 && previousLetter.length === 1 && previousLetter.charCodeAt(0) + 1 === bare.charCodeAt(0);
    return follows ? 1 : 2;
  }
  return 1;
}
