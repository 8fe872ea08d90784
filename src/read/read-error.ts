/**
 * The error a version that cannot be read at all becomes (empty, binary, not UTF-8, a format this
 * build cannot read, a damaged Word file): one line, without the file name, for the CLI to prefix
 * with it (exit code 3). Odd content that can still be read is never an error: it becomes messages.
 * @module
 */

/** A version that cannot be read. */
export class ReadVersionError extends Error {
  /**
   * @param message What is wrong and what was expected, e.g. `is empty, expected a Markdown document`.
   */
  constructor(message: string) {
    super(message);
    this.name = 'ReadVersionError';
  }
}
