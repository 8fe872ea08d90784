/**
 * The commander program: every command, help text, and the one place exit codes are decided.
 * @module
 */
import { Command, CommanderError } from 'commander';
import { isAbsolute, resolve } from 'node:path';
import type { RegisterCommand } from './command.js';
import type { CliContext } from './context.js';
import { EXIT, ExitError, type ExitCode } from './errors.js';
import { commandsFor } from './commands/index.js';
import { safeText } from './safe-text.js';

/**
 * Run `tmad` with the given arguments.
 * @param argv Arguments after the program name (e.g. `["lint", "a.md"]`).
 * @param context Output streams and working directory.
 * @returns The exit code: 0 ok, 1 findings, 2 usage error, 3 unreadable or invalid input, 70 internal error.
 */
export async function runCli(argv: readonly string[], context: CliContext): Promise<ExitCode> {
  let code: ExitCode = EXIT.ok;
  const env = {
    ...context,
    exit(next: ExitCode) {
      if (next > code) code = next;
    },
    resolve: (path: string) => (isAbsolute(path) ? path : resolve(context.cwd, path)),
  };
  try {
    const program = createProgram(context, await commandsFor(argv), env);
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    return exitCodeOf(error, context);
  }
}

function createProgram(context: CliContext, commands: readonly RegisterCommand[], env: Parameters<RegisterCommand>[1]): Command {
  // Commander echoes what the user typed (an unknown command, a bad option): controls escaped.
  const writeErr = (text: string): void => context.stderr(safeText(text, { keepNewlines: true }));
  const program = new Command('tmad')
    .description(
      'Toolchain for the SMETS1 Transition and Migration Approach Document (SEC Appendix AL):\n' +
        'parse and lint versions, publish delta redlines, trace conformance, run consultations.',
    )
    .version('0.1.0')
    .enablePositionalOptions()
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: context.stdout, writeErr })
    .exitOverride()
    .addHelpText(
      'after',
      '\nExit codes: 0 ok, 1 findings (lint errors, trace policy failed), 2 usage error,\n3 unreadable or invalid input.\n\nExample:\n  $ tmad lint documents/tmad/8.1.md\n  $ tmad build',
    );
  for (const register of commands) register(program, env);
  for (const command of program.commands) command.exitOverride().configureOutput({ writeOut: context.stdout, writeErr });
  return program;
}

function exitCodeOf(error: unknown, context: CliContext): ExitCode {
  if (error instanceof ExitError) {
    context.stderr(`tmad: ${safeText(error.message)}\n`);
    return error.code;
  }
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT.ok;
    if (error.code === 'commander.executeSubCommandAsync') return EXIT.internal;
    return EXIT.usage;
  }
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  context.stderr(`tmad: internal error (please report it): ${safeText(message, { keepNewlines: true })}\n`);
  return EXIT.internal;
}
