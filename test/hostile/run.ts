/**
 * Running one hostile case through the CLI (in-process, `test/support/run-cli.ts`) in a fresh
 * folder, and the checks every case shares: the exit code, a one-line message, no stack trace, and
 * no file written outside the output folder.
 * @module
 */
import { mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { expect } from 'vitest';
import { tmad, type CliRun } from '../support/run-cli.js';

/** Every file under `root`, relative, sorted. */
export function filesUnder(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else found.push(relative(root, path));
    }
  };
  walk(root);
  return found.sort();
}

/** A fresh folder holding the given files. */
export function workspace(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'tmad-hostile-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

/**
 * Run `tmad <argv>` in `dir` and check what every hostile case must hold.
 * @param dir The folder (from `workspace`).
 * @param argv The arguments.
 * @param expected The exit code and a pattern the message must match.
 * @returns The run, for further checks.
 */
export async function runHostile(dir: string, argv: string[], expected: { code: number; message: RegExp; outputs?: string }): Promise<CliRun> {
  const before = filesUnder(dir);
  const run = await tmad(argv, dir);
  expect(run.stderr, run.stderr).toMatch(expected.message);
  expect(run.code, run.stderr).toBe(expected.code);
  expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
  expect(run.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  // Nothing new outside the output folder, and no temporary file anywhere.
  const after = filesUnder(dir);
  const prefix = expected.outputs === undefined ? undefined : `${expected.outputs}/`;
  expect(after.filter((path) => !before.includes(path) && (prefix === undefined || !path.startsWith(prefix)))).toEqual([]);
  expect(after.filter((path) => path.includes('tmad-tmp'))).toEqual([]);
  return run;
}
