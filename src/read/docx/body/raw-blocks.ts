/**
 * What the body walker reads from `word/document.xml` in one view of its tracked changes, before
 * numbering: paragraphs (with their numbering request, bookmarks, cross-reference fields and notes)
 * and tables (cells with their spans and vertical merges).
 * @module
 */

/** A piece of a paragraph's text: plain text, or a `REF` field to resolve once numbers are known. */
export type RawSegment =
  | { kind: 'text'; text: string }
  | {
      kind: 'ref';
      /** The bookmark the field names. */
      bookmark: string;
      /** Its switches, e.g. `['\\r', '\\h']`. */
      switches: string[];
      /** The text Word last showed for it. */
      cached: string;
    };

/** Something noticed in a paragraph that becomes a `SourceNote` after it. */
export interface RawNote {
  /** Severity. */
  severity: 'info' | 'warning';
  /** Rule id, e.g. `docx-field`. */
  ruleId: string;
  /** The message. */
  reason: string;
}

/** A paragraph of the body or of a table cell, in the view read. */
export interface RawParagraph {
  /** Discriminant. */
  kind: 'paragraph';
  /** 1-based paragraph number in the body (cells' paragraphs counted in order). */
  line: number;
  /** `w:pStyle`, or null. */
  styleId: string | null;
  /** `w:numPr/w:numId` on the paragraph itself, or null. */
  numId: string | null;
  /** `w:numPr/w:ilvl` on the paragraph itself, or null. */
  ilvl: number | null;
  /** `w:outlineLvl` on the paragraph itself, or null. */
  outlineLvl: number | null;
  /** Its text, in pieces. */
  segments: RawSegment[];
  /** Names of the bookmarks that start in it (or just before it). */
  bookmarks: string[];
  /** Ids of the footnotes it references, in order. */
  footnotes: string[];
  /** Notes about it. */
  notes: RawNote[];
  /** Part of a table of contents (a `TOC` field's result or a contents content control): never a block. */
  contents: boolean;
}

/** A table cell. */
export interface RawCell {
  /** `w:gridSpan` (1 when absent). */
  span: number;
  /** `w:vMerge`: `restart` starts a vertical merge, `continue` continues the one above. */
  vMerge: 'restart' | 'continue' | null;
  /** Its paragraphs and nested tables. */
  blocks: RawBlock[];
}

/** A table row. */
export interface RawRow {
  /** Line of its first paragraph. */
  line: number;
  /** `w:gridBefore`: empty grid columns before the first cell. */
  gridBefore: number;
  /** Cells in order. */
  cells: RawCell[];
}

/** A table. */
export interface RawTable {
  /** Discriminant. */
  kind: 'table';
  /** Line of its first paragraph. */
  line: number;
  /** Line of its last paragraph. */
  endLine: number;
  /** Rows in order (those of the view read). */
  rows: RawRow[];
  /** `w:tblStyle`, or null. */
  styleId: string | null;
}

/** A body block. */
export type RawBlock = RawParagraph | RawTable;

/** Counts of tracked revisions in the body, whichever view is read. */
export interface RevisionCounts {
  /** `w:ins` (runs, paragraph marks, rows). */
  insertions: number;
  /** `w:del`. */
  deletions: number;
  /** `w:moveFrom` (each move is a `moveFrom` and a `moveTo`). */
  moves: number;
  /** `w:pPrChange`, `w:rPrChange` and other property changes. */
  formatting: number;
}

/** The body read in one view. */
export interface RawBody {
  /** Top-level blocks in order. */
  blocks: RawBlock[];
  /** Every paragraph, in document order, table cells included: the order Word numbers them in. */
  paragraphs: RawParagraph[];
  /** Revisions found. */
  revisions: RevisionCounts;
}
