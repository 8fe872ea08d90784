/**
 * `consultation-dates`: issued before it closes, both plausible (not 1970 or another placeholder
 * year), and the closing time inside working hours of a working day.
 * @module
 */
import type { Diagnostic } from '../../../model/diagnostic.js';
import { at, type ConsultationRule } from '../consultation-rule.js';

/** The dates rule. */
export const datesRule: ConsultationRule = {
  id: 'consultation-dates',
  description: 'issued before closing, plausible years (2000-2100), closing on a working day',
  check(input) {
    const { issued, closes } = input.consultation;
    const out: Diagnostic[] = [];
    const year = (date: string): number => Number(date.slice(0, 4));
    for (const [key, value] of [['issued', issued], ['closes', closes]] as const) {
      if (year(value) < 2000 || year(value) > 2100) out.push(at(input, 'consultation-dates', 'error', `Unexpected ${key} date \`${value}\`, expected a real date (a year from 2000 to 2100, not a placeholder such as 1970)`, new RegExp(`^${key}:`)));
    }
    if (closes.slice(0, 10) <= issued) out.push(at(input, 'consultation-dates', 'error', `Unexpected closing date \`${closes}\` on or before the issue date \`${issued}\`, expected the consultation to close after it is issued`, /^closes:/));
    const day = new Date(`${closes.slice(0, 10)}T12:00:00Z`).getUTCDay();
    if (!Number.isNaN(day) && (day === 0 || day === 6)) out.push(at(input, 'consultation-dates', 'warning', `Unexpected closing date \`${closes.slice(0, 10)}\` on a ${day === 0 ? 'Sunday' : 'Saturday'}, expected a working day`, /^closes:/));
    return out;
  },
};
