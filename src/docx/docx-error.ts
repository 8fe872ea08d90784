/**
 * The typed error every .docx reading failure becomes: a kind a program switches on and a reason a
 * person reads.
 * @module
 */

/** Why a .docx could not be read. */
export type DocxErrorKind =
  | 'empty'
  | 'not-zip'
  | 'truncated'
  | 'too-many-entries'
  | 'too-large'
  | 'size-mismatch'
  | 'doctype'
  | 'bad-xml'
  | 'not-docx'
  | 'duplicate-entry'
  | 'bad-entry-name'
  | 'too-many-bookmarks';

/** A .docx that cannot be read safely, with the reason. */
export class DocxError extends Error {
  /** What kind of problem. */
  readonly kind: DocxErrorKind;
  /**
   * @param kind What kind of problem.
   * @param message One sentence naming the problem, e.g. `the zip is truncated (no end of central directory)`.
   */
  constructor(kind: DocxErrorKind, message: string) {
    super(message);
    this.name = 'DocxError';
    this.kind = kind;
  }
}
