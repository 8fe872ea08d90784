/**
 * The response template (.docx) of a consultation: what a respondent fills in Word or LibreOffice.
 * @module
 */
import { AlignmentType, BorderStyle, Document, Footer, HeadingLevel, ImportedXmlComponent, Packer, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';
import { deterministicDocx } from '../docx/deterministic-docx.js';
import type { ChangedClause } from './changed-clauses.js';
import { POSITIONS, PUBLICATION_CHOICES, RESPONDENT_CATEGORIES, type Consultation } from './consultation.js';
import { templateFields, type FieldKeys, type RespondentField } from './field-keys.js';
import { blockField, escapeXml, idCounter, inlineFieldParagraph, type IdCounter } from './ooxml.js';
import { zipSafeDate } from './zip-date.js';
import { fill, longDate, longDateTime, type TemplateWording } from './wording.js';

/** Custom document property naming the consultation a template belongs to. */
export const CONSULTATION_PROPERTY = 'tmad-consultation';
/** Custom document property marking a tmad response form. */
export const FORM_PROPERTY = 'tmad-form';

/** What the template is made from. */
export interface TemplateInput {
  /** The consultation. */
  consultation: Consultation;
  /** Clauses offered for comment (from the delta base -> proposed). */
  clauses: readonly ChangedClause[];
  /** Wording from `templates/response-template.yaml`. */
  wording: TemplateWording;
}

/**
 * The placeholders of a consultation's template, values of `{...}` in the wording.
 * @param consultation The consultation.
 * @returns Values by name.
 */
export function templateValues(consultation: Consultation): Record<string, string> {
  const closes = longDateTime(consultation.closes);
  return {
    title: consultation.title,
    id: consultation.id,
    issued: longDate(consultation.issued),
    closes: `${closes.time} on ${closes.date}`,
    closesTime: closes.time,
    closesDate: closes.date,
    contact: consultation.contact,
    base: versionOf(consultation.base),
    proposed: versionOf(consultation.proposed),
  };
}

/**
 * `tmad/8.1.md` as `8.1`.
 * @param path A version path.
 * @returns Its version.
 */
export function versionOf(path: string): string {
  return path.replace(/^.*\//, '').replace(/\.md$/, '');
}

/**
 * Build the response template.
 * @param input Consultation, clauses and wording.
 * @returns The .docx bytes (identical for identical inputs).
 */
export async function buildTemplate(input: TemplateInput): Promise<Uint8Array> {
  const { consultation, wording } = input;
  const values = templateValues(consultation);
  const fields = templateFields(consultation, input.clauses.map((c) => c.label), wording);
  const ids = idCounter(100);
  const field = (predicate: (f: FieldKeys) => boolean): FieldKeys => {
    const found = fields.find(predicate);
    if (!found) throw new Error('template field missing');
    return found;
  };
  const respondent = (name: RespondentField): FieldKeys => field((f) => f.ref.kind === 'respondent' && f.ref.field === name);
  const children: Array<Paragraph | Table> = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(fill(wording.title, values))] }),
    new Paragraph({ children: [new TextRun({ text: fill(wording.subtitle, values), italics: true })] }),
    new Paragraph({ spacing: { before: 120, after: 120 }, children: [new TextRun({ text: fill(wording.deadline, values), bold: true })] }),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(wording.confidentialityHeading)] }),
    ...wording.confidentiality.map((text) => new Paragraph({ spacing: { after: 120 }, children: [new TextRun(fill(text, values))] })),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(wording.respondentHeading)] }),
    fieldTable(
      [
        [wording.labels.reference, inlineFieldParagraph(field((f) => f.ref.kind === 'reference'), ids, { value: consultation.id, locked: true })],
        ...(['name', 'organisation', 'email'] as const).map((name): [string, string] => [wording.labels[name], inlineFieldParagraph(respondent(name), ids)]),
        [wording.labels.category, inlineFieldParagraph(respondent('category'), ids, { items: RESPONDENT_CATEGORIES })],
        [wording.labels.publication, inlineFieldParagraph(respondent('publication'), ids, { items: PUBLICATION_CHOICES.map((c) => wording.publicationChoices[c]) })],
        [wording.labels.wholeConfidential, inlineFieldParagraph(respondent('wholeConfidential'), ids, { items: ['No', 'Yes'] })],
        [wording.labels.confidentialReason, inlineFieldParagraph(respondent('confidentialReason'), ids)],
      ],
      ids,
    ),
    new Paragraph({ children: [new TextRun({ text: wording.categoryHint, italics: true, size: 18 })] }),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(wording.questionsHeading)] }),
  ];
  for (const [index, question] of consultation.questions.entries()) {
    const q = (name: 'position' | 'rationale' | 'confidential'): FieldKeys => field((f) => f.ref.kind === 'question' && f.ref.index === index && f.ref.field === name);
    children.push(
      fieldTable(
        [
          [question.id, paragraphXml(question.text), true],
          [wording.labels.position, inlineFieldParagraph(q('position'), ids, { items: POSITIONS })],
          [wording.labels.rationale, blockField(q('rationale'), ids)],
          [wording.labels.answerConfidential, inlineFieldParagraph(q('confidential'), ids, { items: ['No', 'Yes'] })],
        ],
        ids,
      ),
      new Paragraph({ text: '' }),
    );
  }
  children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(wording.clausesHeading)] }));
  if (input.clauses.length === 0) children.push(new Paragraph(wording.noClauses));
  else {
    children.push(new Paragraph({ spacing: { after: 120 }, children: [new TextRun(fill(wording.clausesIntro, values))] }), clauseTable(input.clauses, fields, wording, ids));
  }
  const document = new Document({
    creator: 'DCC',
    title: fill(wording.title, values),
    subject: consultation.id,
    description: `Response template for consultation ${consultation.id}`,
    customProperties: [
      { name: CONSULTATION_PROPERTY, value: consultation.id },
      { name: FORM_PROPERTY, value: 'response-template' },
    ],
    styles: { default: { document: { run: { font: 'Arial', size: 21 } } } },
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: fill(wording.footer, values), size: 16, color: '666666' })] })] }) },
        children,
      },
    ],
  });
  return deterministicDocx(new Uint8Array(await Packer.toBuffer(document)), zipSafeDate(consultation.issued));
}

const LABEL_SHADING = { type: ShadingType.CLEAR, color: 'auto', fill: 'DCE6F1' } as const;
const VALUE_SHADING = { type: ShadingType.CLEAR, color: 'auto', fill: 'F2F2F2' } as const;
const BORDERS = {
  top: { style: BorderStyle.SINGLE, size: 4, color: '999999' },
  bottom: { style: BorderStyle.SINGLE, size: 4, color: '999999' },
  left: { style: BorderStyle.SINGLE, size: 4, color: '999999' },
  right: { style: BorderStyle.SINGLE, size: 4, color: '999999' },
  insideHorizontal: { style: BorderStyle.SINGLE, size: 4, color: '999999' },
  insideVertical: { style: BorderStyle.SINGLE, size: 4, color: '999999' },
};

function raw(xml: string): Paragraph {
  return ImportedXmlComponent.fromXmlString(xml) as unknown as Paragraph;
}

function paragraphXml(text: string): string {
  return `<w:p><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
}

/** A two-column label | value table; `header` rows are shaded as labels on both sides. */
function fieldTable(rows: Array<[string, string, boolean?]>, _ids: IdCounter): Table {
  return new Table({
    width: { size: 9638, type: WidthType.DXA },
    columnWidths: [2600, 7038],
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    rows: rows.map(
      ([label, valueXml, header]) =>
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({ width: { size: 2600, type: WidthType.DXA }, shading: LABEL_SHADING, children: [new Paragraph({ children: [new TextRun({ text: label, bold: true })] })] }),
            new TableCell({ width: { size: 7038, type: WidthType.DXA }, shading: header ? LABEL_SHADING : VALUE_SHADING, children: [raw(valueXml)] }),
          ],
        }),
    ),
  });
}

function clauseTable(clauses: readonly ChangedClause[], fields: readonly FieldKeys[], wording: TemplateWording, ids: IdCounter): Table {
  // Widths in twips (total 9638): the Change column fits "Renumbered" and the last "Confidential" in 9 pt without breaking them.
  const widths = [1250, 1350, 2838, 2900, 1300];
  const header = new TableRow({
    tableHeader: true,
    children: wording.clauseColumns.map((text, i) => new TableCell({ width: { size: widths[i] ?? 1000, type: WidthType.DXA }, shading: LABEL_SHADING, children: [new Paragraph({ children: [new TextRun({ text, bold: true, size: 18 })] })] })),
  });
  const rows = clauses.map((clause, index) => {
    const keys = (name: 'comment' | 'confidential'): FieldKeys => {
      const found = fields.find((f) => f.ref.kind === 'clause' && f.ref.index === index && f.ref.field === name);
      if (!found) throw new Error('clause field missing');
      return found;
    };
    return new TableRow({
      cantSplit: true,
      children: [
        new TableCell({ width: { size: widths[0] ?? 1000, type: WidthType.DXA }, children: [new Paragraph({ children: [new TextRun({ text: clause.label, bold: true, size: 18 })] })] }),
        new TableCell({ width: { size: widths[1] ?? 1000, type: WidthType.DXA }, children: [new Paragraph({ children: [new TextRun({ text: clause.kind, size: 18 })] })] }),
        new TableCell({ width: { size: widths[2] ?? 1000, type: WidthType.DXA }, children: [new Paragraph({ children: [new TextRun({ text: clause.description, size: 18 })] })] }),
        new TableCell({ width: { size: widths[3] ?? 1000, type: WidthType.DXA }, shading: VALUE_SHADING, children: [raw(blockField(keys('comment'), ids))] }),
        new TableCell({ width: { size: widths[4] ?? 1000, type: WidthType.DXA }, shading: VALUE_SHADING, children: [raw(inlineFieldParagraph(keys('confidential'), ids, { items: ['No', 'Yes'] }))] }),
      ],
    });
  });
  return new Table({ width: { size: 9638, type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED, borders: BORDERS, rows: [header, ...rows] });
}
