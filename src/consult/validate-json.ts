/**
 * Validating the JSON files `tmad report` takes (`--responses`, `--trace`) at the edge: parsed
 * JSON of the wrong shape is refused with one line naming the first wrong field and the right
 * form, never cast.
 * @module
 */
import { POSITIONS, PUBLICATION_CHOICES, RESPONDENT_CATEGORIES, type Answer, type AnswerPosition, type ClauseComment, type Publication, type RespondentCategory, type Response, type ResponseSet } from './consultation.js';

/** The part of a trace report the conformance annex uses. */
export interface TraceSummary {
  /** Document key, e.g. `TMAD`. */
  documentKey: string;
  /** Version checked. */
  version: string;
  /** Counts by clause status. */
  counts: Readonly<Record<string, number>>;
  /** Whether the policy passed. */
  passed: boolean;
  /** Whether test results were given. */
  hasResults: boolean;
  /** Findings. */
  findings: ReadonlyArray<{ level: string; clauseId: string; message: string }>;
}

/** A JSON value of the wrong shape: `where` is a path like `responses[2].answers[0].position`. */
export class JsonShapeError extends Error {
  /**
   * @param where The path of the wrong value.
   * @param expected What was expected there.
   */
  constructor(
    readonly where: string,
    readonly expected: string,
  ) {
    super(`Unexpected value at \`${where}\`, expected ${expected}`);
    this.name = 'JsonShapeError';
  }
}

type Json = unknown;

function object(value: Json, where: string): Record<string, Json> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new JsonShapeError(where, 'an object');
  // A non-null, non-array object: its keys are read one by one below, each checked.
  return value as Record<string, Json>;
}

function array(value: Json, where: string): Json[] {
  if (!Array.isArray(value)) throw new JsonShapeError(where, 'an array');
  return value;
}

function string(value: Json, where: string): string {
  if (typeof value !== 'string') throw new JsonShapeError(where, 'a string');
  return value;
}

function boolean(value: Json, where: string): boolean {
  if (typeof value !== 'boolean') throw new JsonShapeError(where, 'true or false');
  return value;
}

function oneOf<T extends string>(value: Json, options: readonly T[], where: string): T {
  const found = options.find((option) => option === value);
  if (found === undefined) throw new JsonShapeError(where, `one of ${options.join(', ')}`);
  return found;
}

/**
 * A response set from parsed `responses.json` (schema version 2, as `tmad responses` writes it).
 * @param value Parsed JSON.
 * @returns The response set.
 * @throws JsonShapeError naming the first wrong value.
 */
export function responseSetFromJson(value: Json): ResponseSet {
  const root = object(value, '(root)');
  if (root.schemaVersion !== 2) throw new JsonShapeError('schemaVersion', '2 (a responses.json written by this version of `tmad responses`: run it again)');
  const responses = array(root.responses, 'responses').map((item, i): Response => {
    const at = `responses[${i}]`;
    const r = object(item, at);
    const who = object(r.respondent, `${at}.respondent`);
    const answers = array(r.answers, `${at}.answers`).map((a, j): Answer => {
      const answer = object(a, `${at}.answers[${j}]`);
      return {
        questionId: string(answer.questionId, `${at}.answers[${j}].questionId`),
        position: oneOf<AnswerPosition>(answer.position, [...POSITIONS, 'None'], `${at}.answers[${j}].position`),
        rationale: string(answer.rationale, `${at}.answers[${j}].rationale`),
        confidential: boolean(answer.confidential, `${at}.answers[${j}].confidential`),
      };
    });
    const clauseComments = array(r.clauseComments, `${at}.clauseComments`).map((c, j): ClauseComment => {
      const comment = object(c, `${at}.clauseComments[${j}]`);
      return { clause: string(comment.clause, `${at}.clauseComments[${j}].clause`), comment: string(comment.comment, `${at}.clauseComments[${j}].comment`), confidential: boolean(comment.confidential, `${at}.clauseComments[${j}].confidential`) };
    });
    return {
      file: string(r.file, `${at}.file`),
      respondent: {
        name: string(who.name, `${at}.respondent.name`),
        organisation: string(who.organisation, `${at}.respondent.organisation`),
        email: string(who.email, `${at}.respondent.email`),
        category: oneOf<RespondentCategory>(who.category, RESPONDENT_CATEGORIES, `${at}.respondent.category`),
      },
      confidential: boolean(r.confidential, `${at}.confidential`),
      confidentialReason: string(r.confidentialReason, `${at}.confidentialReason`),
      publication: oneOf<Publication>(r.publication, PUBLICATION_CHOICES, `${at}.publication`),
      answers,
      clauseComments,
      notes: array(r.notes, `${at}.notes`).map((n, j) => string(n, `${at}.notes[${j}]`)),
    };
  });
  const rejected = array(root.rejected, 'rejected').map((item, i) => {
    const r = object(item, `rejected[${i}]`);
    return { file: string(r.file, `rejected[${i}].file`), reason: string(r.reason, `rejected[${i}].reason`) };
  });
  return { consultation: string(root.consultation, 'consultation'), responses, rejected };
}

/**
 * The conformance summary from parsed `tmad trace --format json` output (`document.key`,
 * `document.version`, `counts`, `passed`, `hasResults`, `findings[].clause`).
 * @param value Parsed JSON.
 * @returns The summary.
 * @throws JsonShapeError naming the first wrong value.
 */
export function traceSummaryFromJson(value: Json): TraceSummary {
  const root = object(value, '(root)');
  const document = object(root.document, 'document');
  const documentKey = string(document.key, 'document.key');
  const version = string(document.version, 'document.version');
  const counts = object(root.counts, 'counts');
  const checkedCounts: Record<string, number> = {};
  for (const [status, n] of Object.entries(counts)) {
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) throw new JsonShapeError(`counts.${status}`, 'a whole number');
    checkedCounts[status] = n;
  }
  return {
    documentKey,
    version,
    counts: checkedCounts,
    passed: boolean(root.passed, 'passed'),
    hasResults: boolean(root.hasResults, 'hasResults'),
    findings: array(root.findings, 'findings').map((item, i) => {
      const f = object(item, `findings[${i}]`);
      return { level: string(f.level, `findings[${i}].level`), clauseId: string(f.clause, `findings[${i}].clause`), message: string(f.message, `findings[${i}].message`) };
    }),
  };
}
