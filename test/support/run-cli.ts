/**
 * Run the CLI in-process and capture what it prints.
 */
import { runCli } from '../../src/cli/program.js';

/** What one run printed and returned. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run `tmad <argv>` in `cwd`. */
export async function tmad(argv: string[], cwd: string): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd });
  return { code, stdout, stderr };
}
