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
  /** `text` with every use replaced by as many NUL characters (offsets unchanged), in one pass. */
  blankUses(text: string): string;
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

/** Whether a UTF-16 code unit is a word character or a hyphen (`[\w-]`): terms match only between other characters. */
function isWordUnit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 45;
}

/** A node of the character trie of term forms: children by code unit, and the term a form ending here belongs to. */
interface TrieNode {
  next: Map<number, TrieNode>;
  term: string | undefined;
}

/**
 * Build a matcher for a list of defined terms. Matching is case-sensitive and whole-word; a longer
 * term wins over a shorter one it contains ("Dormant Meter" over "Meter").
 *
 * The forms go into a character trie; the text is scanned once, and at each place a word may start
 * the trie is walked as far as the text follows it, keeping the longest form that ends at a word
 * boundary. The time is linear in the text (times at most the length of the longest term), however
 * many terms there are: a regular expression of all the forms tried every alternative at every
 * place (thousands of terms made linting quadratic).
 * @param terms The defined terms, in table order.
 * @returns The matcher.
 */
export function createTermMatcher(terms: readonly string[]): TermMatcher {
  const order = new Map(terms.map((term, index) => [term, index]));
  const root: TrieNode = { next: new Map(), term: undefined };
  for (const term of terms) {
    if (term === '') continue; // an empty term would match at every word boundary
    for (const form of termForms(term)) {
      let node = root;
      for (let index = 0; index < form.length; index++) {
        const code = form.charCodeAt(index);
        let child = node.next.get(code);
        if (!child) {
          child = { next: new Map(), term: undefined };
          node.next.set(code, child);
        }
        node = child;
      }
      // The first term to give a form keeps it (as before: `byForm` kept the first).
      if (node.term === undefined) node.term = term;
    }
  }
  const usesIn = (text: string): Array<{ term: string; index: number; length: number }> => {
    const uses: Array<{ term: string; index: number; length: number }> = [];
    if (root.next.size === 0) return uses;
    let index = 0;
    while (index < text.length) {
      if (index > 0 && isWordUnit(text.charCodeAt(index - 1))) {
        index++;
        continue;
      }
      let node: TrieNode | undefined = root;
      let found: { term: string; length: number } | undefined;
      for (let end = index; end < text.length; end++) {
        node = node.next.get(text.charCodeAt(end));
        if (!node) break;
        if (node.term !== undefined && !isWordUnit(text.charCodeAt(end + 1))) found = { term: node.term, length: end + 1 - index };
      }
      if (found) {
        uses.push({ term: found.term, index, length: found.length });
        index += found.length;
      } else index++;
    }
    return uses;
  };
  return {
    usesIn,
    termsIn(text) {
      const seen = new Set(usesIn(text).map((use) => use.term));
      return [...seen].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    },
    blankUses(text) {
      const parts: string[] = [];
      let from = 0;
      for (const use of usesIn(text)) {
        parts.push(text.slice(from, use.index), '\u0000'.repeat(use.length));
        from = use.index + use.length;
      }
      parts.push(text.slice(from));
      return parts.join('');
    },
  };
}
