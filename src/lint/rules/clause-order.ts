/**
 * `clause-order`: clauses out of natural order, or numbered for another section.
 * @module
 */
import { compareClauseIds, parseClauseId, sectionOfClauseId } from '../../model/clause-id.js';
import type { LintRule } from '../rule.js';

/** Clauses follow natural order (4.24 < 4.24A < 4.25) and carry their section's number. */
export const clauseOrder: LintRule = {
  id: 'clause-order',
  severity: 'error',
  description: 'Clauses are in natural order (4.24 < 4.24A < 4.25) and numbered for their section.',
  check(document, report) {
    let previous: (typeof document.clauses)[number] | undefined;
    const seen = new Set<string>();
    for (const clause of document.clauses) {
      // A repeated number is `duplicate-clause-id`'s to report.
      if (seen.has(clause.id)) continue;
      seen.add(clause.id);
      // One-part ids (`3`) and over-long suffixes (`4.24AAAA`, reported by the parser) have no natural order.
      if (!parseClauseId(clause.id)) continue;
      const owner = sectionOfClauseId(clause.id);
      if (clause.section !== '' && owner !== clause.section) {
        report(
          `Unexpected clause \`${clause.id}\` in Section ${clause.section}, expected a number starting \`${clause.section}.\``,
          clause.position,
        );
      } else if (previous && compareClauseIds(previous.id, clause.id) > 0) {
        report(
          `Unexpected clause \`${clause.id}\` after \`${previous.id}\`, expected a number after \`${previous.id}\``,
          clause.position,
          { reason: `Previous clause \`${previous.id}\` is here`, place: previous.position },
        );
      }
      previous = clause;
    }
  },
};
