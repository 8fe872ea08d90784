/**
 * `undefined-term`: a defined term never used, or a capitalised phrase used like a term but not defined.
 * @module
 */
import type { Document } from '../../model/document.js';
import { createTermMatcher } from '../../parse/terms.js';
import type { LintRule } from '../rule.js';

/** Capitalised runs of two to four words ("Migration Control Centre"). */
const PHRASE = /(?<![\w'’-])[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?(?:\s+[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?){1,3}(?![\w-])/g;

/** Words that start sentences or name dates, never part of a term at its start. */
const NOT_TERM_START = new Set(
  'The A An Any Each Every Where When If In On For Following Subject Such This That These Those Where Without With Within Under Upon Prior After Before Until Unless Nothing No Neither Either Both Save Except Notwithstanding Pursuant Without From To Of By As At All Following Where Whether While'.split(' '),
);
const DATE_WORD = /^(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Quarter)$/;

/** Defined terms are used, and term-like phrases are defined. */
export const undefinedTerm: LintRule = {
  id: 'undefined-term',
  severity: 'warning',
  description: 'Every defined term is used; a capitalised multi-word phrase that looks like a term is defined (or listed in `proper-nouns`).',
  check(document, report) {
    const terms = document.definitions.map((definition) => definition.term);
    const used = new Set(document.clauses.flatMap((clause) => clause.terms));
    const matcher = createTermMatcher(terms);
    // Terms used in the meaning of another definition count as used. Every definition is "another"
    // to some definition once there are two, so this is the union over all meanings (one pass, not
    // one per pair of definitions).
    if (document.definitions.length >= 2) {
      for (const definition of document.definitions) for (const term of matcher.termsIn(definition.meaning)) used.add(term);
    }
    for (const definition of document.definitions) {
      if (!used.has(definition.term)) {
        report(`Unexpected unused term \`${definition.term}\`, expected it to be used in a clause or removed from the definitions`, definition.position);
      }
    }
    if (document.definitions.length === 0) return;
    for (const { phrase, place } of undefinedPhrases(document, terms)) {
      report(`Unexpected undefined term \`${phrase}\`, expected it in the definitions table (or in \`proper-nouns\` in the front matter)`, place);
    }
  },
};

function undefinedPhrases(document: Document, terms: readonly string[]) {
  const known = new Set<string>();
  for (const term of terms) {
    known.add(term);
    for (const word of term.split(/\s+/)) known.add(word);
  }
  const proper = Array.isArray(document.meta['proper-nouns']) ? document.meta['proper-nouns'].map(String) : [];
  const matcher = createTermMatcher([...terms, ...proper, ...(document.title ? [document.title] : [])]);
  const reported = new Set<string>();
  const found: Array<{ phrase: string; place: (typeof document.clauses)[number]['position'] }> = [];
  for (const clause of document.clauses) {
    for (const block of clause.blocks) {
      if (block.kind === 'table') continue;
      // Blank out defined terms and proper nouns, then look at what capitalised runs are left.
      const text = matcher.blankUses(block.text);
      for (const match of text.matchAll(PHRASE)) {
        const words = match[0].split(/\s+/);
        while (words.length > 0 && (NOT_TERM_START.has(words[0] ?? '') || DATE_WORD.test(words[0] ?? ''))) words.shift();
        if (words.length < 2 || words.some((word) => DATE_WORD.test(word))) continue;
        const phrase = words.join(' ');
        if (reported.has(phrase) || known.has(phrase)) continue;
        reported.add(phrase);
        found.push({ phrase, place: block.position });
      }
    }
  }
  return found;
}
