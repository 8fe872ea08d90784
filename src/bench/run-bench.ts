/**
 * Running the benchmark: for each size, generate the pair under the work directory, time every
 * stage in a child process (in-process timings and its peak memory), time each `tmad` command as
 * a whole process, and time git's word diff on the same pair.
 * @module
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateTargets } from './bench-report.js';
import type { BenchResult, ImportResult, InProcessResult, ProcessName, ProcessTiming, SizeResult } from './bench-result.js';
import { generatePairWithSummary } from './generate-document.js';
import { medianRun, runCommand, runNode, type ProcessRun } from './measure.js';

/** Options of a run. */
export interface BenchOptions {
  /** Sizes in words. */
  sizes: readonly number[];
  /** Seed of the generated documents. */
  seed: number;
  /** Runs per measurement below `singleRunFrom` words (the median is kept). */
  repeat: number;
  /** Sizes from which every measurement runs once (they take seconds each). */
  singleRunFrom: number;
  /** Work directory for generated documents and outputs (never committed), e.g. `out/bench`. */
  workDir: string;
  /** Repository root (for `templates/`). */
  root: string;
  /** Progress messages. */
  log: (message: string) => void;
}

/**
 * Run the benchmark.
 * @param options Sizes, seed, repeats, directories.
 * @returns The results, with the targets evaluated.
 */
export function runBench(options: BenchOptions): BenchResult {
  const sizes = [...options.sizes].sort((a, b) => a - b).map((words) => measureSize(words, options));
  const cpu = cpus();
  return {
    schemaVersion: 1,
    seed: options.seed,
    repeat: options.repeat,
    machine: { node: process.version, platform: `${process.platform}-${process.arch}`, cpus: cpu.length, cpuModel: cpu[0]?.model.trim() ?? 'unknown' },
    sizes,
    targets: evaluateTargets(sizes),
  };
}

function measureSize(targetWords: number, options: BenchOptions): SizeResult {
  const repeat = targetWords >= options.singleRunFrom ? 1 : options.repeat;
  const dir = join(options.workDir, String(targetWords));
  rmSync(dir, { recursive: true, force: true });
  const documents = join(dir, 'documents');
  mkdirSync(join(documents, 'syn'), { recursive: true });
  options.log(`${targetWords.toLocaleString('en-GB')} words: generating`);
  const pair = generatePairWithSummary({ words: targetWords, seed: options.seed });
  const oldPath = join(documents, 'syn', '1.0.md');
  const newPath = join(documents, 'syn', '1.1.md');
  writeFileSync(oldPath, pair.old);
  writeFileSync(newPath, pair.next);

  options.log(`${targetWords.toLocaleString('en-GB')} words: in-process stages`);
  const resultPath = join(dir, 'in-process.json');
  const child = runNode(here('in-process.js'), [oldPath, newPath, String(repeat), resultPath], dir);
  if (child.status !== 0) throw new Error(`in-process run failed (exit ${child.status}):\n${child.stderrTail}`);
  const inProcess = JSON.parse(readFileSync(resultPath, 'utf8')) as InProcessResult;

  options.log(`${targetWords.toLocaleString('en-GB')} words: import from .docx and PDF`);
  const importPath = join(dir, 'imports.json');
  const importer = runNode(here('import-formats.js'), [newPath, dir, String(repeat), importPath, join(options.workDir, 'pdf-cache')], dir);
  if (importer.status !== 0) throw new Error(`import run failed (exit ${importer.status}):\n${importer.stderrTail}`);
  // Written by our own child (import-formats.ts) just now.
  const imports = JSON.parse(readFileSync(importPath, 'utf8')) as ImportResult;

  const cli = here('../cli/main.js');
  const processes: Partial<Record<ProcessName, ProcessTiming>> = {};
  // Commands run in the size's directory: no repository configuration (tmad.config.json) applies.
  const tmad = (name: ProcessName, args: string[]): void => {
    options.log(`${targetWords.toLocaleString('en-GB')} words: tmad ${args[0] ?? ''} (${name})`);
    const run = medianRun(repeat, () => runNode(cli, args, dir));
    processes[name] = timing(`tmad ${args.join(' ').replace(options.root, '.')}`, run, [0]);
  };
  const [oldRel, newRel] = ['documents/syn/1.0.md', 'documents/syn/1.1.md'];
  tmad('parse', ['parse', newRel]);
  tmad('lint', ['lint', oldRel, newRel]);
  tmad('diff', ['diff', oldRel, newRel]);
  for (const format of ['json', 'md', 'html', 'docx'] as const) tmad(`diff-${format}`, ['diff', oldRel, newRel, '--out', 'out', '--format', format]);
  tmad('diff-all', ['diff', oldRel, newRel, '--out', 'out', '--format', 'docx,html,md,json']);
  tmad('build', ['build', '--documents', 'documents', '--templates', join(options.root, 'templates'), '--out', 'build']);
  options.log(`${targetWords.toLocaleString('en-GB')} words: git diff --word-diff`);
  const git = medianRun(Math.max(repeat, 5), () => runCommand('git', ['diff', '--no-index', '--word-diff=porcelain', oldRel, newRel], dir));
  // git diff exits 1 when the files differ.
  processes.git = timing(`git diff --no-index --word-diff=porcelain ${oldRel} ${newRel}`, git, [1]);

  const count = (text: string): number => text.split(/\s+/).filter((word) => word !== '').length;
  return {
    targetWords,
    words: { old: count(pair.old), new: count(pair.next) },
    bytes: { old: Buffer.byteLength(pair.old), new: Buffer.byteLength(pair.next) },
    edits: pair.summary,
    inProcess: { ...inProcess, maxRssMb: child.maxRssMb },
    processes,
    imports,
  };
}

function timing(command: string, run: ProcessRun, okStatuses: readonly number[]): ProcessTiming {
  if (run.status === null || !okStatuses.includes(run.status)) throw new Error(`\`${command}\` failed (exit ${run.status}):\n${run.stderrTail}`);
  return { command, wallMs: run.wallMs, maxRssMb: run.maxRssMb };
}

function here(relative: string): string {
  return fileURLToPath(new URL(relative, import.meta.url));
}
