/**
 * `clause-number-gap`: a gap in a run of clause numbers (6.9 then 6.11). Lettered insertions
 * (4.24A after 4.24, then 4.25) are not gaps.
 * @module
 */
import { parseClauseId } from '../../model/clause-id.js';
import type { LintRule } from '../rule.js';

/** Consecutive clauses of one run count up by one. */
export const clauseNumberGap: LintRule = {
  id: 'clause-number-gap',
  severity: 'warning',
  description: 'Consecutive clause numbers have no gap (6.9 then 6.11 misses 6.10; 4.24A insertions are fine).',
  check(document, report) {
    let previous: { clause: (typeof document.clauses)[number]; numbers: number[] } | undefined;
    for (const clause of document.clauses) {
      const parts = parseClauseId(clause.id);
      if (!parts) continue;
      const before = previous;
      previous = { clause, numbers: parts.numbers };
      if (!before || before.numbers.length !== parts.numbers.length) continue;
      const last = parts.numbers.length - 1;
      if (parts.numbers.slice(0, last).some((value, index) => value !== before.numbers[index])) continue;
      const was = before.numbers[last] ?? 0;
      const now = parts.numbers[last] ?? 0;
      if (now <= was + 1) continue;
      const prefix = parts.numbers.slice(0, last).join('.');
      const missing = now === was + 2 ? `\`${prefix}.${was + 1}\`` : `\`${prefix}.${was + 1}\` to \`${prefix}.${now - 1}\``;
      report(
        `Unexpected gap before clause \`${clause.id}\` after \`${before.clause.id}\`: ${missing} missing, expected consecutive numbers (keep a retired number as "Not used")`,
        clause.position,
        { reason: `Previous clause \`${before.clause.id}\` is here`, place: before.clause.position },
      );
    }
  },
};
