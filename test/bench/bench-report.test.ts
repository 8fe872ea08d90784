/**
 * The benchmark's verdicts and table are pure functions of the measurements.
 */
import { describe, expect, it } from 'vitest';
import { benchTable, evaluateTargets, pipelineMs } from '../../src/bench/bench-report.js';
import type { SizeResult } from '../../src/bench/bench-result.js';

function size(targetWords: number, scale: number, gitMs: number): SizeResult {
  const stages = { parse: 100 * scale, lint: 10 * scale, delta: 50 * scale, json: 5 * scale, md: 5 * scale, html: 5 * scale, docx: 25 * scale, build: 300 * scale };
  const timing = (wallMs: number, maxRssMb: number) => ({ command: 'tmad ...', wallMs, maxRssMb });
  return {
    targetWords,
    words: { old: targetWords, new: targetWords },
    bytes: { old: targetWords * 7, new: targetWords * 7 },
    edits: { amendedClauses: 1, wordEdits: 1, inserted: 2, deleted: 1, moved: 1, split: 1, tables: 2, definitions: 2, renumbered: 9 },
    inProcess: { stages, outputBytes: {}, buildOutputs: 8, buildErrors: 0, clauses: { old: 10, new: 11 }, lintErrors: 0, changes: 11, stats: { amended: 1 }, maxRssMb: 100 * scale },
    processes: { 'diff-all': timing(250 * scale, 90 * scale), build: timing(400 * scale, 120 * scale), git: timing(gitMs, 5) },
  };
}

describe('evaluateTargets', () => {
  it('judges each target from the measurements, and says what was not measured', () => {
    const verdicts = evaluateTargets([size(50_000, 3, 10), size(250_000, 1 * 15, 30), size(1_000_000, 4 * 15, 120)]);
    expect(verdicts.find((v) => v.target.startsWith('50k words'))).toMatchObject({ measured: '0.75 s', met: true });
    // 1M: delta 3000 ms vs git 120 ms = 25x: missed.
    expect(verdicts.find((v) => v.target.startsWith('1M words: delta'))).toMatchObject({ measured: '25.00x', met: false });
    // Peak memory: build 7200 MB.
    expect(verdicts.find((v) => v.target.includes('peak memory'))).toMatchObject({ measured: '7200 MB', met: false });
    // Growth exactly 4x: met.
    expect(verdicts.filter((v) => v.target.startsWith('250k')).every((v) => v.met === true && v.measured.startsWith('4.00x'))).toBe(true);
    expect(evaluateTargets([size(50_000, 5, 10)]).filter((v) => v.met === null).length).toBe(7);
  });

  it('judges the .docx and .pdf imports against the Markdown parse, and says when a reader is missing', () => {
    const large = size(1_000_000, 60, 120);
    large.imports = {
      markdownParseMs: 1000,
      clauses: 10,
      docx: { skipped: 'no Word reader in this build' },
      pdf: { ms: 5000, bytes: 2e6, clauses: 10, sameClauses: 10 },
    };
    const verdicts = evaluateTargets([large]);
    expect(verdicts.find((v) => v.target.includes('import .docx'))).toMatchObject({ measured: 'skipped: no Word reader in this build', met: null });
    expect(verdicts.find((v) => v.target.includes('import .pdf'))).toMatchObject({ measured: expect.stringMatching(/^5\.00x \(5\.00 s; 10\/10 clauses/), met: true });
    large.imports.pdf = { ms: 5000, bytes: 2e6, clauses: 10, sameClauses: 9 };
    expect(evaluateTargets([large]).find((v) => v.target.includes('import .pdf'))?.met).toBe(false);
    const text = benchTable({ schemaVersion: 1, seed: 1, repeat: 1, machine: { node: 'v20', platform: 'linux-x64', cpus: 2, cpuModel: 'cpu' }, sizes: [large], targets: verdicts });
    expect(text).toMatch(/import \.pdf \(LibreOffice print\)\s+5000 ms\s+5\.00x/);
    expect(text).toContain('Targets (issues 6 and 14)');
  });

  it('sums the pipeline without build, and prints a table with the ratios to git', () => {
    const small = size(50_000, 1, 10);
    expect(pipelineMs(small)).toBe(200);
    const text = benchTable({ schemaVersion: 1, seed: 1, repeat: 3, machine: { node: 'v20', platform: 'linux-x64', cpus: 2, cpuModel: 'cpu' }, sizes: [small], targets: evaluateTargets([small]) });
    expect(text).toContain('ratios to git: delta 5.00x; pipeline in-process 20.0x; whole process 25.0x');
    expect(text).toMatch(/50k words: parse \+ delta \+ all four renderers, whole process, < 1 s\s+0\.25 s\s+met/);
  });
});
