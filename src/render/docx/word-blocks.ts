/**
 * A Word body as plain data: paragraphs of runs and tables, with tracked changes. The redline is laid out
 * once in this form, then written either straight to WordprocessingML text (`word-xml.ts`, fast enough for a
 * whole Code) or as `docx` library objects (`word-docx.ts`, for embedding in a document built with it).
 * @module
 */

/** A tracked change (`w:ins` or `w:del`) with its revision id, author and date. */
export interface TrackedChange {
  /** Inserted or deleted. */
  kind: 'ins' | 'del';
  /** Revision id, unique in the document. */
  id: number;
  /** Author shown for the change. */
  author: string;
  /** ISO date-time of the change. */
  date: string;
}

/** A run of text with its formatting, plain or tracked. */
export interface WordRun {
  /** The text. */
  text: string;
  /** Bold. */
  bold?: boolean;
  /** Italic. */
  italics?: boolean;
  /** Shown (not tracked) as inserted (green underline) or deleted (red strike): summary tables and notes. */
  show?: 'insert' | 'delete';
  /** The tracked change this run is, when it is one. */
  change?: TrackedChange;
  /** A field character instead of text (`text` ignored): the start, the separator before the result, the end. */
  fieldChar?: 'begin' | 'separate' | 'end';
  /** `text` is a field instruction (e.g. ` TOC \\o "1-3" `), not shown text. */
  instruction?: boolean;
}

/** A paragraph. */
export interface WordParagraph {
  /** Discriminant. */
  kind: 'paragraph';
  /** Paragraph style id (`Title`, `Heading1`…`Heading6`, `DeltaNote`), when not Normal. */
  style?: string;
  /** Starts a new page. */
  pageBreakBefore?: boolean;
  /** Left-aligned explicitly (notes). */
  alignLeft?: boolean;
  /** Indentation in twips (sub-paragraphs). */
  indent?: { left: number; hanging: number };
  /** The paragraph mark tracked as inserted or deleted (the paragraph exists on one side only). */
  mark?: TrackedChange;
  /** Runs, in order. */
  runs: WordRun[];
}

/** A table row: one paragraph per cell. */
export interface WordRow {
  /** Repeated at the top of each page (the header row). */
  header: boolean;
  /** The row tracked as inserted or deleted. */
  mark?: TrackedChange;
  /** One paragraph per cell. */
  cells: WordParagraph[];
}

/** A full-width table. */
export interface WordTable {
  /** Discriminant. */
  kind: 'table';
  /** Rows, header first. */
  rows: WordRow[];
}

/** A block of a Word body. */
export type WordBlock = WordParagraph | WordTable;

/**
 * A paragraph of runs.
 * @param runs The runs.
 * @param options Style, alignment, indentation, tracked paragraph mark.
 * @returns The paragraph.
 */
export function paragraph(runs: WordRun[], options: Omit<WordParagraph, 'kind' | 'runs'> = {}): WordParagraph {
  return { kind: 'paragraph', ...options, runs };
}
