/**
 * A reference model of TMAD 8.1 migration eligibility (Section 4): the worked example that
 * `tmad trace` checks. Its conformance checks are in `test/conformance/`, linked to clauses.
 * @module
 */
export * from './types.js';
export * from './working-days.js';
export * from './eligible-product-combinations.js';
export * from './decide-migration.js';
export * from './capacity.js';
export * from './lifecycle.js';
