/**
 * The redaction log for BEIS: what the public report withholds, from whom, and why (the
 * respondent's choice, their reason, or how an unclear answer was read), with the result of the
 * check of the public report against the BEIS report.
 * @module
 */
import type { Consultation, Response, ResponseSet } from './consultation.js';
import { markdownText } from './markdown-text.js';
import type { RedactionCheck } from './verify-redaction.js';
import type { ReportWording } from './wording.js';

/**
 * The log as Markdown (for BEIS only: it names every respondent).
 * @param set The responses.
 * @param consultation The consultation.
 * @param wording The report wording (publication labels).
 * @param check The result of `verifyRedaction`.
 * @returns Markdown.
 */
export function redactionLog(set: ResponseSet, consultation: Consultation, wording: ReportWording, check: RedactionCheck): string {
  const rows: string[][] = [];
  for (const response of set.responses) for (const [what, why] of withheldParts(response, consultation, wording)) rows.push([response.respondent.name, response.respondent.organisation, what, why]);
  const cell = (text: string): string => markdownText(text).replace(/\n/g, ' ');
  const out = [
    `# Redaction log: ${markdownText(consultation.title)}`,
    '',
    `**${wording.confidentialMark}: for BEIS, not for publication.**`,
    '',
    `Check of the public report against the BEIS report: ${check.ok ? 'passed: every difference is a withheld, marked part and the counts reconcile' : `FAILED (${check.diagnostics.length} finding(s))`}.`,
    '',
    '| Respondent | Organisation | Withheld from the public report | Why |',
    '|---|---|---|---|',
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
    '',
    '| Question | Answers (BEIS) | Published | Withheld |',
    '|---|---|---|---|',
    ...check.counts.map((c) => `| ${cell(c.question)} | ${c.beis} | ${c.public} | ${c.withheld} |`),
    '',
  ];
  if (!check.ok) out.push('## Findings', '', ...check.diagnostics.map((d) => `- ${d.file}:${d.place?.start.line ?? 0}: ${cell(d.reason)}`), '');
  return `${out.join('\n')}`;
}

function withheldParts(response: Response, consultation: Consultation, wording: ReportWording): Array<[string, string]> {
  const reason = response.confidentialReason ? ` (reason given: ${response.confidentialReason})` : '';
  const readAs = (what: string): string => {
    const note = response.notes.find((n) => n.startsWith(`${what}:`));
    return note ? ` (${note.slice(what.length + 2)})` : '';
  };
  if (response.confidential) return [['the whole response: name, organisation, every answer and comment', `marked confidential${reason}${readAs('whole response')}`]];
  if (response.publication === 'none') return [['the whole response: name, organisation, every answer and comment', `the respondent chose "${wording.publicationLabels.none}"`]];
  const parts: Array<[string, string]> = [];
  if (response.publication === 'anonymous') parts.push(['name and organisation', `the respondent chose to be published ${wording.publicationLabels.anonymous}`]);
  else if (response.publication === 'organisation' && response.respondent.name.trim() !== '') parts.push(['name', `the respondent's choice: ${wording.publicationLabels.organisation} (the default)`]);
  for (const answer of response.answers) {
    if (!answer.confidential) continue;
    const question = consultation.questions.find((q) => q.id === answer.questionId)?.id ?? answer.questionId;
    parts.push([`answer to ${question}`, `marked confidential${reason}${readAs(question)}`]);
  }
  for (const comment of response.clauseComments) if (comment.confidential) parts.push([`comment on clause ${comment.clause}`, `marked confidential${reason}${readAs(`clause ${comment.clause}`)}`]);
  return parts;
}
