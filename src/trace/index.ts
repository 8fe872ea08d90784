/**
 * Conformance tracing: links between checks and clauses, test results, staleness, policy and reports.
 * @module
 */
export * from './types.js';
export { findClauseAddresses } from './scan/clause-addresses.js';
export { scanLinks, languageOf, type SourceFile } from './scan/scan-sources.js';
export { readJUnit, decodeXmlText, type JUnitReadResult } from './junit-read.js';
export { resultsOfLink, resultMatchesLink, combinedOutcome } from './match-results.js';
export { parseTraceConfig, levelFor, DEFAULT_POLICY, DEFAULT_TRACE_CONFIG, type TraceConfig, type TracePolicy, type RuleSetting, type RuleLevel } from './config.js';
export { parseLock, serialiseLock, canonicalLock, emptyLock, lockedLinkOf, LOCK_VERSION, type TraceLock, type LockedLink, type ReviewedText } from './lock.js';
export { resolveLink, type DeltaFunction, type Resolution } from './resolve-link.js';
export { traceDocument, clauseStatus, type TraceInput } from './trace-document.js';
export { reviewClauses, type ClauseReview, type ReviewResult } from './review.js';
export { fixLinks, type FixResult, type LinkFix } from './fix.js';
export { renderTraceReport, TRACE_FORMATS, type TraceFormat } from './render/render-report.js';
export { reportTraceText } from './render/report-text.js';
export { reportTraceJson, TRACE_JSON_VERSION } from './render/report-json.js';
export { reportTraceJunit } from './render/report-junit.js';
export { reportTraceSarif, SARIF_SCHEMA } from './render/report-sarif.js';
export { reportTraceMarkdown } from './render/report-markdown.js';
export { reportTraceHtml } from './render/report-html.js';
