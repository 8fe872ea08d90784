/**
 * The shape of a build step: `tmad build` runs every registered step over the documents.
 * @module
 */
import type { Diagnostic } from '../model/diagnostic.js';
import type { Document } from '../model/document.js';
import type { BuildShared } from './shared.js';

/** A version found under `documents/`, parsed and linted. */
export interface BuildVersion {
  /** Path relative to `documents/`, e.g. `tmad/8.1.md`. */
  path: string;
  /** The document (diagnostics include lint findings). */
  document: Document;
}

/** What every step sees: all input files and the parsed versions. */
export interface BuildContext {
  /** Every file under `documents/`, keyed by path relative to it (`/` separators). */
  files: ReadonlyMap<string, Uint8Array>;
  /** Every TMAD version (`documents/<key>/*.md` outside `consultations/`), sorted by path. */
  versions: readonly BuildVersion[];
  /** Every file under `templates/`, keyed by path relative to it. */
  templates: ReadonlyMap<string, Uint8Array>;
  /**
   * Repository files outside `documents/` and `templates/` that steps read, keyed by path relative
   * to the repository root: the trace config (`tmad.config.json`), lock file, linked test sources
   * and test results (see `readTraceProjectFiles`). Absent or empty when the caller gives none.
   */
  project?: ReadonlyMap<string, Uint8Array>;
  /** PDFs will be made beside the Word files (so pages may link to them). */
  pdf?: boolean;
  /** Results several steps need, computed once per build (absent when a caller builds a context by hand: steps then compute their own). */
  shared?: BuildShared;
}

/** A file a step produces, relative to `out/`. */
export interface BuildOutput {
  /** Path relative to `out/`, e.g. `tmad/8.1.json`. */
  path: string;
  /** Content. */
  content: string | Uint8Array;
  /** Publishable: nothing confidential in it (written under `out/public/`, with the site). */
  public?: boolean;
}

/** What a step returns. */
export interface BuildStepResult {
  /** Files to write. */
  outputs: BuildOutput[];
  /** Problems found (errors stop the build from writing anything). */
  diagnostics: Diagnostic[];
  /** What the step did not write, and why (e.g. `focb: no responses yet, no report`), for the build's summary. */
  skipped?: string[];
}

/** One stage of `tmad build`. */
export interface BuildStep {
  /** Short id, e.g. `models`. */
  id: string;
  /** What it writes, for `tmad build --help`. */
  description: string;
  /** Produce outputs from the context. Pure: no file system. */
  run(context: BuildContext): Promise<BuildStepResult> | BuildStepResult;
}
