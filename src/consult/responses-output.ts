/**
 * The machine-readable forms of a response set: `responses.json` and `responses.csv`.
 * @module
 */
import type { Consultation, ResponseSet } from './consultation.js';

/** Version of the JSON form of a response set. */
export const RESPONSES_SCHEMA_VERSION = 2;

/**
 * `responses.json`: `{ schemaVersion, consultation, responses[], rejected[] }`.
 * @param set The response set.
 * @returns JSON text with a final newline.
 */
export function responsesToJson(set: ResponseSet): string {
  return `${JSON.stringify({ schemaVersion: RESPONSES_SCHEMA_VERSION, ...set }, null, 2)}\n`;
}

/**
 * `responses.csv`: one row per response: respondent, organisation, email, category,
 * confidentiality, publication choice and reason, then position, rationale and confidentiality per question, clause comments, notes
 * and the source file. RFC 4180 quoting; a cell starting with `=`, `+`, `-`, `@` or a tab is
 * prefixed with `'` so that a spreadsheet does not run it as a formula.
 * @param set The response set.
 * @param consultation The consultation (for the question columns).
 * @returns CSV text with CRLF line ends.
 */
export function responsesToCsv(set: ResponseSet, consultation: Consultation): string {
  const header = ['respondent', 'organisation', 'email', 'category', 'confidential', 'publication', 'confidential reason'];
  for (const question of consultation.questions) header.push(`${question.id} position`, `${question.id} rationale`, `${question.id} confidential`);
  header.push('clause comments', 'notes', 'source file');
  const rows = set.responses.map((response) => {
    const row = [response.respondent.name, response.respondent.organisation, response.respondent.email, response.respondent.category, response.confidential ? 'yes' : 'no', response.publication, response.confidentialReason];
    for (const question of consultation.questions) {
      const answer = response.answers.find((a) => a.questionId === question.id);
      row.push(answer?.position ?? 'None', answer?.rationale ?? '', answer?.confidential ? 'yes' : 'no');
    }
    row.push(response.clauseComments.map((c) => `${c.clause}${c.confidential ? ' [confidential]' : ''}: ${c.comment}`).join('\n'), response.notes.join('\n'), response.file);
    return row;
  });
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
