/**
 * `consultation-drafting`: every drafting entry names clauses that exist in the proposed version
 * and that the delta changes; every clause the delta changes is in a drafting entry (or the entry
 * list says `consequential` in its description).
 * @module
 */
import type { Diagnostic } from '../../../model/diagnostic.js';
import { at, type ConsultationRule } from '../consultation-rule.js';

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The drafting rule. */
export const draftingRule: ConsultationRule = {
  id: 'consultation-drafting',
  description: 'drafting entries name existing, changed clauses; every changed clause is covered',
  check(input) {
    const out: Diagnostic[] = [];
    const changed = new Set((input.delta?.changes ?? []).filter((c) => c.kind !== 'unchanged').flatMap((c) => (c.newIds.length > 0 ? c.newIds : c.oldIds)));
    const named = new Set(input.consultation.drafting.flatMap((d) => d.clauses));
    const consequential = input.consultation.drafting.some((d) => /consequential/i.test(d.description));
    for (const clause of named) {
      const find = new RegExp(`["'\\s\\[,]${escape(clause)}["'\\s\\],]`);
      if (!input.proposedClauses.includes(clause) && !changed.has(clause)) out.push(at(input, 'consultation-drafting', 'error', `Unexpected clause \`${clause}\` in the drafting table, expected a clause of the proposed version`, find));
      else if (input.delta && !changed.has(clause)) out.push(at(input, 'consultation-drafting', 'error', `Unexpected clause \`${clause}\` in the drafting table: the proposed version does not change it; expected only changed clauses`, find));
    }
    if (input.delta && !consequential) {
      for (const clause of changed) if (!named.has(clause)) out.push(at(input, 'consultation-drafting', 'warning', `Clause \`${clause}\` changes from base to proposed but no drafting entry names it: add it to an entry, or say in a description that the other changes are consequential`, /^drafting:/));
    }
    return out;
  },
};
