/**
 * Timing whole processes: wall time around the child, and its peak memory (for `node` children
 * through the `report-rss` preload; for others through `/usr/bin/time -v` when it is installed).
 * @module
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Written by `report-rss` on a child's stderr, followed by its peak RSS in kB. */
export const MAXRSS_MARKER = 'TMAD_BENCH_MAXRSS=';

/** One run of a child process. */
export interface ProcessRun {
  /** Wall time from spawn to exit, in milliseconds. */
  wallMs: number;
  /** Peak resident set size in MB, when it could be measured. */
  maxRssMb: number | null;
  /** Exit status. */
  status: number | null;
  /** The end of its stderr, for error messages. */
  stderrTail: string;
}

const TIME = '/usr/bin/time';

/**
 * Run a `node` script as a child process, its stdout discarded, and measure it.
 * @param script Path of the script (e.g. `dist/cli/main.js`).
 * @param args Its arguments.
 * @param cwd Working directory.
 * @returns The measurements.
 */
export function runNode(script: string, args: readonly string[], cwd: string): ProcessRun {
  const preload = fileURLToPath(new URL('./report-rss.js', import.meta.url));
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--import', preload, script, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 2 ** 20 });
  const wallMs = performance.now() - started;
  const stderr = result.stderr?.toString('utf8') ?? '';
  const marker = stderr.lastIndexOf(MAXRSS_MARKER);
  const kb = marker === -1 ? Number.NaN : Number.parseInt(stderr.slice(marker + MAXRSS_MARKER.length), 10);
  return { wallMs, maxRssMb: Number.isFinite(kb) ? kb / 1024 : null, status: result.status, stderrTail: tail(marker === -1 ? stderr : stderr.slice(0, marker)) };
}

/**
 * Run any command, its stdout discarded, and measure it; peak memory comes from `/usr/bin/time -v`
 * when it is installed.
 * @param command The program.
 * @param args Its arguments.
 * @param cwd Working directory.
 * @returns The measurements.
 */
export function runCommand(command: string, args: readonly string[], cwd: string): ProcessRun {
  const timed = existsSync(TIME);
  const started = performance.now();
  const result = timed
    ? spawnSync(TIME, ['-v', command, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'] })
    : spawnSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  const wallMs = performance.now() - started;
  const stderr = result.stderr?.toString('utf8') ?? '';
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1];
  return { wallMs, maxRssMb: rss === undefined ? null : Number(rss) / 1024, status: result.status, stderrTail: tail(stderr) };
}

/**
 * Run `measure` `times` times and keep the run with the median wall time.
 * @param times How many runs (at least one).
 * @param measure One run.
 * @returns The median run, with the highest peak memory seen in any run.
 */
export function medianRun(times: number, measure: () => ProcessRun): ProcessRun {
  const runs: ProcessRun[] = [];
  for (let index = 0; index < Math.max(1, times); index++) runs.push(measure());
  runs.sort((a, b) => a.wallMs - b.wallMs);
  const median = runs[Math.floor((runs.length - 1) / 2)] ?? runs[0];
  if (!median) throw new Error('no run');
  const peaks = runs.map((run) => run.maxRssMb).filter((value): value is number => value !== null);
  return { ...median, maxRssMb: peaks.length > 0 ? Math.max(...peaks) : null };
}

/**
 * The median of some numbers.
 * @param values At least one number.
 * @returns The middle value (the lower middle for an even count).
 */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN;
}

function tail(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > 600 ? `…${trimmed.slice(-600)}` : trimmed;
}
