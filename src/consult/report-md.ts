/**
 * The conclusion report as Markdown.
 * @module
 */
import { RESPONDENT_CATEGORIES } from './consultation.js';
import { markdownText } from './markdown-text.js';
import { SMALL_CELL } from './position-counts.js';
import { answerLines, BAR, groupLines } from './report-text.js';
import { POSITION_COLUMNS, type ReportModel } from './report-model.js';
import { fill, longDate } from './wording.js';

/**
 * Render the report as Markdown (GitHub tables).
 * @param model The report model (already filtered for its audience).
 * @returns Markdown text.
 */
export function reportToMarkdown(model: ReportModel): string {
  const w = model.wording;
  const out: string[] = [`# ${model.title}`, '', `**${model.audienceNote}**`, '', `${model.author}, ${longDate(model.date)}`, ''];
  out.push(`## 1 ${w.headings.introduction}`, '');
  for (const section of model.introduction) out.push(`### ${section.title}`, '', ...section.paragraphs.flatMap((p) => [p, '']));
  out.push(`## 2 ${w.headings.consultation}`, '', model.consultationText, '');
  out.push(table(['Question', 'Text'], model.questions.map((q) => [q.id, q.text])), '');
  out.push(table(['Clauses', 'Drafting change proposed'], model.drafting.map((d) => [d.clauses.join(', '), d.description])), '');
  out.push(`## 3 ${w.headings.questions}`, '');
  for (const question of model.questions) {
    out.push(`### ${question.id}`, '', `> ${question.text}`, '', `**${w.countsCaption}**`, '');
    const rows = question.counts.map((row) => [row.label, ...POSITION_COLUMNS.map((p) => String(row.counts[p])), bars(row.counts)]);
    const totals = POSITION_COLUMNS.map((p) => question.counts.reduce((sum, row) => sum + row.counts[p], 0));
    rows.push(['**Total**', ...totals.map((t) => `**${t}**`), '']);
    out.push(table(['Category', ...POSITION_COLUMNS.map((p) => (p === 'None' ? 'No position' : p)), 'Chart (A agree, D disagree, N neutral)'], rows), '');
    if (model.audience === 'public') out.push(`_${fill(w.smallCells, { smallCell: SMALL_CELL })}_`, '');
    if (question.confidentialAnswers > 0) out.push(`_${fill(w.confidentialCounted, { count: question.confidentialAnswers })}_`, '');
    if (question.withheld > 0) out.push(`_${fill(w.withheld, { count: question.withheld })}_`, '');
    out.push(`#### ${w.pointsHeading}`, '');
    if (question.points.length === 0) out.push(`_${w.noPoints}_`, '');
    for (const point of question.points) {
      out.push(`**${markdownText(point.who)}**${point.category ? ` (${point.category})` : ''}: ${point.position}${point.confidential ? ` — **[${w.confidentialMark}]**` : ''}`, '');
      out.push(...linesMd(point.text), '');
    }
    out.push(`#### ${w.dccResponseHeading}`, '', ...question.dccResponse.flatMap((p) => [p, '']));
  }
  if (model.clauseComments.length > 0 || model.audience === 'public') {
    out.push('### Comments on the legal drafting', '');
    if (model.clauseComments.length > 0) out.push(table(['Clause', 'Respondent', 'Comment'], model.clauseComments.map((c) => [markdownText(c.clause), `${markdownText(c.who)}${c.confidential ? ` **[${w.confidentialMark}]**` : ''}`, markdownText(c.comment).replace(/\n/g, ' ')])), '');
    if (model.audience === 'public') out.push(`_${w.commentsWithheld}_`, '');
  }
  out.push(`## 4 ${w.headings.changes}`, '');
  if (model.changes.length === 0) out.push(w.noChanges, '');
  else out.push(fill(w.changesIntro, model.versions), '', table(w.changesColumns, model.changes.map((c) => [c.clause, c.kind, c.summary])), '');
  out.push(`## 5 ${w.headings.nextSteps}`, '', table(['Date', 'Step'], model.nextSteps.map((s) => [s.date ? longDate(s.date) : '', s.text])), '');
  out.push(`## 6 ${w.headings.annexes}`, '', `### ${w.headings.respondents}`, '');
  if (model.audience === 'public') out.push(table(w.respondentColumns.slice(0, 3), model.respondents.map((r) => [markdownText(r.name), markdownText(r.organisation), r.category])), '');
  else out.push(table([...w.respondentColumns, w.publicationColumn], model.respondents.map((r) => [markdownText(r.name), markdownText(r.organisation), r.category, r.confidential ? `**${w.confidentialMark}**` : 'No', r.publication ? w.publicationLabels[r.publication] : ''])), '');
  if (model.confidentialRespondents > 0) out.push(`_${fill(w.unlisted, { count: model.confidentialRespondents })}_`, '');
  out.push(`### ${fill(w.headings.redline, model.versions)}`, '');
  if (model.redline) {
    const changed = model.redline.changes.filter((c) => c.kind !== 'unchanged');
    out.push('The Word version of this report carries the redline as tracked changes. Changed clauses:', '');
    out.push(table(['Clause', 'Change', 'Summary'], changed.map((c) => [(c.newIds.length > 0 ? c.newIds : c.oldIds).join(', '), c.kind, c.summary])), '');
  } else out.push(w.redlineMissing, '');
  out.push(`### ${w.headings.conformance}`, '');
  if (model.conformance) out.push(...model.conformance.map((line) => `- ${line}`), '');
  else out.push(`_${w.noConformance}_`, '');
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function bars(counts: Readonly<Record<string, number>>): string {
  return [['A', counts.Agree ?? 0], ['D', counts.Disagree ?? 0], ['N', counts.Neutral ?? 0]]
    .filter(([, n]) => Number(n) > 0)
    .map(([label, n]) => `${label} ${BAR.repeat(Number(n))}`)
    .join(' ');
}

function linesMd(text: string): string[] {
  return groupLines(answerLines(text)).flatMap((block) => {
    switch (block.kind) {
      case 'paragraph':
        return ['', markdownText(block.text), ''];
      case 'bullet':
        return [`${'  '.repeat(block.level)}- ${markdownText(block.text)}`];
      case 'table': {
        const [head = [], ...rest] = block.rows;
        return ['', table(head.map(markdownText), rest.map((r) => r.map(markdownText))), ''];
      }
    }
  });
}

function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  // Cells are already escaped (untrusted text by markdownText, which escapes `|`); only line ends are joined.
  const cell = (text: string): string => text.replace(/(?<!\\)\|/g, '\\|').replace(/\n/g, ' ');
  return [`| ${header.map(cell).join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${header.map((_, i) => cell(row[i] ?? '')).join(' | ')} |`)].join('\n');
}

/** Category order used by the tables (exported for tests). */
export const CATEGORY_ORDER = RESPONDENT_CATEGORIES;
