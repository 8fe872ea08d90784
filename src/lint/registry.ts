/**
 * The lint rules, in the order they run.
 * @module
 */
import type { LintRule } from './rule.js';
import { brokenCrossReference } from './rules/broken-cross-reference.js';
import { clauseNumberGap } from './rules/clause-number-gap.js';
import { clauseOrder } from './rules/clause-order.js';
import { duplicateClauseId } from './rules/duplicate-clause-id.js';
import { emptyClause } from './rules/empty-clause.js';
import { missingMetadata } from './rules/missing-metadata.js';
import { undefinedTerm } from './rules/undefined-term.js';

/** Every rule `tmad lint` runs. Add a rule by writing a module in `rules/` and listing it here. */
export const lintRules: readonly LintRule[] = [
  missingMetadata,
  duplicateClauseId,
  clauseOrder,
  clauseNumberGap,
  emptyClause,
  brokenCrossReference,
  undefinedTerm,
];
