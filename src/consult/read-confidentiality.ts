/**
 * Reading what a respondent typed about confidentiality and publication, failing closed: only a
 * clear "No" (or the template's default left as it is) is not confidential; a publication choice
 * that is not clearly one of the offered ones is read as the most protective choice it could mean.
 * Pure functions; each returns the reading and, when the text was not one of the offered values, a
 * note for the analyst saying how it was read.
 * @module
 */
import { DEFAULT_PUBLICATION, PUBLICATION_CHOICES, type Publication } from './consultation.js';

/** A reading and how it was arrived at. */
export interface Reading<T> {
  /** The value read. */
  value: T;
  /** How an unexpected text was read (null: it was one of the offered values, or the default). */
  note: string | null;
}

/**
 * Read a Confidential box. Empty (the template's default "No" still showing), `No`, `no`, `N`,
 * `No.` are not confidential; `Yes` is; anything else (`Y`, `Yes - commercially sensitive`,
 * `partly`, `n/a`, `see below`, `No - but...`) is confidential, with a note.
 * @param text The box's text (empty when it still shows its placeholder).
 * @param what What the box is about, for the note, e.g. `FOCb TMAD Q1`.
 * @returns Confidential or not, and a note when the text was not a plain Yes or No.
 */
export function readConfidential(text: string, what: string): Reading<boolean> {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean === '' || /^no?\.?$/i.test(clean)) return { value: false, note: null };
  if (clean === 'Yes') return { value: true, note: null };
  return { value: true, note: `${what}: confidentiality "${clean}" read as confidential (only a clear "No" is not confidential)` };
}

const SAYS_CONFIDENTIAL = /\b(confidential|commercially sensitive|not for publication|in confidence)\b/i;

/**
 * Whether a text says it is confidential ("CONFIDENTIAL", "commercially sensitive", "not for
 * publication", "in confidence"), and the words that said so.
 * @param text An answer or a comment.
 * @returns The matching words, or null.
 */
export function saysConfidential(text: string): string | null {
  return SAYS_CONFIDENTIAL.exec(text)?.[0] ?? null;
}

/**
 * Read the publication choice. The template's default (left as it is, or empty) publishes the
 * organisation only. An offered choice is read as itself; other text is read by the words it uses,
 * the most protective one winning ("not"/"don't" > anonymous > organisation > name); text that
 * names none of them is read as "do not publish". Either way with a note.
 * @param text The box's text (empty when it still shows its placeholder).
 * @param choices The drop-down texts, by choice.
 * @returns The choice and a note when the text was not one of the offered choices.
 */
export function readPublication(text: string, choices: Readonly<Record<Publication, string>>): Reading<Publication> {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean === '') return { value: DEFAULT_PUBLICATION, note: null };
  const normal = (s: string): string => s.toLowerCase().replace(/[.!]+$/, '').trim();
  const offered = PUBLICATION_CHOICES.find((choice) => normal(choices[choice]) === normal(clean));
  if (offered) return { value: offered, note: null };
  const lower = clean.toLowerCase();
  const read: Publication = /\b(not|don'?t|do not|never|no)\b|n't\b/.test(lower)
    ? 'none'
    : /anonym|without (my |our )?name|unnamed/.test(lower)
      ? 'anonymous'
      : /organi[sz]ation|company|only/.test(lower)
        ? 'organisation'
        : /\bname/.test(lower)
          ? 'named'
          : 'none';
  return { value: read, note: `publication choice "${clean}" is not one of the offered choices: read as "${choices[read]}"` };
}
