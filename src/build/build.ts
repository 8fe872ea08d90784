/**
 * `tmad build` as a pure function: input files in, output files and diagnostics out.
 * @module
 */
import { lintDocument } from '../lint/lint-document.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { compareClauseIds } from '../model/clause-id.js';
import { ReadVersionError } from '../read/read-error.js';
import { readVersion } from '../read/read-version.js';
import type { BuildContext, BuildOutput, BuildStep, BuildVersion } from './build-step.js';
import { buildSteps } from './registry.js';

/** Inputs of a build. */
export interface BuildInput {
  /** Every file under `documents/`, keyed by path relative to it. */
  files: ReadonlyMap<string, Uint8Array>;
  /** Every file under `templates/`, keyed by path relative to it. */
  templates?: ReadonlyMap<string, Uint8Array>;
  /** Repository files other steps read (see `BuildContext.project`). */
  project?: ReadonlyMap<string, Uint8Array>;
  /** Prefix for paths in diagnostics (default `documents/`). */
  displayRoot?: string;
}

/** Result of a build. */
export interface BuildResult {
  /** Files to write under `out/`, sorted by path. */
  outputs: BuildOutput[];
  /** Every diagnostic, of every step. */
  diagnostics: Diagnostic[];
  /** Steps run, with how many files each wrote. */
  steps: Array<{ id: string; outputs: number }>;
}

/**
 * Whether a path under `documents/` is a version of a document: `<key>/<name>.md` (or `.docx`,
 * `.pdf`), not under `consultations/`.
 * @param path Relative path.
 * @returns `true` for a version.
 */
export function isVersionPath(path: string): boolean {
  const parts = path.split('/');
  return parts.length === 2 && parts[0] !== 'consultations' && /\.(?:md|docx|pdf)$/.test(parts[1] ?? '');
}

/**
 * Run every build step. Files that are not valid UTF-8 among the versions raise an error diagnostic.
 * @param input The input files.
 * @param steps The steps (default: all registered).
 * @returns Outputs and diagnostics; the caller writes the outputs only when no diagnostic is an error.
 */
export async function build(input: BuildInput, steps: readonly BuildStep[] = buildSteps): Promise<BuildResult> {
  const root = input.displayRoot ?? 'documents/';
  const versions: BuildVersion[] = [];
  const diagnostics: Diagnostic[] = [];
  const paths = [...input.files.keys()].filter(isVersionPath).sort(compareVersionPaths);
  for (const path of paths) {
    const bytes = input.files.get(path) ?? new Uint8Array();
    let read;
    try {
      read = await readVersion(bytes, `${root}${path}`);
    } catch (error) {
      if (!(error instanceof ReadVersionError)) throw error;
      diagnostics.push({ ruleId: 'input', source: 'tmad-build', severity: 'error', reason: `The file ${error.message}`, file: `${root}${path}` });
      continue;
    }
    const { document, file } = read;
    versions.push({ path, document: lintDocument(document, file) });
  }
  const context: BuildContext = { files: input.files, versions, templates: input.templates ?? new Map(), project: input.project ?? new Map() };
  const outputs: BuildOutput[] = [];
  const stepsRun: BuildResult['steps'] = [];
  for (const step of steps) {
    const result = await step.run(context);
    outputs.push(...result.outputs);
    diagnostics.push(...result.diagnostics);
    stepsRun.push({ id: step.id, outputs: result.outputs.length });
  }
  outputs.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { outputs, diagnostics, steps: stepsRun };
}

/** `tmad/7.1.md` before `tmad/7.2.md` before `tmad/10.0.md`. */
function compareVersionPaths(a: string, b: string): number {
  const [dirA = '', nameA = ''] = a.split('/');
  const [dirB = '', nameB = ''] = b.split('/');
  if (dirA !== dirB) return dirA < dirB ? -1 : 1;
  const order = compareClauseIds(nameA.replace(/\.(?:md|docx|pdf)$/, ''), nameB.replace(/\.(?:md|docx|pdf)$/, ''));
  return order !== 0 ? order : nameA < nameB ? -1 : nameA > nameB ? 1 : 0;
}
