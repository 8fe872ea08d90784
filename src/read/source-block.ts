/**
 * The contract between the readers (one per input format: Markdown, Word, PDF) and the one
 * format-neutral document builder. A reader only turns its format into this flat sequence of
 * blocks, in reading order, with the number each paragraph shows and where it is; every rule of
 * what a clause, a sub-paragraph, a definition, a reference or a term is lives in the builder.
 * @module
 */
import type { DocumentMeta } from '../model/document.js';
import type { Position } from '../model/position.js';

/** The input formats a version may come in. */
export type SourceFormat = 'markdown' | 'docx' | 'pdf';

/**
 * Where a block is, in the terms the format's user finds it. Every block carries a `Position`
 * (what vfile messages and the model use); its meaning depends on the format:
 * - `markdown`: 1-based line and column of the source text (offsets set).
 * - `docx`: `line` is the 1-based paragraph number in the document body (table cells' paragraphs
 *   counted in order), `column` the 1-based character in that paragraph's text as read.
 * - `pdf`: `line` is the 1-based line on its page, `page` (below) the 1-based page number.
 */
export interface SourcePlace {
  /** The format, which says how to read `position`. */
  format: SourceFormat;
  /** 1-based page number (PDF only). */
  page?: number;
}

/**
 * A number in front of a paragraph or heading as its reader saw it: computed by Word's automatic
 * numbering, typed as text, or at the start of a PDF line. `text` is exactly what is shown
 * (`4.24`, `4.24A`, `(a)`, `(ii)`, `3.`, `Schedule 2`), without the separator after it.
 */
export interface SourceNumber {
  /** The number as shown. */
  text: string;
  /** `auto` when Word's numbering computed it; `typed` when it was part of the text. */
  origin: 'auto' | 'typed';
  /**
   * Depth of the number in its list, when the reader knows it (Word: the count of `%n`
   * placeholders in the level's `lvlText`; `4.24` is 2). Absent for typed numbers.
   */
  depth?: number;
}

/** A heading (Markdown `#`, a Word heading style or outline level, a PDF line the reader judged a heading). */
export interface SourceHeading {
  /** Discriminant. */
  kind: 'heading';
  /** Heading depth, 1-6. */
  depth: number;
  /** The heading's text, without `number` when `number` is set. */
  text: string;
  /** The number in front of it, when the reader separated one (else the builder looks in `text`). */
  number?: SourceNumber;
  /** Where it is. */
  position: Position;
  /** Page (PDF). */
  page?: number;
}

/** A paragraph of text (or one line of a paragraph that holds several labelled lines). */
export interface SourceParagraph {
  /** Discriminant. */
  kind: 'paragraph';
  /** Plain text, without `number` when `number` is set. A typed number may stay at its start: the builder finds it. */
  text: string;
  /** The number in front of it, when the reader separated one. */
  number?: SourceNumber;
  /** Set for a Markdown list item or a Word bullet: its nesting (1 = top) and whether it is numbered. */
  item?: { level: number; ordered: boolean };
  /** Where it is. */
  position: Position;
  /** Page (PDF). */
  page?: number;
}

/** A table. Merged cells: a cell spanning several columns or rows is repeated in each grid cell it covers (see `merged`). */
export interface SourceTable {
  /** Discriminant. */
  kind: 'table';
  /** Header cells (the first row). */
  header: string[];
  /** Body rows. */
  rows: string[][];
  /** Column alignment, when the format says (Markdown); `null` otherwise. */
  align: Array<'left' | 'right' | 'center' | null>;
  /** Position of each body row, in order (same length as `rows`). */
  rowPositions: Position[];
  /** `true` when some cells were merged in the source and have been repeated into the grid. */
  merged?: boolean;
  /** Where it is. */
  position: Position;
  /** Page (PDF). */
  page?: number;
}

/**
 * Something the reader noticed and could not express as a block (a placeholder field kept as text,
 * a table read best effort, a revision count). The builder turns it into a vfile message.
 */
export interface SourceNote {
  /** Discriminant. */
  kind: 'note';
  /** `info` or `warning`. */
  severity: 'info' | 'warning';
  /** The message, in the house form ("Unexpected X, expected Y" or a plain statement). */
  reason: string;
  /** Rule id, e.g. `docx-field`, `pdf-table`. */
  ruleId: string;
  /** Where it applies. */
  position: Position;
  /** Page (PDF). */
  page?: number;
}

/** One block of reader output. */
export type SourceBlock = SourceHeading | SourceParagraph | SourceTable | SourceNote;

/** A problem with the front matter or the document properties, at a place. */
export interface SourceMetaProblem {
  /** What is wrong. */
  reason: string;
  /** Where. */
  position: Position;
}

/** What a reader gives the builder: the version's metadata and its blocks in reading order. */
export interface SourceDocument {
  /** The input format. */
  format: SourceFormat;
  /** The file name to show in positions and messages. */
  path: string;
  /** Front matter (Markdown), document properties or title page (Word, PDF), or options. */
  meta: DocumentMeta;
  /** Problems found reading the metadata (fatal for Markdown front matter). */
  metaProblems: SourceMetaProblem[];
  /** Blocks in reading order. */
  blocks: SourceBlock[];
}
