/**
 * Consultations: the consultation model, the response template, reading responses, the conclusion report.
 * @module
 */
export * from './consultation.js';
export { parseConsultation, type ParseConsultationResult } from './parse-consultation.js';
export { extractSeed, cleanLine, type SeedExtraction } from './extract-seed.js';
export { parseConclusions, type Conclusions, type NextStep } from './conclusions.js';
export { loadConsultation, consultationIds, type ConsultationBundle } from './load-consultation.js';
export { changedClauses, draftingClauses, type ChangedClause } from './changed-clauses.js';
export { templateFields, type FieldKeys, type FieldRef } from './field-keys.js';
export { buildTemplate, templateValues, versionOf, CONSULTATION_PROPERTY, FORM_PROPERTY, type TemplateInput } from './build-template.js';
export { fillTemplate, expectedText, type FillBlock, type FillOptions, type FillRun, type FillValue } from './fill-template.js';
export { readResponse, fieldValue, type ReadResult, type ResponseReader } from './read-response.js';
export { readResponses } from './read-responses.js';
export { responsesToCsv, responsesToJson, RESPONSES_SCHEMA_VERSION } from './responses-output.js';
export { reportModel, POSITION_COLUMNS, type Audience, type ReportModel, type ReportInput, type ReportQuestion, type ReportPoint } from './report-model.js';
export { reportToDocx } from './report-docx.js';
export { reportToMarkdown } from './report-md.js';
export { makeTemplate, makeResponses, makeReport, checkRedaction, templateWording, conformanceLines, type WordingTexts } from './consultation-outputs.js';
export { verifyRedaction, type RedactionCheck } from './verify-redaction.js';
export { redactionLog } from './redaction-log.js';
export { responseSetFromJson, traceSummaryFromJson, JsonShapeError, type TraceSummary } from './validate-json.js';
export { sampleResponses } from './sample-responses.js';
export { lintConsultation, consultationRules } from './lint/lint-consultation.js';
export { lintConsultationFiles } from './lint/lint-consultation-files.js';
export type { ConsultationLintInput, ConsultationRule } from './lint/consultation-rule.js';
export { readWording, fill, longDate, longDateTime, WORDING_FILES, type ReportWording, type TemplateWording } from './wording.js';
