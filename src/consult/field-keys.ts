/**
 * How each fillable field of the response template is keyed, in four ways, so that it can be found
 * again after Word or LibreOffice has saved the file: content-control tag, content-control alias
 * (title), bookmark name, and the label in the first cell of its table row.
 * @module
 */
import type { Consultation } from './consultation.js';
import type { TemplateWording } from './wording.js';

/** Which field. */
export type FieldRef =
  | { kind: 'reference' }
  | { kind: 'respondent'; field: RespondentField }
  | { kind: 'question'; index: number; questionId: string; field: 'position' | 'rationale' | 'confidential' }
  | { kind: 'clause'; index: number; clause: string; field: 'comment' | 'confidential' };

/** The fields of the respondent table, in order. */
export const RESPONDENT_FIELDS = ['name', 'organisation', 'email', 'category', 'publication', 'wholeConfidential', 'confidentialReason'] as const;

/** A field of the respondent table. */
export type RespondentField = (typeof RESPONDENT_FIELDS)[number];

/** The keys of a field. */
export interface FieldKeys {
  /** Which field. */
  ref: FieldRef;
  /** `w:tag` value. */
  tag: string;
  /** `w:alias` value (shown by Word as the control's title). */
  alias: string;
  /** Bookmark name (letters, digits and `_`, at most 40 characters). */
  bookmark: string;
  /** First-cell text of the table that holds the field (the table's id), or null for the first table with the row. */
  tableId: string | null;
  /** First-cell text of the row that holds the field. */
  rowId: string;
  /** Column of the value in that row. */
  column: number;
  /** Placeholder text (a value equal to it counts as empty). */
  placeholder: string;
  /** `true` for fields that hold paragraphs, lists and tables. */
  multiline: boolean;
}

/**
 * Every field of the template of a consultation, in document order.
 * @param consultation The consultation.
 * @param clauses Labels of the clause rows offered for comment (`4.44B`, `6.10 (was 6.11)`: unique).
 * @param wording Labels and placeholders.
 * @returns The fields.
 */
export function templateFields(consultation: Consultation, clauses: readonly string[], wording: TemplateWording): FieldKeys[] {
  const { labels, placeholders } = wording;
  const respondentTable = labels.reference;
  const fields: FieldKeys[] = [
    { ref: { kind: 'reference' }, tag: 'tmad:reference', alias: 'Consultation reference', bookmark: 'tmad_reference', tableId: respondentTable, rowId: labels.reference, column: 1, placeholder: '', multiline: false },
  ];
  for (const field of RESPONDENT_FIELDS) {
    fields.push({
      ref: { kind: 'respondent', field },
      tag: `tmad:respondent:${field}`,
      alias: `Respondent ${labels[field].toLowerCase()}`,
      bookmark: `tmad_respondent_${field}`,
      tableId: respondentTable,
      rowId: labels[field],
      column: 1,
      placeholder: placeholders[field],
      multiline: false,
    });
  }
  for (const [index, question] of consultation.questions.entries()) {
    for (const field of ['position', 'rationale', 'confidential'] as const) {
      const label = field === 'confidential' ? labels.answerConfidential : labels[field];
      fields.push({
        ref: { kind: 'question', index, questionId: question.id, field },
        tag: `tmad:question:${question.id}:${field}`,
        alias: `${question.id} ${label.toLowerCase()}`,
        bookmark: `tmad_q${index + 1}_${field}`,
        tableId: question.id,
        rowId: label,
        column: 1,
        placeholder: field === 'confidential' ? placeholders.answerConfidential : placeholders[field],
        multiline: field === 'rationale',
      });
    }
  }
  for (const [index, clause] of clauses.entries()) {
    const bookmark = clause.replace(/ \(was /, '_was_').replace(/ \(deleted\)/, '_deleted').replace(/[^A-Za-z0-9]/g, '_').replace(/_+$/, '');
    for (const field of ['comment', 'confidential'] as const) {
      fields.push({
        ref: { kind: 'clause', index, clause, field },
        tag: `tmad:clause:${clause}:${field}`,
        alias: `Clause ${clause} ${field}`,
        bookmark: `tmad_clause_${field === 'comment' ? '' : 'conf_'}${bookmark}`.slice(0, 40),
        tableId: wording.clauseColumns[0] ?? 'Clause',
        rowId: clause,
        column: field === 'comment' ? 3 : 4,
        placeholder: field === 'comment' ? placeholders.comment : placeholders.commentConfidential,
        multiline: field === 'comment',
      });
    }
  }
  return fields;
}
