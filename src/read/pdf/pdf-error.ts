/**
 * The typed error every PDF reading failure becomes: a kind a program switches on and a reason a
 * person reads (one line, with the remedy).
 * @module
 */

/** Why a PDF could not be read. */
export type PdfErrorKind = 'empty' | 'not-pdf' | 'truncated' | 'corrupt' | 'encrypted' | 'no-text' | 'too-large' | 'too-many-pages';

/** A PDF that cannot be read, with the reason. */
export class PdfError extends Error {
  /** What kind of problem. */
  readonly kind: PdfErrorKind;
  /**
   * @param kind What kind of problem.
   * @param message One sentence naming the problem and what to do, e.g. `has no text layer: it is a scanned image; ask for a text PDF or the .docx`.
   */
  constructor(kind: PdfErrorKind, message: string) {
    super(message);
    this.name = 'PdfError';
    this.kind = kind;
  }
}
