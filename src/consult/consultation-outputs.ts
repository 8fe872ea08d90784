/**
 * The three products of a consultation, from a loaded bundle and the wording files: the response
 * template, the response set, and the conclusion report for an audience.
 * @module
 */
import { buildTemplate } from './build-template.js';
import type { ResponseSet } from './consultation.js';
import { templateFields } from './field-keys.js';
import type { ConsultationBundle } from './load-consultation.js';
import { readResponses } from './read-responses.js';
import { reportToDocx } from './report-docx.js';
import { reportToMarkdown } from './report-md.js';
import { reportModel, type Audience } from './report-model.js';
import type { TraceSummary } from './validate-json.js';
import { redactionLog } from './redaction-log.js';
import { verifyRedaction, type RedactionCheck } from './verify-redaction.js';
import { readWording, REPORT_KEYS, TEMPLATE_KEYS, type ReportWording, type TemplateWording } from './wording.js';

/** The wording files' texts (from `templates/`). */
export interface WordingTexts {
  /** `response-template.yaml`. */
  template: string;
  /** `conclusion-report.yaml`. */
  report: string;
}

/**
 * Parse the template wording.
 * @param texts Wording texts.
 * @returns The template wording.
 */
export function templateWording(texts: WordingTexts): TemplateWording {
  return readWording<TemplateWording>(texts.template, 'templates/response-template.yaml', TEMPLATE_KEYS);
}

/**
 * The response template of a consultation.
 * @param bundle The consultation.
 * @param texts Wording.
 * @returns .docx bytes.
 */
export function makeTemplate(bundle: ConsultationBundle, texts: WordingTexts): Promise<Uint8Array> {
  return buildTemplate({ consultation: bundle.consultation, clauses: bundle.clauses, wording: templateWording(texts) });
}

/**
 * Read response files against a consultation's template.
 * @param bundle The consultation.
 * @param texts Wording (labels and placeholders key the fields).
 * @param files Names and bytes (default: the bundle's `responses/` files).
 * @returns The response set.
 */
export function makeResponses(bundle: ConsultationBundle, texts: WordingTexts, files: ReadonlyArray<{ name: string; bytes: Uint8Array }> = bundle.responseFiles): Promise<ResponseSet> {
  const wording = templateWording(texts);
  const fields = templateFields(bundle.consultation, bundle.clauses.map((c) => c.label), wording);
  return readResponses(files, { consultation: bundle.consultation, fields, wording });
}

/**
 * Conformance lines for the report annex from a trace report.
 * @param trace The trace report (in memory, or `tmad trace --format json` read by `traceSummaryFromJson`).
 * @returns Lines: the summary, then the first 20 findings.
 */
export function conformanceLines(trace: TraceSummary): string[] {
  const counts = Object.entries(trace.counts)
    .filter(([, n]) => n > 0)
    .map(([status, n]) => `${n} ${status}`)
    .join(', ');
  const lines = [`${trace.documentKey} ${trace.version}: ${counts}; policy ${trace.passed ? 'passed' : 'failed'}${trace.hasResults ? '' : ' (no test results given)'}.`];
  for (const finding of trace.findings.slice(0, 20)) lines.push(`${finding.level}: ${finding.clauseId}: ${finding.message}`);
  return lines;
}

/**
 * The conclusion report for an audience.
 * @param bundle The consultation (with conclusions).
 * @param responses The response set.
 * @param texts Wording.
 * @param audience `beis` or `public`.
 * @param conformance Conformance lines, when trace results exist.
 * @returns .docx bytes and Markdown.
 * @throws Error when the consultation has no conclusions file.
 */
export async function makeReport(bundle: ConsultationBundle, responses: ResponseSet, texts: WordingTexts, audience: Audience, conformance: string[] | null = null): Promise<{ docx: Uint8Array; markdown: string }> {
  if (!bundle.conclusions) throw new Error(`consultation ${bundle.consultation.id} has no conclusions.md: DCC's responses are needed for the report`);
  const wording = readWording<ReportWording>(texts.report, 'templates/conclusion-report.yaml', REPORT_KEYS);
  const model = reportModel({ consultation: bundle.consultation, responses, conclusions: bundle.conclusions, finalDelta: bundle.finalDelta, redlineDelta: bundle.redlineDelta, wording, conformance }, audience);
  return { docx: await reportToDocx(model), markdown: reportToMarkdown(model) };
}

/**
 * Check a public report against the BEIS report (see `verifyRedaction`) and write the redaction
 * log for BEIS. The build calls this after writing both reports; `tmad report --verify` on files.
 * @param bundle The consultation.
 * @param responses The response set the reports were made from (for the log's reasons).
 * @param texts Wording.
 * @param reports The two reports' Markdown, and their file names for diagnostics.
 * @returns The check and the log (Markdown, for BEIS only).
 */
export function checkRedaction(bundle: ConsultationBundle, responses: ResponseSet, texts: WordingTexts, reports: { beis: string; public: string; files?: { beis: string; public: string } }): { check: RedactionCheck; log: string } {
  const wording = readWording<ReportWording>(texts.report, 'templates/conclusion-report.yaml', REPORT_KEYS);
  const check = verifyRedaction(reports.beis, reports.public, wording, reports.files);
  return { check, log: redactionLog(responses, bundle.consultation, wording, check) };
}
