/**
 * Build step: the traceability matrix (Markdown and HTML) of the version named in the trace
 * config, from the linked checks, the lock file and, when a results file exists, the test results.
 * Without results the matrix says so (every linked clause shows as unverified).
 * @module
 */
import { computeDelta } from '../../delta/compute-delta.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { Document } from '../../model/document.js';
import { reportTraceHtml } from '../../trace/render/report-html.js';
import type { TraceReport } from '../../trace/types.js';
import { reportTraceMarkdown } from '../../trace/render/report-markdown.js';
import { CONFIG_FILE, isTraceSource, readResultsFiles, readTraceConfig, readTraceLock, traceSources } from '../../trace/trace-project.js';
import type { BuildContext, BuildStep, BuildStepResult } from '../build-step.js';

const decoder = new TextDecoder();

function text(files: ReadonlyMap<string, Uint8Array>, path: string): string | undefined {
  const bytes = files.get(path);
  return bytes === undefined ? undefined : decoder.decode(bytes);
}

function problem(file: string, reason: string, severity: Diagnostic['severity'] = 'error'): Diagnostic {
  return { ruleId: 'trace-input', source: 'tmad-trace', severity, reason, file };
}

/** The trace report of the configured version, with what was found on the way. */
export interface BuildTrace {
  /** The report, or `undefined` when the repository has no usable trace config. */
  report: TraceReport | undefined;
  /** Problems and notes. */
  diagnostics: Diagnostic[];
}

/**
 * The trace report of the version named in the trace config, from the linked checks, the lock
 * file and, when a results file exists, the test results. Shared by the matrix step and the
 * consultation step (the conclusion report's conformance annex).
 * @param context The build context (`project` holds the config, lock, sources and results).
 * @returns The report (absent when there is no trace config) and diagnostics.
 */
export function buildTrace(context: BuildContext): BuildTrace {
  return context.shared ? context.shared.trace() : computeBuildTrace(context);
}

/**
 * Compute the trace report (see `buildTrace`, which computes it once per build).
 * @param context The build context.
 * @returns The report and diagnostics.
 */
export function computeBuildTrace(context: Omit<BuildContext, 'shared'>): BuildTrace {
  const none = (diagnostics: Diagnostic[] = []): BuildTrace => ({ report: undefined, diagnostics });
  const project = context.project ?? new Map<string, Uint8Array>();
  const configText = text(project, CONFIG_FILE);
  if (configText === undefined) return none();
  const configRead = readTraceConfig(configText);
  if ('reason' in configRead) return none([problem(configRead.file, configRead.reason)]);
  const { config } = configRead;
  if (!config.document) return none();
  const version = context.versions.find((entry) => entry.document.file === config.document || config.document?.endsWith(`/${entry.path}`));
  if (!version) return none([problem(CONFIG_FILE, `Unexpected trace.document \`${config.document}\`, expected a version under documents/`)]);
  const { document } = version;
  const documentKey = document.meta.document ?? 'TMAD';
  const lockRead = readTraceLock(text(project, config.lock), config.lock, documentKey);
  if ('reason' in lockRead) return none([problem(lockRead.file, lockRead.reason)]);
  const resultFiles = config.results.flatMap((path) => {
    const content = text(project, path);
    return content === undefined ? [] : [{ path, text: content }];
  });
  const resultsRead = readResultsFiles(resultFiles);
  if ('reason' in resultsRead) return none([problem(resultsRead.file, resultsRead.reason)]);
  const sources = [...project.keys()].filter((path) => isTraceSource(path, config.src, config.ignore)).map((path) => ({ path, text: text(project, path) ?? '' }));
  const directory = version.path.includes('/') ? version.path.slice(0, version.path.lastIndexOf('/') + 1) : '';
  const versions = new Map<string, Document>();
  for (const other of context.versions) if (other.path.startsWith(directory) && other !== version) versions.set(String(other.document.meta.version ?? ''), other.document);
  const { report } = traceSources({ document, sources, results: resultFiles.length > 0 ? resultsRead.results : undefined, lock: lockRead.lock, config, versions, computeDelta });
  const diagnostics = resultFiles.length > 0 ? [] : [problem(CONFIG_FILE, `No test results found (${config.results.join(', ') || 'trace.results is empty'}): the traceability matrix is built without them`, 'info')];
  return { report, diagnostics };
}

/**
 * The matrix of the configured version.
 * @param context The build context.
 * @returns The two files, or nothing when the repository has no trace config.
 */
export function traceMatrix(context: BuildContext): BuildStepResult {
  const { report, diagnostics } = buildTrace(context);
  if (!report) return context.project?.has(CONFIG_FILE) ? { outputs: [], diagnostics, skipped: ['trace: no trace.document in tmad.config.json, no matrix'] } : { outputs: [], diagnostics };
  const base = `trace/${report.documentKey.toLowerCase()}-${report.version}-matrix`;
  return { outputs: [{ path: `${base}.md`, content: reportTraceMarkdown(report), public: true }, { path: `${base}.html`, content: reportTraceHtml(report), public: true }], diagnostics };
}

/** Writes `out/trace/tmad-<version>-matrix.{md,html}` for the version in `tmad.config.json`. */
export const traceMatrixStep: BuildStep = {
  id: 'trace',
  description: 'the traceability matrix of the version in tmad.config.json: out/trace/tmad-<version>-matrix.{md,html}',
  run: traceMatrix,
};
