/**
 * Exit codes and the errors commands throw to reach them.
 * @module
 */

/** The exit codes of `tmad` (see README). */
export const EXIT = {
  /** Success. */
  ok: 0,
  /** Findings: lint errors, a failed trace policy. */
  findings: 1,
  /** Wrong command line. */
  usage: 2,
  /** Input missing, unreadable or invalid. */
  input: 3,
  /** A bug in tmad. */
  internal: 70,
} as const;

/** An exit code. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Thrown by a command to stop with an exit code and a one-line message (no stack trace). */
export class ExitError extends Error {
  /** The exit code. */
  readonly code: ExitCode;
  /**
   * @param code The exit code.
   * @param message One line for stderr, naming the file when there is one.
   */
  constructor(code: ExitCode, message: string) {
    super(message);
    this.name = 'ExitError';
    this.code = code;
  }
}

/**
 * An input that cannot be used (missing, a directory, binary, not UTF-8, too large): exit code 3.
 * @param file The file.
 * @param problem What is wrong, e.g. `no such file`.
 * @returns The error to throw.
 */
export function inputError(file: string, problem: string): ExitError {
  return new ExitError(EXIT.input, `${file}: ${problem}`);
}

/**
 * A wrong command line: exit code 2.
 * @param message What is wrong and the right form.
 * @returns The error to throw.
 */
export function usageError(message: string): ExitError {
  return new ExitError(EXIT.usage, message);
}
