/**
 * The conclusion report as a Word document. The position chart is a table with coloured bar
 * characters (the `docx` package cannot write Word charts); the final legal drafting is embedded as
 * a redline with real tracked changes.
 * @module
 */
import { AlignmentType, Document, Footer, HeadingLevel, Packer, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType, type FileChild } from 'docx';
import { deterministicDocx } from '../docx/deterministic-docx.js';
import { redlineBody } from '../render/docx/redline-body.js';
import { answerLines, BAR, groupLines, POSITION_COLOURS } from './report-text.js';
import { POSITION_COLUMNS, type ReportModel } from './report-model.js';
import { SMALL_CELL } from './position-counts.js';
import { zipSafeDate } from './zip-date.js';
import { fill, longDate } from './wording.js';

const HEADER_SHADING = { type: ShadingType.CLEAR, color: 'auto', fill: 'DCE6F1' } as const;
const CONFIDENTIAL_COLOUR = 'C00000';

/**
 * Render the report as .docx.
 * @param model The report model (already filtered for its audience).
 * @returns The .docx bytes (identical for identical inputs).
 */
export async function reportToDocx(model: ReportModel): Promise<Uint8Array> {
  const w = model.wording;
  const children: FileChild[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(model.title)] }),
    new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: model.audienceNote, bold: true, color: model.audience === 'beis' ? CONFIDENTIAL_COLOUR : '1F4E79' })] }),
    new Paragraph({ spacing: { after: 240 }, children: [new TextRun({ text: `${model.author}, ${longDate(model.date)}`, italics: true })] }),
    heading(1, `1 ${w.headings.introduction}`),
  ];
  for (const section of model.introduction) children.push(heading(2, section.title), ...section.paragraphs.map(plain));
  children.push(heading(1, `2 ${w.headings.consultation}`), plain(model.consultationText));
  children.push(table(['Question', 'Text'], model.questions.map((q) => [q.id, q.text]), [2000, 7600]), spacer());
  children.push(table(['Clauses', 'Drafting change proposed'], model.drafting.map((d) => [d.clauses.join(', '), d.description]), [2000, 7600]), spacer());
  children.push(heading(1, `3 ${w.headings.questions}`));
  for (const question of model.questions) {
    children.push(heading(2, question.id), new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: question.text, italics: true })] }));
    children.push(heading(3, w.countsCaption), countsTable(question.counts), legend());
    const italic = (text: string): Paragraph => new Paragraph({ spacing: { before: 60 }, children: [new TextRun({ text, italics: true, size: 18 })] });
    if (model.audience === 'public') children.push(italic(fill(w.smallCells, { smallCell: SMALL_CELL })));
    if (question.confidentialAnswers > 0) children.push(italic(fill(w.confidentialCounted, { count: question.confidentialAnswers })));
    if (question.withheld > 0) children.push(italic(fill(w.withheld, { count: question.withheld })));
    children.push(spacer(), heading(3, w.pointsHeading));
    if (question.points.length === 0) children.push(plain(w.noPoints));
    for (const point of question.points) {
      const runs = [new TextRun({ text: point.who, bold: true }), new TextRun(point.category ? ` (${point.category}): ` : ': '), new TextRun({ text: point.position, bold: true, color: POSITION_COLOURS[point.position] })];
      if (point.confidential) runs.push(new TextRun({ text: `  [${w.confidentialMark}]`, bold: true, color: CONFIDENTIAL_COLOUR }));
      children.push(new Paragraph({ spacing: { before: 160, after: 60 }, keepNext: true, children: runs }), ...answerBlocks(point.text));
    }
    children.push(heading(3, w.dccResponseHeading), ...question.dccResponse.map(plain));
  }
  if (model.clauseComments.length > 0 || model.audience === 'public') children.push(heading(2, 'Comments on the legal drafting'));
  if (model.audience === 'public') children.push(plain(w.commentsWithheld));
  if (model.clauseComments.length > 0) {
    children.push(
      new Table({
        width: { size: 9600, type: WidthType.DXA },
        columnWidths: [1000, 3000, 5600],
        rows: [
          headerRow(['Clause', 'Respondent', 'Comment'], [1000, 3000, 5600]),
          ...model.clauseComments.map(
            (c) =>
              new TableRow({
                children: [
                  cell([new Paragraph(c.clause)], 1000),
                  cell([new Paragraph({ children: [new TextRun(c.who), ...(c.confidential ? [new TextRun({ text: ` [${w.confidentialMark}]`, bold: true, color: CONFIDENTIAL_COLOUR })] : [])] })], 3000),
                  cell(c.comment.split('\n').map((line) => new Paragraph(line)), 5600),
                ],
              }),
          ),
        ],
      }),
    );
  }
  children.push(heading(1, `4 ${w.headings.changes}`));
  if (model.changes.length === 0) children.push(plain(w.noChanges));
  else children.push(plain(fill(w.changesIntro, model.versions)), table(w.changesColumns, model.changes.map((c) => [c.clause, c.kind, c.summary]), [1400, 1600, 6600]));
  children.push(heading(1, `5 ${w.headings.nextSteps}`), table(['Date', 'Step'], model.nextSteps.map((s) => [s.date ? longDate(s.date) : '', s.text]), [3000, 6600]));
  children.push(heading(1, `6 ${w.headings.annexes}`), heading(2, w.headings.respondents));
  if (model.audience === 'public') children.push(table(w.respondentColumns.slice(0, 3), model.respondents.map((r) => [r.name, r.organisation, r.category]), [3200, 3800, 2600]));
  else children.push(table([...w.respondentColumns, w.publicationColumn], model.respondents.map((r) => [r.name, r.organisation, r.category, r.confidential ? w.confidentialMark : 'No', r.publication ? w.publicationLabels[r.publication] : '']), [2000, 2400, 1800, 1500, 1900]));
  if (model.confidentialRespondents > 0) children.push(new Paragraph({ children: [new TextRun({ text: fill(w.unlisted, { count: model.confidentialRespondents }), italics: true })] }));
  children.push(heading(2, fill(w.headings.redline, model.versions)));
  if (model.redline) children.push(...redlineBody(model.redline, { summary: true, redlineHeading: null, headingOffset: 2 }));
  else children.push(plain(w.redlineMissing));
  children.push(heading(2, w.headings.conformance));
  if (model.conformance) children.push(...model.conformance.map((line) => new Paragraph({ text: line, bullet: { level: 0 } })));
  else children.push(new Paragraph({ children: [new TextRun({ text: w.noConformance, italics: true })] }));
  const footerText = model.audience === 'beis' ? `${w.confidentialMark}: not for publication. ${model.title}` : model.title;
  const document = new Document({
    creator: model.author,
    title: model.title,
    description: model.audienceNote,
    features: { trackRevisions: false },
    styles: {
      default: { document: { run: { font: 'Arial', size: 21 } } },
      paragraphStyles: [{ id: 'DeltaNote', name: 'Delta Note', basedOn: 'Normal', run: { italics: true, color: '555555', size: 18 } }],
    },
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: footerText, size: 16, color: model.audience === 'beis' ? CONFIDENTIAL_COLOUR : '666666' })] })] }) },
        children,
      },
    ],
  });
  return deterministicDocx(new Uint8Array(await Packer.toBuffer(document)), zipSafeDate(model.date));
}

function heading(level: 1 | 2 | 3, text: string): Paragraph {
  const headingLevel = level === 1 ? HeadingLevel.HEADING_1 : level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3;
  return new Paragraph({ heading: headingLevel, keepNext: true, children: [new TextRun(text)] });
}

function plain(text: string): Paragraph {
  return new Paragraph({ spacing: { after: 120 }, children: [new TextRun(text.replace(/\*\*|__/g, '').replace(/\n/g, ' '))] });
}

function spacer(): Paragraph {
  return new Paragraph({ text: '' });
}

function cell(children: Paragraph[], width: number, shading?: typeof HEADER_SHADING): TableCell {
  return new TableCell({ width: { size: width, type: WidthType.DXA }, ...(shading ? { shading } : {}), children });
}

function headerRow(titles: readonly string[], widths: readonly number[]): TableRow {
  return new TableRow({ tableHeader: true, children: titles.map((title, i) => cell([new Paragraph({ children: [new TextRun({ text: title, bold: true })] })], widths[i] ?? 1500, HEADER_SHADING)) });
}

function table(titles: readonly string[], rows: ReadonlyArray<readonly string[]>, widths: readonly number[]): Table {
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: [...widths],
    rows: [headerRow(titles, widths), ...rows.map((row) => new TableRow({ children: titles.map((_, i) => cell((row[i] ?? '').split('\n').map((line) => new Paragraph(line)), widths[i] ?? 1500)) }))],
  });
}

function countsTable(counts: ReportModel['questions'][number]['counts']): Table {
  const widths = [2000, 1100, 1200, 1100, 1300, 2900];
  const titles = ['Category', ...POSITION_COLUMNS.map((p) => (p === 'None' ? 'No position' : p)), 'Chart'];
  const rows = counts.map(
    (row) =>
      new TableRow({
        children: [
          cell([new Paragraph(row.label)], widths[0] ?? 2000),
          ...POSITION_COLUMNS.map((p, i) => cell([new Paragraph({ alignment: AlignmentType.CENTER, text: String(row.counts[p]) })], widths[i + 1] ?? 900)),
          cell([new Paragraph({ children: POSITION_COLUMNS.filter((p) => row.counts[p] > 0).map((p) => new TextRun({ text: BAR.repeat(row.counts[p]), color: POSITION_COLOURS[p] })) })], widths[5] ?? 3800),
        ],
      }),
  );
  const totals = POSITION_COLUMNS.map((p) => counts.reduce((sum, row) => sum + row.counts[p], 0));
  rows.push(
    new TableRow({
      children: [
        cell([new Paragraph({ children: [new TextRun({ text: 'Total', bold: true })] })], widths[0] ?? 2200),
        ...totals.map((t, i) => cell([new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: String(t), bold: true })] })], widths[i + 1] ?? 900)),
        cell([new Paragraph({ children: POSITION_COLUMNS.map((p, i) => new TextRun({ text: BAR.repeat(totals[i] ?? 0), color: POSITION_COLOURS[p] })) })], widths[5] ?? 3800),
      ],
    }),
  );
  return new Table({ width: { size: 9600, type: WidthType.DXA }, columnWidths: widths, rows: [headerRow(titles, widths), ...rows] });
}

function legend(): Paragraph {
  return new Paragraph({
    spacing: { before: 60 },
    children: POSITION_COLUMNS.flatMap((p) => [new TextRun({ text: `${BAR} `, color: POSITION_COLOURS[p], size: 18 }), new TextRun({ text: `${p === 'None' ? 'No position' : p}   `, size: 18 })]),
  });
}

function answerBlocks(text: string): FileChild[] {
  return groupLines(answerLines(text)).map((block): FileChild => {
    switch (block.kind) {
      case 'paragraph':
        return new Paragraph({ spacing: { after: 80 }, children: [new TextRun(block.text)] });
      case 'bullet':
        return new Paragraph({ text: block.text, bullet: { level: Math.min(block.level, 8) } });
      case 'table': {
        const columns = Math.max(...block.rows.map((r) => r.length));
        const width = Math.floor(9000 / columns);
        return new Table({
          width: { size: width * columns, type: WidthType.DXA },
          columnWidths: Array.from({ length: columns }, () => width),
          rows: block.rows.map((row, r) => new TableRow({ children: Array.from({ length: columns }, (_, i) => cell([new Paragraph({ children: [new TextRun({ text: row[i] ?? '', bold: r === 0 })] })], width, r === 0 ? HEADER_SHADING : undefined)) })),
        });
      }
    }
  });
}
