/**
 * `empty-clause`: a clause number with no words after it.
 * @module
 */
import type { LintRule } from '../rule.js';

/** Every clause has some text. */
export const emptyClause: LintRule = {
  id: 'empty-clause',
  severity: 'error',
  description: 'Every clause has text after its number (write "Not used" for a retired number).',
  check(document, report) {
    for (const clause of document.clauses) {
      if (clause.text.trim() === '') {
        report(`Unexpected empty clause \`${clause.id}\`, expected text after its number (or "Not used")`, clause.position);
      }
    }
  },
};
