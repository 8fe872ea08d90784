/**
 * The shape of a benchmark run, as written to `out/bench.json`.
 * @module
 */
import type { EditSummary } from './edit-synthetic.js';

/** Stages timed in-process. */
export const STAGES = ['parse', 'lint', 'delta', 'json', 'md', 'html', 'docx', 'build'] as const;

/** One in-process stage. */
export type StageName = (typeof STAGES)[number];

/** What the in-process child reports. */
export interface InProcessResult {
  /** Median milliseconds per stage (`parse` and `lint` cover both versions). */
  stages: Partial<Record<StageName, number>>;
  /** Size of each rendered delta, in characters (json, md, html) or bytes (docx). */
  outputBytes: Record<string, number>;
  /** Files `build` produced. */
  buildOutputs: number;
  /** Error diagnostics `build` reported. */
  buildErrors: number;
  /** Clauses of each version. */
  clauses: { old: number; new: number };
  /** Lint errors in the two versions (0 for generated documents). */
  lintErrors: number;
  /** Clause changes in the delta. */
  changes: number;
  /** The delta's counts by kind. */
  stats: Record<string, number>;
}

/** Whole processes timed: `tmad` commands, and git's word diff for comparison. */
export const PROCESSES = ['parse', 'lint', 'diff', 'diff-json', 'diff-md', 'diff-html', 'diff-docx', 'diff-all', 'build', 'git'] as const;

/** One whole-process measurement. */
export type ProcessName = (typeof PROCESSES)[number];

/** Wall time and peak memory of one process. */
export interface ProcessTiming {
  /** The command line, for people. */
  command: string;
  /** Median wall time, milliseconds. */
  wallMs: number;
  /** Peak resident set size in MB, when measured. */
  maxRssMb: number | null;
}

/** Everything measured at one size. */
export interface SizeResult {
  /** The size asked for, in words. */
  targetWords: number;
  /** Words (white-space separated, as `wc -w` counts) of each version. */
  words: { old: number; new: number };
  /** Bytes of each version. */
  bytes: { old: number; new: number };
  /** The edits between the versions. */
  edits: EditSummary;
  /** In-process stage timings, and the child's peak memory. */
  inProcess: InProcessResult & { maxRssMb: number | null };
  /** Whole-process timings. */
  processes: Partial<Record<ProcessName, ProcessTiming>>;
  /** Reading the new version back from .docx and PDF, next to reading its Markdown (absent when not run). */
  imports?: ImportResult;
}

/** Reading one version in another format: the time and what came back, or why it was not measured. */
export type FormatImport = { ms: number; bytes: number; clauses: number; sameClauses: number } | { skipped: string };

/** Reading the new version from Markdown, .docx and PDF. */
export interface ImportResult {
  /** Median milliseconds to read the Markdown into a `Document` (the baseline). */
  markdownParseMs: number;
  /** Clauses from the Markdown. */
  clauses: number;
  /** Our clean .docx of it, read back. */
  docx: FormatImport;
  /** That .docx printed to PDF by LibreOffice, read back. */
  pdf: FormatImport;
}

/** A whole benchmark run. */
export interface BenchResult {
  /** Version of this JSON form. */
  schemaVersion: 1;
  /** Seed of the generated documents. */
  seed: number;
  /** Runs per measurement (the median is kept). */
  repeat: number;
  /** The machine: Node version, platform, CPU count and model. */
  machine: { node: string; platform: string; cpus: number; cpuModel: string };
  /** Results by size, smallest first. */
  sizes: SizeResult[];
  /** The targets of issues 6 and 14, evaluated. */
  targets: TargetResult[];
}

/** One target, evaluated. */
export interface TargetResult {
  /** What is required. */
  target: string;
  /** The measured value, as text. */
  measured: string;
  /** `true` met, `false` missed, `null` not measured in this run. */
  met: boolean | null;
}
