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

/**
 * The matrix of the configured version.
 * @param context The build context (`project` holds the config, lock, sources and results).
 * @returns The two files, or nothing when the repository has no trace config.
 */
export function traceMatrix(context: BuildContext): BuildStepResult {
  const project = context.project ?? new Map<string, Uint8Array>();
  const configText = text(project, CONFIG_FILE);
  if (configText === undefined) return { outputs: [], diagnostics: [] };
  const configRead = readTraceConfig(configText);
  if ('reason' in configRead) return { outputs: [], diagnostics: [problem(configRead.file, configRead.reason)] };
  const { config } = configRead;
  if (!config.document) return { outputs: [], diagnostics: [] };
  const version = context.versions.find((entry) => entry.document.file === config.document || config.document?.endsWith(`/${entry.path}`));
  if (!version) return { outputs: [], diagnostics: [problem(CONFIG_FILE, `Unexpected trace.document \`${config.document}\`, expected a version under documents/`)] };
  const { document } = version;
  const documentKey = document.meta.document ?? 'TMAD';
  const lockRead = readTraceLock(text(project, config.lock), config.lock, documentKey);
  if ('reason' in lockRead) return { outputs: [], diagnostics: [problem(lockRead.file, lockRead.reason)] };
  const resultFiles = config.results.flatMap((path) => {
    const content = text(project, path);
    return content === undefined ? [] : [{ path, text: content }];
  });
  const resultsRead = readResultsFiles(resultFiles);
  if ('reason' in resultsRead) return { outputs: [], diagnostics: [problem(resultsRead.file, resultsRead.reason)] };
  const sources = [...project.keys()].filter((path) => isTraceSource(path, config.src, config.ignore)).map((path) => ({ path, text: text(project, path) ?? '' }));
  const directory = version.path.includes('/') ? version.path.slice(0, version.path.lastIndexOf('/') + 1) : '';
  const versions = new Map<string, Document>();
  for (const other of context.versions) if (other.path.startsWith(directory) && other !== version) versions.set(String(other.document.meta.version ?? ''), other.document);
  const { report } = traceSources({ document, sources, results: resultFiles.length > 0 ? resultsRead.results : undefined, lock: lockRead.lock, config, versions, computeDelta });
  const base = `trace/${documentKey.toLowerCase()}-${report.version}-matrix`;
  const diagnostics = resultFiles.length > 0 ? [] : [problem(CONFIG_FILE, `No test results found (${config.results.join(', ') || 'trace.results is empty'}): the traceability matrix is built without them`, 'info')];
  return { outputs: [{ path: `${base}.md`, content: reportTraceMarkdown(report) }, { path: `${base}.html`, content: reportTraceHtml(report) }], diagnostics };
}

/** Writes `out/trace/tmad-<version>-matrix.{md,html}` for the version in `tmad.config.json`. */
export const traceMatrixStep: BuildStep = {
  id: 'trace',
  description: 'the traceability matrix of the version in tmad.config.json: out/trace/tmad-<version>-matrix.{md,html}',
  run: traceMatrix,
};
