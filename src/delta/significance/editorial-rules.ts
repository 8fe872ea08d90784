/**
 * The editorial rules: each says one kind of change that leaves the words of an obligation as they were
 * (quote style, apostrophes, dashes, white space, emphasis, case, relabelled sub-paragraphs, punctuation), as a
 * normaliser that erases that kind of difference and a sentence for a reviewer.
 * @module
 */
import type { ReasonRule } from '../../model/delta.js';

/** An editorial rule's id. */
export type EditorialRuleId = Extract<ReasonRule, 'quote-style' | 'apostrophe' | 'dash' | 'white-space' | 'emphasis' | 'case' | 'relabelled' | 'punctuation'>;

/** One editorial rule. */
export interface EditorialRule {
  /** Erase this kind of difference: two texts that differ only in it normalise to the same text. */
  normalise(text: string): string;
  /** The sentence a reviewer reads when this rule alone decides. */
  text: string;
  /** A few words naming the change, for a list of several (`quote style`). */
  label: string;
}

const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032`]/g;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g;
const EMPHASIS = /(^|[\s(])[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}(?=$|[\s).,;:])/g;
/** A sub-paragraph label at the start of a line: `(a)`, `(iv)`, `(B)`, `(12)`. */
const LABEL = /(^|\n)\((?:[a-z]{1,5}|[A-Z]{1,5}|\d{1,3})\)(?=\s)/g;

/** Every editorial rule, by id. */
export const EDITORIAL_RULES: Record<EditorialRuleId, EditorialRule> = {
  'quote-style': {
    normalise: (text) => text.replace(DOUBLE_QUOTES, '"'),
    text: 'Only the quote style changed (“ ” and ").',
    label: 'quote style',
  },
  apostrophe: {
    normalise: (text) => text.replace(SINGLE_QUOTES, "'"),
    text: "Only apostrophes or single quotes changed (’ and ').",
    label: 'apostrophes',
  },
  dash: {
    normalise: (text) => text.replace(DASHES, '-'),
    text: 'Only dashes changed (– — and -).',
    label: 'dashes',
  },
  'white-space': {
    normalise: (text) => text.replace(/\s+/g, ' ').trim(),
    text: 'Only white space changed.',
    label: 'white space',
  },
  emphasis: {
    normalise: (text) => text.replace(EMPHASIS, '$1'),
    text: 'Only emphasis (bold, italics) changed.',
    label: 'emphasis',
  },
  case: {
    normalise: (text) => text.toLowerCase(),
    text: 'Only the case of letters changed.',
    label: 'case',
  },
  relabelled: {
    normalise: (text) => text.replace(LABEL, '$1()'),
    text: 'Sub-paragraphs relabelled with the same words.',
    label: 'sub-paragraph labels',
  },
  punctuation: {
    normalise: (text) => text.replace(/[^\p{L}\p{N}\s]+/gu, ' ').replace(/\s+/g, ' ').trim(),
    text: 'Only punctuation changed.',
    label: 'punctuation',
  },
};

/** The order rules are tried in: the most specific first (punctuation would also erase quotes and dashes). */
export const EDITORIAL_ORDER: readonly EditorialRuleId[] = ['quote-style', 'apostrophe', 'dash', 'white-space', 'emphasis', 'case', 'relabelled', 'punctuation'];

/**
 * A text with the differences of the given rules erased, applied in `EDITORIAL_ORDER`.
 * @param text The text.
 * @param rules The rules to apply (default: all).
 * @returns The normalised text.
 */
export function normaliseEditorial(text: string, rules: readonly EditorialRuleId[] = EDITORIAL_ORDER): string {
  let out = text;
  for (const id of EDITORIAL_ORDER) if (rules.includes(id)) out = EDITORIAL_RULES[id].normalise(out);
  return out;
}

/** What the editorial rules say about two texts that differ. */
export type EditorialVerdict = { rule: EditorialRuleId | 'editorial-several'; text: string } | undefined;

/**
 * Whether two different texts differ only editorially, and by which rule: one rule alone when one suffices, else
 * `editorial-several` naming the rules needed.
 * @param oldText The old text.
 * @param newText The new text.
 * @param allowed Rules that may be used (default: all; a profile ignoring only `case` asks for `['case']`).
 * @returns The rule and its sentence, or `undefined` when the words changed.
 */
export function editorialVerdict(oldText: string, newText: string, allowed: readonly EditorialRuleId[] = EDITORIAL_ORDER): EditorialVerdict {
  // One specific rule alone; punctuation (which also erases quotes and dashes) only when the specific ones
  // together do not explain the change.
  for (const id of EDITORIAL_ORDER) {
    if (!allowed.includes(id) || id === 'punctuation') continue;
    const rule = EDITORIAL_RULES[id];
    if (rule.normalise(oldText) === rule.normalise(newText)) return { rule: id, text: rule.text };
  }
  if (normaliseEditorial(oldText, allowed) !== normaliseEditorial(newText, allowed)) return undefined;
  // The fewest rules that still explain the change, dropping the most general first.
  let needed = [...allowed];
  for (const id of [...EDITORIAL_ORDER].reverse()) {
    const others = needed.filter((other) => other !== id);
    if (needed.includes(id) && normaliseEditorial(oldText, others) === normaliseEditorial(newText, others)) needed = others;
  }
  const [only] = needed;
  if (needed.length === 1 && only !== undefined) return { rule: only, text: EDITORIAL_RULES[only].text };
  const labels = needed.map((id) => EDITORIAL_RULES[id].label);
  return { rule: 'editorial-several', text: `Only editorial changes: ${labels.join(', ')}.` };
}
