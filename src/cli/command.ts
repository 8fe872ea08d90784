/**
 * How a command module plugs into the program.
 * @module
 */
import type { Command } from 'commander';
import type { CliContext } from './context.js';
import type { ExitCode } from './errors.js';

/** What a command's action gets: the outside world, and a way to set the exit code. */
export interface CommandEnv extends CliContext {
  /** Set the process's exit code (the highest code set wins). */
  exit(code: ExitCode): void;
  /** Resolve a path given on the command line against `cwd`. */
  resolve(path: string): string;
}

/** A command module: adds one subcommand to the program. */
export type RegisterCommand = (program: Command, env: CommandEnv) => void;
