/**
 * tmad: the public API. The command-line interface is `tmad` (src/cli); everything here is pure.
 * @module
 */
export * from './model/index.js';
export * from './parse/index.js';
export * from './lint/index.js';
export * from './build/index.js';
export { documentToJson } from './render/document-json.js';
export { documentOutline } from './render/document-outline.js';
export * from './delta/index.js';
export { renderDeltaMarkdown } from './render/delta-md.js';
export { renderDeltaHtml } from './render/delta-html.js';
export { renderDeltaJson } from './render/delta-json.js';
export { changeSummaryRows, SUMMARY_COLUMNS, type SummaryRow } from './render/change-summary.js';
export { renderDocxRedline, renderDocxClean, redlineBody, type RedlineOptions } from './render/docx/index.js';
export * from './docx/index.js';
export * from './consult/index.js';
export * from './trace/index.js';
export * as migration from './migration/index.js';
