/**
 * The benchmark's verdicts and its table for people: pure functions of the measurements.
 * @module
 */
import type { BenchResult, FormatImport, ProcessName, SizeResult, StageName, TargetResult } from './bench-result.js';
import { STAGES } from './bench-result.js';

const STAGE_LABELS: Record<StageName, string> = {
  parse: 'parse (both versions)',
  lint: 'lint (both versions)',
  delta: 'delta',
  json: 'render json',
  md: 'render md',
  html: 'render html',
  docx: 'render docx (tracked changes)',
  build: 'build end to end',
};

/** The whole process matching each in-process stage, when there is one. */
const PROCESS_OF_STAGE: Partial<Record<StageName, ProcessName>> = {
  parse: 'parse',
  lint: 'lint',
  delta: 'diff',
  json: 'diff-json',
  md: 'diff-md',
  html: 'diff-html',
  docx: 'diff-docx',
  build: 'build',
};

/** The renderers and the stages before them: the pipeline the targets speak of. */
const PIPELINE: readonly StageName[] = ['parse', 'lint', 'delta', 'json', 'md', 'html', 'docx'];

/**
 * Sum of the in-process pipeline: parse, lint, delta and the four renderers.
 * @param size One size's results.
 * @returns Milliseconds.
 */
export function pipelineMs(size: SizeResult): number {
  return PIPELINE.reduce((sum, stage) => sum + (size.inProcess.stages[stage] ?? 0), 0);
}

/**
 * Evaluate the targets of issues 6 and 14 on the sizes measured (a target whose size was not run is `null`).
 * @param sizes Results by size.
 * @returns One verdict per target.
 */
export function evaluateTargets(sizes: readonly SizeResult[]): TargetResult[] {
  const at = (words: number): SizeResult | undefined => sizes.find((size) => size.targetWords === words);
  const small = at(50_000);
  const middle = at(250_000);
  const large = at(1_000_000);
  const targets: TargetResult[] = [];
  const add = (target: string, value: number | undefined, limit: number, format: (value: number) => string): void => {
    targets.push(value === undefined || !Number.isFinite(value) ? { target, measured: 'not measured', met: null } : { target, measured: format(value), met: value <= limit });
  };
  const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
  const times = (ratio: number): string => `${ratio.toFixed(2)}x`;
  add('50k words: parse + delta + all four renderers, whole process, < 1 s', small?.processes['diff-all']?.wallMs, 1000, seconds);
  const git = large?.processes.git?.wallMs;
  add('1M words: delta (parsing excluded) <= 3x git word diff', large && git ? (large.inProcess.stages.delta ?? Number.NaN) / git : undefined, 3, times);
  add('1M words: parse + delta + all renderers, whole process, <= 15x git word diff', large && git ? (large.processes['diff-all']?.wallMs ?? Number.NaN) / git : undefined, 15, times);
  add('1M words: ... the same in-process (no start-up), <= 15x git word diff', large && git ? pipelineMs(large) / git : undefined, 15, times);
  const peak = large ? Math.max(large.processes['diff-all']?.maxRssMb ?? 0, large.processes.build?.maxRssMb ?? 0, large.inProcess.maxRssMb ?? 0) : undefined;
  add('1M words: peak memory < 1 GB (diff, build and in-process runs)', peak, 1024, (mb) => `${mb.toFixed(0)} MB`);
  if (middle && large) {
    const words = (large.words.old + large.words.new) / (middle.words.old + middle.words.new);
    const growth = (a: number | undefined, b: number | undefined): number | undefined => (a && b ? (b / a) * (4 / words) : undefined);
    const format = (ratio: number): string => `${ratio.toFixed(2)}x (words grew ${words.toFixed(2)}x; scaled to 4x)`;
    add('250k -> 1M words: delta time grows <= 4.5x', growth(middle.inProcess.stages.delta, large.inProcess.stages.delta), 4.5, format);
    add('250k -> 1M words: in-process pipeline grows <= 4.5x', growth(pipelineMs(middle), pipelineMs(large)), 4.5, format);
    add('250k -> 1M words: whole-process pipeline grows <= 4.5x', growth(middle.processes['diff-all']?.wallMs, large.processes['diff-all']?.wallMs), 4.5, format);
  } else {
    targets.push({ target: '250k -> 1M words: time grows <= 4.5x', measured: 'not measured', met: null });
  }
  const imported = (label: string, format: 'docx' | 'pdf', limit: number): void => {
    const target = `1M words: import ${label} (x of Markdown parse) <= ${limit}x, same clauses`;
    const result = large?.imports?.[format];
    if (!large?.imports || !result) return void targets.push({ target, measured: 'not measured', met: null });
    if ('skipped' in result) return void targets.push({ target, measured: `skipped: ${result.skipped}`, met: null });
    const ratio = result.ms / large.imports.markdownParseMs;
    const same = result.sameClauses === large.imports.clauses && result.clauses === large.imports.clauses;
    targets.push({ target, measured: `${times(ratio)} (${seconds(result.ms)}; ${result.sameClauses}/${large.imports.clauses} clauses same id and fingerprint)`, met: ratio <= limit && same });
  };
  imported('.docx', 'docx', 2);
  imported('.pdf', 'pdf', 6);
  return targets;
}

/**
 * The results as a text table: per size, each stage in-process and as a whole process with its
 * peak memory; git's word diff and our ratios to it; then the targets.
 * @param result The run.
 * @returns Text ending in a newline.
 */
export function benchTable(result: BenchResult): string {
  const lines: string[] = [];
  const { machine } = result;
  lines.push(`tmad bench: seed ${result.seed}, median of ${result.repeat} run(s) (1 at 1M words), Node ${machine.node}, ${machine.cpus} x ${machine.cpuModel}`);
  for (const size of result.sizes) {
    lines.push('');
    const mb = (size.bytes.old + size.bytes.new) / 1e6;
    lines.push(
      `== ${size.words.old.toLocaleString('en-GB')} -> ${size.words.new.toLocaleString('en-GB')} words (${mb.toFixed(1)} MB pair, ${size.inProcess.clauses.old} -> ${size.inProcess.clauses.new} clauses, ${size.inProcess.changes} changes: ${describeStats(size.inProcess.stats)})`,
    );
    const rows: string[][] = [['stage', 'in-process', 'whole process', 'peak RSS', 'command']];
    for (const stage of STAGES) {
      const process = PROCESS_OF_STAGE[stage];
      const timing = process ? size.processes[process] : undefined;
      rows.push([STAGE_LABELS[stage], ms(size.inProcess.stages[stage]), ms(timing?.wallMs), mbText(timing?.maxRssMb), timing?.command ?? '']);
    }
    const all = size.processes['diff-all'];
    rows.push(['parse + delta + 4 renderers', ms(pipelineMs(size)), ms(all?.wallMs), mbText(all?.maxRssMb), all?.command ?? '']);
    rows.push(['(in-process child peak)', '', '', mbText(size.inProcess.maxRssMb), 'all stages above, one process']);
    const git = size.processes.git;
    rows.push(['git word diff', '', ms(git?.wallMs), mbText(git?.maxRssMb), git?.command ?? '']);
    lines.push(...table(rows));
    if (size.imports) {
      const { imports } = size;
      const row = (label: string, result: FormatImport): string[] =>
        'skipped' in result
          ? [label, `skipped: ${result.skipped}`, '', '', '']
          : [label, ms(result.ms), `${(result.ms / imports.markdownParseMs).toFixed(2)}x`, `${(result.bytes / 1e6).toFixed(1)} MB`, `${result.sameClauses}/${imports.clauses} clauses same id and fingerprint`];
      lines.push(
        ...table([
          ['import (new version)', 'in-process', 'x Markdown', 'file', 'clauses'],
          ['Markdown parse', ms(imports.markdownParseMs), '1.00x', '', `${imports.clauses} clauses`],
          row('import .docx (clean copy)', imports.docx),
          row('import .pdf (LibreOffice print)', imports.pdf),
        ]),
      );
    }
    if (git) {
      const delta = size.inProcess.stages.delta ?? Number.NaN;
      lines.push(
        `   ratios to git: delta ${(delta / git.wallMs).toFixed(2)}x; pipeline in-process ${(pipelineMs(size) / git.wallMs).toFixed(1)}x; whole process ${((all?.wallMs ?? Number.NaN) / git.wallMs).toFixed(1)}x`,
      );
    }
  }
  lines.push('', 'Targets (issues 6 and 14):');
  lines.push(...table([['target', 'measured', 'verdict'], ...result.targets.map((t) => [t.target, t.measured, t.met === null ? '-' : t.met ? 'met' : 'MISSED'])]));
  return `${lines.join('\n')}\n`;
}

function describeStats(stats: Record<string, number>): string {
  return Object.entries(stats)
    .filter(([, count]) => count > 0)
    .map(([kind, count]) => `${count} ${kind}`)
    .join(', ');
}

function ms(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return '-';
  return value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${value.toFixed(0)} ms`;
}

function mbText(value: number | null | undefined): string {
  return value === undefined || value === null ? '-' : `${value.toFixed(0)} MB`;
}

function table(rows: readonly string[][]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, index) => (widths[index] = Math.max(widths[index] ?? 0, cell.length)));
  return rows.map((row, rowIndex) => {
    const text = row.map((cell, index) => (index === 0 || index === row.length - 1 ? cell.padEnd(widths[index] ?? 0) : cell.padStart(widths[index] ?? 0))).join('  ');
    return `   ${text.trimEnd()}${rowIndex === 0 ? `\n   ${'-'.repeat(Math.min(text.trimEnd().length, 150))}` : ''}`;
  });
}
