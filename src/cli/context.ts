/**
 * What a command may use of the outside world: output streams and the working directory.
 * @module
 */

/** The outside world as commands see it; tests pass their own. */
export interface CliContext {
  /** Write to standard output. */
  stdout(text: string): void;
  /** Write to standard error. */
  stderr(text: string): void;
  /** Working directory against which relative paths resolve. */
  cwd: string;
}
