/**
 * `lintConsultation`: the consultation rules, registered in one array; pure (texts in, diagnostics out).
 * @module
 */
import type { Diagnostic } from '../../model/diagnostic.js';
import type { ConsultationLintInput, ConsultationRule } from './consultation-rule.js';
import { conclusionsRule } from './rules/conclusions.js';
import { datesRule } from './rules/dates.js';
import { draftingRule } from './rules/drafting.js';

/** Every consultation rule, in the order findings are listed. Add a rule by adding a file and a line. */
export const consultationRules: readonly ConsultationRule[] = [datesRule, draftingRule, conclusionsRule];

/**
 * Lint a consultation.
 * @param input The consultation, its texts and delta.
 * @returns Diagnostics with file, line and column, in rule order.
 */
export function lintConsultation(input: ConsultationLintInput): Diagnostic[] {
  return consultationRules.flatMap((rule) => rule.check(input));
}
