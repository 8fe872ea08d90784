/**
 * What each audience's report may use of a response set, as entries: the public entries are made
 * from the publishable content alone (a confidential answer or comment, a confidential respondent,
 * a name the respondent did not agree to publish never enter them), so the public report, a
 * function of these entries, cannot depend on anything confidential. The BEIS entries keep
 * everything, confidential parts marked.
 * @module
 */
import type { AnswerPosition, Publication, RespondentCategory, Response } from './consultation.js';

/** An answer as a report shows it. */
export interface EntryAnswer {
  /** Position. */
  position: AnswerPosition;
  /** Rationale text. */
  rationale: string;
  /** Marked confidential (never in public entries). */
  confidential: boolean;
}

/** One response as a report may use it. */
export interface ReportEntry {
  /** How the respondent is shown by a point; null: not named (anonymous). */
  who: string | null;
  /** Category, for the counts. */
  category: RespondentCategory;
  /** Whether the category is shown beside the respondent's points (not for anonymous ones). */
  showCategory: boolean;
  /** Per question, in question order: the answer, or null when withheld from this audience. */
  answers: Array<EntryAnswer | null>;
  /** Clause comments this audience may see. */
  clauseComments: Array<{ clause: string; comment: string; confidential: boolean }>;
  /** The row of the respondents annex, or null when not listed. */
  listed: { name: string; organisation: string; category: RespondentCategory; publication: Publication | null; confidential: boolean } | null;
}

/** The entries of a report and the counts of what was withheld. */
export interface ReportEntries {
  /** Entries, in response order. */
  entries: ReportEntry[];
  /** Responses received (all of them). */
  received: number;
  /** Per question: answers withheld from this audience (0 for BEIS). */
  withheld: number[];
  /** Respondents not listed in the respondents annex (0 for BEIS). */
  unlisted: number;
}

/**
 * Whether nothing of a response may be published: confidential as a whole, or not to be published.
 * @param response A response.
 * @returns `true` when it is withheld entirely.
 */
export function withheldEntirely(response: Response): boolean {
  return response.confidential || response.publication === 'none';
}

/**
 * The public entries: only what respondents let DCC publish. A whole-confidential or "do not
 * publish" response gives no entry (only the counts of what was withheld); a confidential answer
 * or comment is left out; the name is shown only when the respondent chose to be named, the
 * organisation unless they chose to be anonymous.
 * @param responses The responses, in order.
 * @param questions Question ids, in order.
 * @returns Public entries and withheld counts.
 */
export function publicEntries(responses: readonly Response[], questions: readonly string[]): ReportEntries {
  const withheld = questions.map(() => 0);
  const entries: ReportEntry[] = [];
  let unlisted = 0;
  for (const response of responses) {
    const answers = questions.map((id, index): EntryAnswer | null => {
      const answer = response.answers.find((a) => a.questionId === id);
      if (withheldEntirely(response) || !answer || answer.confidential) {
        withheld[index] = (withheld[index] ?? 0) + (withheldEntirely(response) || answer?.confidential ? 1 : 0);
        return null;
      }
      return { position: answer.position, rationale: answer.rationale, confidential: false };
    });
    if (withheldEntirely(response)) {
      unlisted += 1;
      continue;
    }
    const { name, organisation, category } = response.respondent;
    const shownName = response.publication === 'named' ? name.trim() : '';
    const shownOrganisation = response.publication === 'anonymous' ? '' : organisation.trim();
    const named = shownName !== '' || shownOrganisation !== '';
    if (!named) unlisted += 1;
    entries.push({
      who: named ? whoText(shownName, shownOrganisation) : null,
      category,
      showCategory: named,
      answers,
      clauseComments: response.clauseComments.filter((c) => !c.confidential).map((c) => ({ clause: c.clause, comment: c.comment, confidential: false })),
      listed: named ? { name: shownName, organisation: shownOrganisation, category, publication: null, confidential: false } : null,
    });
  }
  return { entries, received: responses.length, withheld, unlisted };
}

/**
 * The BEIS entries: everything, confidential parts marked (the parts of a response not to be
 * published at all are marked too: none of it is in the public report).
 * @param responses The responses, in order.
 * @param questions Question ids, in order.
 * @returns Entries (nothing withheld).
 */
export function beisEntries(responses: readonly Response[], questions: readonly string[]): ReportEntries {
  const entries = responses.map((response): ReportEntry => {
    const { name, organisation, category } = response.respondent;
    return {
      who: whoText(name.trim(), organisation.trim()),
      category,
      showCategory: true,
      answers: questions.map((id) => {
        const answer = response.answers.find((a) => a.questionId === id);
        return answer ? { position: answer.position, rationale: answer.rationale, confidential: answer.confidential || withheldEntirely(response) } : null;
      }),
      clauseComments: response.clauseComments.map((c) => ({ clause: c.clause, comment: c.comment, confidential: c.confidential || withheldEntirely(response) })),
      listed: { name, organisation, category, publication: response.publication, confidential: response.confidential },
    };
  });
  return { entries, received: responses.length, withheld: questions.map(() => 0), unlisted: 0 };
}

function whoText(name: string, organisation: string): string {
  if (name !== '' && organisation !== '') return `${name} (${organisation})`;
  return name !== '' ? name : organisation;
}
