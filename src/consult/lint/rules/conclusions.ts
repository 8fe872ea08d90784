/**
 * `consultation-conclusions`: every question has its section (`## <question id>`) in
 * conclusions.md (a section that looks like a misspelt question id is an error at its position);
 * a report with no responses, or a question nobody answered, is a warning.
 * @module
 */
import type { Diagnostic } from '../../../model/diagnostic.js';
import { at, type ConsultationRule } from '../consultation-rule.js';

/** The conclusions rule. */
export const conclusionsRule: ConsultationRule = {
  id: 'consultation-conclusions',
  description: 'a conclusions section per question, no misspelt question headings; responses exist',
  check(input) {
    const out: Diagnostic[] = [];
    const conclusions = input.conclusions;
    if (!conclusions) return out;
    const ids = input.consultation.questions.map((q) => q.id);
    const headings = conclusions.text.split('\n').map((line) => /^##\s+(.*?)\s*$/.exec(line)?.[1]).filter((h): h is string => h !== undefined);
    for (const heading of headings) {
      if (ids.includes(heading) || !/\bQ\s*\d+\b/i.test(heading)) continue;
      out.push(at(input, 'consultation-conclusions', 'error', `Unexpected section \`## ${heading}\`, expected a question id of the consultation (${ids.join(', ')})`, new RegExp(`^##\\s+${heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`), conclusions));
    }
    for (const id of ids) if (!headings.includes(id)) out.push(at(input, 'consultation-conclusions', 'error', `Missing section \`## ${id}\` in conclusions.md: DCC's response to each question is needed for the report`, /^---$/, conclusions));
    if (input.responses === 0) out.push(at(input, 'consultation-conclusions', 'warning', 'The consultation has conclusions but no responses were read: the report will count none', /^---$/, conclusions));
    return out;
  },
};
