/**
 * The consultation model: what DCC asks, about which versions, and the responses it gets back.
 * @module
 */

/** A consultation question, e.g. `FOCb TMAD Q1`. */
export interface Question {
  /** Its id as published, e.g. `FOCb TMAD Q1`. */
  id: string;
  /** Its text. */
  text: string;
}

/** A row of the consultation's table of drafting changes. */
export interface DraftingChange {
  /** Clause ids, e.g. `["4.24", "4.24A"]`. */
  clauses: string[];
  /** What the change does. */
  description: string;
}

/** A section of prose (introduction, background, proposal) in Markdown. */
export interface ProseSection {
  /** Heading text. */
  title: string;
  /** Markdown paragraphs (blank-line separated). */
  paragraphs: string[];
}

/** A consultation (`documents/consultations/<id>/consultation.md`). */
export interface Consultation {
  /** Short id, e.g. `focb`: also the folder name. */
  id: string;
  /** Title. */
  title: string;
  /** Issue date, `YYYY-MM-DD`. */
  issued: string;
  /** Closing date and time, local, `YYYY-MM-DDTHH:MM`. */
  closes: string;
  /** Time zone of `closes`, e.g. `Europe/London`. */
  timeZone: string;
  /** Where responses go. */
  contact: string;
  /** Base TMAD version, path relative to `documents/`, e.g. `tmad/8.0.md`. */
  base: string;
  /** Proposed TMAD version, e.g. `tmad/8.1.md`. */
  proposed: string;
  /** Questions in order. */
  questions: Question[];
  /** The table of drafting changes. */
  drafting: DraftingChange[];
  /** Prose sections of the body, in order. */
  sections: ProseSection[];
  /** Source file. */
  file: string;
}

/** The respondent categories of the template. */
export const RESPONDENT_CATEGORIES = ['Large Supplier', 'Small Supplier', 'Network Party', 'Other SEC Party', 'Other'] as const;

/** A respondent category. */
export type RespondentCategory = (typeof RESPONDENT_CATEGORIES)[number];

/** The positions a respondent can take on a question. */
export const POSITIONS = ['Agree', 'Disagree', 'Neutral'] as const;

/** A position on a question, or `none` when left blank or not understood. */
export type AnswerPosition = (typeof POSITIONS)[number] | 'None';

/**
 * How a respondent lets DCC publish their response: with their name and organisation, with the
 * organisation only (the default: individuals are never named unless they choose it), anonymously
 * (the text without who wrote it), or not at all.
 */
export const PUBLICATION_CHOICES = ['named', 'organisation', 'anonymous', 'none'] as const;

/** A publication choice. */
export type Publication = (typeof PUBLICATION_CHOICES)[number];

/** The choice when the respondent left the template's default. */
export const DEFAULT_PUBLICATION: Publication = 'organisation';

/** Who responded. */
export interface Respondent {
  /** Name of the person. */
  name: string;
  /** Organisation. */
  organisation: string;
  /** Email address. */
  email: string;
  /** Category; `Other` when blank or not one of the list. */
  category: RespondentCategory;
}

/** An answer to one question. */
export interface Answer {
  /** The question id. */
  questionId: string;
  /** The position taken. */
  position: AnswerPosition;
  /** The rationale as typed: paragraphs one a line, list items `- item`, table rows `a | b`. */
  rationale: string;
  /** `true` when this answer (or the whole response) is confidential: marked so, or not clearly "No", or its text says so. */
  confidential: boolean;
}

/** A comment on one changed clause. */
export interface ClauseComment {
  /** The clause as the template's row names it: `4.44B`, `6.10 (was 6.11)`, `6.10 (deleted)`. */
  clause: string;
  /** The comment. */
  comment: string;
  /** `true` when this comment (or the whole response) is confidential. */
  confidential: boolean;
}

/** A response read from a filled template. */
export interface Response {
  /** Source file name (as given). */
  file: string;
  /** Who. */
  respondent: Respondent;
  /** `true` when the whole response is confidential (anything but a clear "No" in its box, or a reason given with nothing marked). */
  confidential: boolean;
  /** Why, as the respondent gave it (never published). */
  confidentialReason: string;
  /** How the respondent lets DCC publish the response (read fail-closed: unclear means the most protective). */
  publication: Publication;
  /** One per question of the consultation, in question order. */
  answers: Answer[];
  /** Non-empty clause comments, in template order. */
  clauseComments: ClauseComment[];
  /** Things noticed while reading (e.g. a position not understood, tracked changes left in). */
  notes: string[];
}

/** A file that could not be read as a response. */
export interface RejectedFile {
  /** Source file name. */
  file: string;
  /** Why, in one sentence. */
  reason: string;
}

/** The result of reading a batch of responses. */
export interface ResponseSet {
  /** The consultation id. */
  consultation: string;
  /** Responses read, sorted by file name. */
  responses: Response[];
  /** Files refused, sorted by file name. */
  rejected: RejectedFile[];
}
