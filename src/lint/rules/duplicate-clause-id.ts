/**
 * `duplicate-clause-id`: two clauses with the same number.
 * @module
 */
import type { Clause } from '../../model/document.js';
import type { LintRule } from '../rule.js';

/** Two clauses share a number: references and deltas cannot tell them apart. */
export const duplicateClauseId: LintRule = {
  id: 'duplicate-clause-id',
  severity: 'error',
  description: 'Each clause number is used once.',
  check(document, report) {
    const first = new Map<string, Clause>();
    for (const clause of document.clauses) {
      const earlier = first.get(clause.id);
      if (!earlier) {
        first.set(clause.id, clause);
        continue;
      }
      report(
        `Unexpected duplicate clause \`${clause.id}\`, expected a number not used before (first used at ${earlier.position.start.line}:${earlier.position.start.column})`,
        clause.position,
        { reason: `Clause \`${clause.id}\` first defined here`, place: earlier.position },
      );
    }
  },
};
