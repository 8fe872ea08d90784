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
  | { kind: 'respondent'; field: 'name' | 'organisation' | 'email' | 'category' | 'wholeConfidential' }
  | { kind: 'question'; index: number; questionId: string; field: 'position' | 'rationale' | 'confidential' }
  | { kind: 'clause'; index: number; clause: string };

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
 * @param clauses Ids of the clauses offered for comment.
 * @param wording Labels and placeholders.
 * @returns The fields.
 */
export function templateFields(consultation: Consultation, clauses: readonly string[], wording: TemplateWording): FieldKeys[] {
  const { labels, placeholders } = wording;
  const respondentTable = labels.reference;
  const fields: FieldKeys[] = [
    { ref: { kind: 'reference' }, tag: 'tmad:reference', alias: 'Consultation reference', bookmark: 'tmad_reference', tableId: respondentTable, rowId: labels.reference, column: 1, placeholder: '', multiline: false },
  ];
  for (const field of ['name', 'organisation', 'email', 'category', 'wholeConfidential'] as const) {
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
    fields.push({
      ref: { kind: 'clause', index, clause },
      tag: `tmad:clause:${clause}:comment`,
      alias: `Clause ${clause} comment`,
      bookmark: `tmad_clause_${clause.replace(/[^A-Za-z0-9]/g, '_')}`.slice(0, 40),
      tableId: wording.clauseColumns[0] ?? 'Clause',
      rowId: clause,
      column: 3,
      placeholder: placeholders.comment,
      multiline: true,
    });
  }
  return fields;
}
