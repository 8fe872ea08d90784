/**
 * Finding uses of defined terms (plurals included) in text.
 * @module
 */

/** Finds the defined terms a text uses. */
export interface TermMatcher {
  /** The terms used in `text`, unique, in the order of the definitions. */
  termsIn(text: string): string[];
  /** Every use in `text`: the term and the offset and length of the words as written. */
  usesIn(text: string): Array<{ term: string; index: number; length: number }>;
}

/**
 * The plural forms of a term: `Meter` gives `Meters`; `Party` gives `Parties`; `Switch` gives `Switches`.
 * Only the last word is inflected (`Dormant Meter` gives `Dormant Meters`).
 * @param term A defined term.
 * @returns Its singular and plural forms.
 */
export function termForms(term: string): string[] {
  const forms = [term];
  if (/[^aeiou]y$/.test(term)) forms.push(`${term.slice(0, -1)}ies`);
  else if (/(s|x|z|ch|sh)$/.test(term)) forms.push(`${term}es`);
  else forms.push(`${term}s`);
  return forms;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Build a matcher for a list of defined terms. Matching is case-sensitive and whole-word; a longer
 * term wins over a shorter one it contains ("Dormant Meter" over "Meter").
 * @param terms The defined terms, in table order.
 * @returns The matcher.
 */
export function createTermMatcher(terms: readonly string[]): TermMatcher {
  const order = new Map(terms.map((term, index) => [term, index]));
  const byForm = new Map<string, string>();
  for (const term of terms) for (const form of termForms(term)) if (!byForm.has(form)) byForm.set(form, term);
  const forms = [...byForm.keys()].sort((a, b) => b.length - a.length);
  const pattern = forms.length === 0 ? undefined : new RegExp(`(?<![\\w-])(?:${forms.map(escape).join('|')})(?![\\w-])`, 'g');
  const usesIn = (text: string): Array<{ term: string; index: number; length: number }> => {
    if (!pattern) return [];
    const uses: Array<{ term: string; index: number; length: number }> = [];
    for (const match of text.matchAll(pattern)) {
      const term = byForm.get(match[0]);
      if (term !== undefined) uses.push({ term, index: match.index, length: match[0].length });
    }
    return uses;
  };
  return {
    usesIn,
    termsIn(text) {
      const seen = new Set(usesIn(text).map((use) => use.term));
      return [...seen].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    },
  };
}
