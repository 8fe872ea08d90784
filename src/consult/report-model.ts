/**
 * The conclusion report as data, already filtered for its audience: the public model never holds
 * a confidential answer, comment, name or organisation, so no renderer can leak one.
 * @module
 */
import type { Delta } from '../model/delta.js';
import { compareClauseIds } from '../model/clause-id.js';
import type { Conclusions, NextStep } from './conclusions.js';
import { POSITIONS, type Consultation, type AnswerPosition, type Publication, type RespondentCategory, type ResponseSet } from './consultation.js';
import { countByCategory, mergeSmallCells, type PositionCounts } from './position-counts.js';
import { beisEntries, publicEntries, type ReportEntries } from './report-entries.js';
import { versionOf } from './build-template.js';
import { fill, longDate, longDateTime, type ReportWording } from './wording.js';

/** Who the report is for. */
export type Audience = 'beis' | 'public';

export type { PositionCounts } from './position-counts.js';

/** A point made by a respondent on a question. */
export interface ReportPoint {
  /** `Name (Organisation)`, `Organisation`, or the wording for a respondent who asked not to be named. */
  who: string;
  /** Category, or null when not shown (a respondent who asked not to be named). */
  category: RespondentCategory | null;
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
  /** Counts by category, in category order (public: published answers only, small cells merged). */
  counts: PositionCounts[];
  /** Answers counted that are confidential (beis only; 0 in public). */
  confidentialAnswers: number;
  /** Points, in response order. */
  points: ReportPoint[];
  /** Answers withheld: confidential, or from respondents who asked not to be published (public only; 0 for beis). */
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
  /** Whether the whole response is confidential (beis only lists them). */
  confidential: boolean;
  /** The respondent's publication choice (beis only; null in public). */
  publication: Publication | null;
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
  /** Respondents not listed: confidential, not to be published, or anonymous (public only). */
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
  const questionIds = consultation.questions.map((q) => q.id);
  // The one place the responses are read: the public report sees only the publishable entries.
  const view: ReportEntries = audience === 'public' ? publicEntries(input.responses.responses, questionIds) : beisEntries(input.responses.responses, questionIds);
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
    responses: view.received,
    submittedTo: conclusions.submittedTo,
  };
  const questions: ReportQuestion[] = consultation.questions.map((question, index) => {
    const answered = view.entries.flatMap((entry) => {
      const answer = entry.answers[index];
      return answer ? [{ entry, answer }] : [];
    });
    const byCategory = countByCategory(answered.map(({ entry, answer }) => ({ category: entry.category, position: answer.position })));
    const points: ReportPoint[] = answered
      .filter(({ answer }) => !(answer.rationale === '' && answer.position === 'None'))
      .map(({ entry, answer }) => ({ who: entry.who ?? wording.anonymousRespondent, category: entry.showCategory ? entry.category : null, position: answer.position, text: answer.rationale, confidential: answer.confidential }));
    return {
      id: question.id,
      text: question.text,
      counts: audience === 'public' ? mergeSmallCells(byCategory) : byCategory,
      confidentialAnswers: answered.filter(({ answer }) => answer.confidential).length,
      points,
      withheld: view.withheld[index] ?? 0,
      dccResponse: conclusions.responses[question.id] ?? [],
    };
  });
  const clauseComments: ReportClauseComment[] = view.entries
    .flatMap((entry) => entry.clauseComments.map((c) => ({ clause: c.clause, who: entry.who ?? wording.anonymousRespondent, comment: c.comment, confidential: c.confidential })))
    .sort((a, b) => compareClauseIds(a.clause, b.clause));
  const respondents = view.entries.flatMap((entry) => (entry.listed ? [entry.listed] : []));
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
    confidentialRespondents: view.unlisted,
    redline: input.redlineDelta,
    versions: { base: values.base, proposed: values.proposed, final: values.final },
    conformance: input.conformance ?? null,
  };
}

/** Positions in column order, `None` last. */
export const POSITION_COLUMNS: readonly AnswerPosition[] = [...POSITIONS, 'None'];
