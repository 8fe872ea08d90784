/**
 * Reading one filled response template (untrusted .docx) into a `Response`, finding each field by
 * content-control tag, then alias, then bookmark, then table row label, and treating placeholder
 * text as empty.
 * @module
 */
import { blocksText } from '../docx/read-docx.js';
import { readDocx } from '../docx/read-docx.js';
import { DocxError } from '../docx/docx-error.js';
import type { DocxBlock, DocxContent } from '../docx/docx-content.js';
import type { DocxLimits } from '../docx/limits.js';
import { CONSULTATION_PROPERTY } from './build-template.js';
import { POSITIONS, RESPONDENT_CATEGORIES, type Answer, type ClauseComment, type Consultation, type AnswerPosition, type RejectedFile, type RespondentCategory, type Response } from './consultation.js';
import type { FieldKeys, RespondentField } from './field-keys.js';
import { readConfidential, readPublication, saysConfidential, type Reading } from './read-confidentiality.js';
import { notDocxReason } from './sniff-format.js';
import type { TemplateWording } from './wording.js';

/** What reading a response needs to know. */
export interface ResponseReader {
  /** The consultation answered. */
  consultation: Consultation;
  /** The template's fields (see `templateFields`). */
  fields: readonly FieldKeys[];
  /** The template's wording (the publication choices offered). */
  wording: Pick<TemplateWording, 'publicationChoices'>;
  /** Limits for the .docx reader. */
  limits?: Partial<DocxLimits>;
}

/** One file read: a response or a rejection. */
export type ReadResult = { kind: 'response'; response: Response } | { kind: 'rejected'; rejected: RejectedFile };

/** How a field was found (for notes). */
type FoundBy = 'tag' | 'alias' | 'bookmark' | 'row';

/**
 * Read one response file. Never throws for a bad file: it comes back as `rejected` with the reason.
 * @param file Its name, as it will be reported.
 * @param bytes Its bytes.
 * @param reader The consultation and fields.
 * @returns The response or the rejection.
 */
export async function readResponse(file: string, bytes: Uint8Array, reader: ResponseReader): Promise<ReadResult> {
  const reject = (reason: string): ReadResult => ({ kind: 'rejected', rejected: { file, reason } });
  const other = notDocxReason(bytes);
  if (other) return reject(other);
  let content: DocxContent;
  try {
    content = await readDocx(bytes, reader.limits ? { view: 'accept', limits: reader.limits } : { view: 'accept' });
  } catch (error) {
    if (error instanceof DocxError) return reject(error.message);
    return reject(`could not be read (${error instanceof Error ? error.message : String(error)})`);
  }
  const id = reader.consultation.id;
  const value = (keys: FieldKeys): { text: string; by: FoundBy | null } => fieldValue(content, keys);
  const referenceKeys = reader.fields.find((f) => f.ref.kind === 'reference');
  const reference = (content.properties.custom[CONSULTATION_PROPERTY] ?? (referenceKeys ? value(referenceKeys).text : '')).trim();
  if (reference === '') return reject(`not a response to consultation ${id}: it has no consultation reference (it was not made from the ${id} response template)`);
  if (reference !== id) return reject(`a response to consultation ${reference}, not to ${id}`);
  const notes: string[] = [];
  const found: Record<string, string> = {};
  const byWay = new Set<FoundBy>();
  for (const keys of reader.fields) {
    const result = value(keys);
    found[keys.tag] = result.text;
    if (result.by) byWay.add(result.by);
    else if (keys.ref.kind !== 'reference') notes.push(`field "${keys.alias}" not found in the file (deleted?)`);
  }
  const get = (predicate: (keys: FieldKeys) => boolean): string => {
    const keys = reader.fields.find(predicate);
    return keys ? (found[keys.tag] ?? '') : '';
  };
  const respondentField = (name: RespondentField): string => get((k) => k.ref.kind === 'respondent' && k.ref.field === name);
  const noted = <T>(reading: Reading<T>): T => {
    if (reading.note) notes.push(reading.note);
    return reading.value;
  };
  const confidentialReason = respondentField('confidentialReason').trim();
  let confidential = noted(readConfidential(respondentField('wholeConfidential'), 'whole response'));
  const publication = noted(readPublication(respondentField('publication'), reader.wording.publicationChoices));
  const category = toCategory(respondentField('category'), notes);
  const textSays = (text: string, what: string): boolean => {
    const words = saysConfidential(text);
    if (words) notes.push(`${what}: the text says "${words}": treated as confidential (check with the respondent)`);
    return words !== null;
  };
  const answers: Answer[] = reader.consultation.questions.map((question, index) => {
    const field = (name: 'position' | 'rationale' | 'confidential'): string => get((k) => k.ref.kind === 'question' && k.ref.index === index && k.ref.field === name);
    const marked = noted(readConfidential(field('confidential'), question.id));
    const rationale = field('rationale');
    const says = textSays(rationale, question.id);
    return { questionId: question.id, position: toPosition(field('position'), question.id, notes), rationale, confidential: marked || says };
  });
  const clauseComments: ClauseComment[] = reader.fields.flatMap((keys): ClauseComment[] => {
    if (keys.ref.kind !== 'clause' || keys.ref.field !== 'comment') return [];
    const { clause, index } = keys.ref;
    const comment = found[keys.tag] ?? '';
    if (comment === '') return [];
    const box = get((k) => k.ref.kind === 'clause' && k.ref.index === index && k.ref.field === 'confidential');
    const marked = noted(readConfidential(box, `clause ${clause}`));
    const says = textSays(comment, `clause ${clause}`);
    return [{ clause, comment, confidential: marked || says }];
  });
  if (confidentialReason !== '' && !confidential && !answers.some((a) => a.confidential) && !clauseComments.some((c) => c.confidential)) {
    confidential = true;
    notes.push('a reason for confidentiality was given but nothing was marked confidential: the whole response is treated as confidential (check with the respondent)');
  }
  if (confidential) {
    for (const answer of answers) answer.confidential = true;
    for (const comment of clauseComments) comment.confidential = true;
  }
  const respondent = { name: respondentField('name'), organisation: respondentField('organisation'), email: respondentField('email'), category };
  if (respondent.name === '' && respondent.organisation === '' && answers.every((a) => a.position === 'None' && a.rationale === '') && clauseComments.length === 0) {
    return reject(`an unfilled ${id} response template: no respondent details and no answers`);
  }
  if (content.hasTrackedChanges) notes.push('tracked changes were left in: read as if all were accepted');
  if (!byWay.has('tag') && byWay.size > 0) notes.push(`content-control tags were missing (re-saved by another program?): fields found by ${[...byWay].sort().join(', ')}`);
  return { kind: 'response', response: { file, respondent, confidential, confidentialReason, publication, answers, clauseComments, notes } };
}

/**
 * The value of a field, as text; empty when it still shows its placeholder text (a `w:showingPlcHdr`
 * flag left set over typed text does not hide the typed text). The field is found by
 * content-control tag first (Word keeps tags). Without tags (LibreOffice drops them on re-save and
 * turns a multi-paragraph control into one around the first paragraph only), a single-line field is
 * found by alias, then bookmark, then table row; a multi-line field by its table row first, whose
 * value cell holds exactly that field, then alias and bookmark.
 * @param content The document.
 * @param keys The field's keys.
 * @returns Text and how it was found (null: not found).
 */
export function fieldValue(content: DocxContent, keys: FieldKeys): { text: string; by: FoundBy | null } {
  const byTag = content.contentControls.filter((c) => c.tag === keys.tag);
  const byAlias = content.contentControls.filter((c) => c.alias === keys.alias);
  const ways: Array<() => { blocks: DocxBlock[]; by: FoundBy } | null> = [
    () => (byTag.length > 0 ? { blocks: byTag.flatMap((c) => c.blocks), by: 'tag' } : null),
    () => (byAlias.length > 0 ? { blocks: byAlias.flatMap((c) => c.blocks), by: 'alias' } : null),
    () => {
      const bookmark = content.bookmarks.find((b) => b.name === keys.bookmark);
      return bookmark ? { blocks: bookmark.blocks, by: 'bookmark' } : null;
    },
    () => {
      const cell = rowCell(content.blocks, keys);
      return cell ? { blocks: cell, by: 'row' } : null;
    },
  ];
  const order = keys.multiline ? [0, 3, 1, 2] : [0, 1, 2, 3];
  for (const index of order) {
    const found = ways[index]?.();
    if (!found) continue;
    // A control still flagged as showing its placeholder (w:showingPlcHdr) but holding other text was
    // typed over (some editors leave the flag set): the typed text is the answer.
    const text = blocksText(trimEmpty(found.blocks));
    return { text: text.trim() === '' || text.trim() === keys.placeholder.trim() ? '' : text, by: found.by };
  }
  return { text: '', by: null };
}

function trimEmpty(blocks: readonly DocxBlock[]): DocxBlock[] {
  let start = 0;
  let end = blocks.length;
  const empty = (block: DocxBlock | undefined): boolean => block !== undefined && block.kind === 'paragraph' && block.text.trim() === '' && block.list === null;
  while (start < end && empty(blocks[start])) start++;
  while (end > start && empty(blocks[end - 1])) end--;
  return blocks.slice(start, end);
}

function rowCell(blocks: readonly DocxBlock[], keys: FieldKeys): DocxBlock[] | null {
  for (const block of blocks) {
    if (block.kind !== 'table') continue;
    if (keys.tableId !== null && block.rowIds[0] !== keys.tableId) continue;
    const row = block.rowIds.indexOf(keys.rowId);
    if (row < 0) continue;
    return block.cells[row]?.[keys.column] ?? null;
  }
  return null;
}

function toPosition(text: string, questionId: string, notes: string[]): AnswerPosition {
  const clean = text.trim().toLowerCase();
  if (clean === '') return 'None';
  const match = POSITIONS.find((p) => clean === p.toLowerCase() || clean.startsWith(`${p.toLowerCase()} `) || clean.startsWith(`${p.toLowerCase()}.`));
  if (match) return match;
  notes.push(`${questionId}: position "${text.trim()}" is not one of ${POSITIONS.join(', ')}; recorded as None`);
  return 'None';
}

function toCategory(text: string, notes: string[]): RespondentCategory {
  const clean = text.trim().toLowerCase();
  const match = RESPONDENT_CATEGORIES.find((c) => c.toLowerCase() === clean);
  if (match) return match;
  notes.push(clean === '' ? 'respondent category left blank; recorded as Other' : `respondent category "${text.trim()}" is not in the list; recorded as Other`);
  return 'Other';
}
