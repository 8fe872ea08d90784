/**
 * Choosing a trace report format.
 * @module
 */
import { assertNever } from '../../model/assert-never.js';
import type { TraceReport } from '../types.js';
import { reportTraceHtml } from './report-html.js';
import { reportTraceJson } from './report-json.js';
import { reportTraceJunit } from './report-junit.js';
import { reportTraceMarkdown } from './report-markdown.js';
import { reportTraceSarif } from './report-sarif.js';
import { reportTraceText } from './report-text.js';

/** The formats of `tmad trace --format`. */
export const TRACE_FORMATS = ['text', 'json', 'junit', 'sarif', 'md', 'html'] as const;

/** A trace report format. */
export type TraceFormat = (typeof TRACE_FORMATS)[number];

/**
 * Render a trace report.
 * @param report The report.
 * @param format The format.
 * @returns The text of the report.
 */
export function renderTraceReport(report: TraceReport, format: TraceFormat): string {
  switch (format) {
    case 'text':
      return reportTraceText(report);
    case 'json':
      return reportTraceJson(report);
    case 'junit':
      return reportTraceJunit(report);
    case 'sarif':
      return reportTraceSarif(report);
    case 'md':
      return reportTraceMarkdown(report);
    case 'html':
      return reportTraceHtml(report);
    default:
      return assertNever(format);
  }
}
