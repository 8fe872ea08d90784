/**
 * The conclusion report as data, already filtered for its audience: the public model never holds
 * a confidential answer, comment, name or organisation, so no renderer can leak one.
 * @module
 */
import type { Delta } from '../model/delta.js';
import { compareClauseIds } from '../model/clause-id.js';
import type { Conclusions, NextStep } from './conclusions.js';
import { POSITIONS, RESPONDENT_CATEGORIES, type Consultation, type AnswerPosition, type RespondentCategory, type ResponseSet } from './consultation.js';
import { versionOf } from './build-template.js';
import { fill, longDate, longDateTime, type ReportWording } from './wording.js';

/** Who the report is for. */
export type Audience = 'beis' | 'public';

/** Counts of positions for one respondent category. */
export interface PositionCounts {
  /** The category. */
  category: RespondentCategory;
  /** Count per position (`None`: left blank). */
  counts: Record<AnswerPosition, number>;
}

/** A point made by a respondent on a question. */
export interface ReportPoint {
  /** `Name (Organisation)`, or the wording for a confidential respondent (beis only). */
  who: string;
  /** Category. */
  category: RespondentCategory;
  /** AnswerPosition taken. */
  position: AnswerPosition;
  /** Rationale text (lines: paragraphs, `- ` bullets, `a | b` table rows). */
  text: string;
  /** Marked confidential (only ever `true` in the beis report). */
  confidential: boolean;
}

/** A question in the report. */
export interface ReportQuestion {
  /** Id. */
  id: string;
  /** Text. */
  text: string;
  /** Counts by category, in category order (all categories listed). */
  counts: PositionCounts[];
  /** Points, in response order. */
  points: ReportPoint[];
  /** Confidential answers left out (public only; 0 for beis). */
  withheld: number;
  /** DCC's response paragraphs. */
  dccResponse: string[];
}

/** A clause comment in the report. */
export interface ReportClauseComment {
  /** Clause id. */
  clause: string;
  /** Who. */
  who: string;
  /** The comment. */
  comment: string;
  /** Marked confidential (beis only). */
  confidential: boolean;
}

/** A row of the list of respondents. */
export interface ReportRespondent {
  /** Name. */
  name: string;
  /** Organisation. */
  organisation: string;
  /** Category. */
  category: RespondentCategory;
  /** Whether they asked for confidentiality (beis only lists them). */
  confidential: boolean;
}

/** The report, ready to render. */
export interface ReportModel {
  /** Audience. */
  audience: Audience;
  /** Title. */
  title: string;
  /** The audience line (confidential or public version). */
  audienceNote: string;
  /** Report date `YYYY-MM-DD`. */
  date: string;
  /** Author. */
  author: string;
  /** Wording. */
  wording: ReportWording;
  /** Introduction and background: prose sections of the consultation and the summary. */
  introduction: Array<{ title: string; paragraphs: string[] }>;
  /** The consultation paragraph. */
  consultationText: string;
  /** Questions asked. */
  questions: ReportQuestion[];
  /** Drafting changes proposed. */
  drafting: Consultation['drafting'];
  /** Clause comments. */
  clauseComments: ReportClauseComment[];
  /** Changes made as a result (proposed -> final), changed clauses only. */
  changes: Array<{ clause: string; kind: string; summary: string }>;
  /** Next steps. */
  nextSteps: NextStep[];
  /** Respondents listed (public: non-confidential only). */
  respondents: ReportRespondent[];
  /** Respondents who asked for confidentiality and are not listed (public only). */
  confidentialRespondents: number;
  /** The base -> final delta, for the redline annex. */
  redline: Delta | null;
  /** Version labels. */
  versions: { base: string; proposed: string; final: string };
  /** Conformance annex lines, or null when no trace results exist. */
  conformance: string[] | null;
}

/** Inputs of the report. */
export interface ReportInput {
  /** The consultation. */
  consultation: Consultation;
  /** Responses read. */
  responses: ResponseSet;
  /** DCC's conclusions. */
  conclusions: Conclusions;
  /** Proposed -> final. */
  finalDelta: Delta | null;
  /** Base -> final. */
  redlineDelta: Delta | null;
  /** Wording. */
  wording: ReportWording;
  /** Conformance lines from `tmad trace`, when available. */
  conformance?: string[] | null;
}

/**
 * Build the report model for an audience.
 * @param input Consultation, responses, conclusions, deltas and wording.
 * @param audience `beis` (everything, confidential parts marked) or `public` (no confidential text, name or organisation).
 * @returns The model.
 */
export function reportModel(input: ReportInput, audience: Audience): ReportModel {
  const { consultation, conclusions, wording } = input;
  const responses = input.responses.responses;
  const closes = longDateTime(consultation.closes);
  const values = {
    title: consultation.title,
    id: consultation.id,
    issued: longDate(consultation.issued),
    closes: `${closes.time} on ${closes.date}`,
    contact: consultation.contact,
    base: versionOf(consultation.base),
    proposed: versionOf(consultation.proposed),
    final: versionOf(conclusions.final),
    date: longDate(conclusions.date),
    responses: responses.length,
    submittedTo: conclusions.submittedTo,
  };
  const who = (name: string, organisation: string): string => (organisation ? `${name} (${organisation})` : name);
  const questions: ReportQuestion[] = consultation.questions.map((question) => {
    const counts: PositionCounts[] = RESPONDENT_CATEGORIES.map((category) => ({ category, counts: { Agree: 0, Disagree: 0, Neutral: 0, None: 0 } }));
    const points: ReportPoint[] = [];
    let withheld = 0;
    for (const response of responses) {
      const answer = response.answers.find((a) => a.questionId === question.id);
      if (!answer) continue;
      const row = counts.find((c) => c.category === response.respondent.category);
      if (row) row.counts[answer.position] += 1;
      if (answer.rationale === '' && answer.position === 'None') continue;
      if (audience === 'public' && (answer.confidential || response.confidential)) {
        withheld += 1;
        continue;
      }
      points.push({
        who: who(response.respondent.name, response.respondent.organisation),
        category: response.respondent.category,
        position: answer.position,
        text: answer.rationale,
        confidential: answer.confidential || response.confidential,
      });
    }
    return { id: question.id, text: question.text, counts, points, withheld, dccResponse: conclusions.responses[question.id] ?? [] };
  });
  const clauseComments: ReportClauseComment[] = responses.flatMap((response) =>
    response.clauseComments
      .filter((c) => audience === 'beis' || !(c.confidential || response.confidential))
      .map((c) => ({ clause: c.clause, who: who(response.respondent.name, response.respondent.organisation), comment: c.comment, confidential: c.confidential || response.confidential })),
  ).sort((a, b) => compareClauseIds(a.clause, b.clause));
  const respondents = responses
    .filter((r) => audience === 'beis' || !r.confidential)
    .map((r) => ({ name: r.respondent.name, organisation: r.respondent.organisation, category: r.respondent.category, confidential: r.confidential }));
  const changes = (input.finalDelta?.changes ?? []).filter((c) => c.kind !== 'unchanged').map((c) => ({ clause: (c.newIds.length > 0 ? c.newIds : c.oldIds).join(', '), kind: c.kind, summary: c.summary }));
  return {
    audience,
    title: fill(wording.title, values),
    audienceNote: fill(wording.audience[audience], values),
    date: conclusions.date,
    author: conclusions.author,
    wording,
    introduction: [...consultation.sections.filter((s) => !/how to respond/i.test(s.title)), ...(conclusions.summary.length > 0 ? [{ title: 'Summary', paragraphs: conclusions.summary }] : [])],
    consultationText: fill(wording.consultationText, values),
    questions,
    drafting: consultation.drafting,
    clauseComments,
    changes,
    nextSteps: conclusions.nextSteps,
    respondents,
    confidentialRespondents: audience === 'public' ? responses.filter((r) => r.confidential).length : 0,
    redline: input.redlineDelta,
    versions: { base: values.base, proposed: values.proposed, final: values.final },
    conformance: input.conformance ?? null,
  };
}

/** Positions in column order, `None` last. */
export const POSITION_COLUMNS: readonly AnswerPosition[] = [...POSITIONS, 'None'];
