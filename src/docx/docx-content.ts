/**
 * What reading a .docx gives: the body as blocks in order, content controls, bookmarks, properties.
 * @module
 */

/** Which version of tracked changes to read. */
export type DocxView = 'accept' | 'reject';

/** A list paragraph's place in its list. */
export interface DocxListInfo {
  /** `w:numId`. */
  numId: string;
  /** Indent level, 0 for the top. */
  level: number;
  /** `bullet` or a numbering format (`decimal`, `lowerLetter`, ...); `bullet` when unknown. */
  format: string;
}

/** A paragraph of the body (or of a table cell). */
export interface DocxParagraph {
  /** Discriminant. */
  kind: 'paragraph';
  /** Its text in the chosen view: tabs as `\t`, line breaks as `\n`. */
  text: string;
  /** Style id (`w:pStyle`), or null. */
  style: string | null;
  /** Style name from styles.xml (e.g. `List Bullet`), or null. */
  styleName: string | null;
  /** List membership, or null. */
  list: DocxListInfo | null;
}

/** A table. */
export interface DocxTable {
  /** Discriminant. */
  kind: 'table';
  /** Each row's cells as text (a cell's paragraphs joined by `\n`). */
  rows: string[][];
  /** Each row's id: its first cell's text, white space collapsed (row labels double as keys). */
  rowIds: string[];
  /** Each row's cells as blocks (paragraphs and nested tables). */
  cells: DocxBlock[][][];
}

/** A block of the body. */
export type DocxBlock = DocxParagraph | DocxTable;

/** A content control (`w:sdt`). */
export interface DocxContentControl {
  /** `w:tag` value, or null (LibreOffice drops tags on re-save). */
  tag: string | null;
  /** `w:alias` value (its title), or null. */
  alias: string | null;
  /** `true` when Word marks it as still showing its placeholder (`w:showingPlcHdr`). */
  showingPlaceholder: boolean;
  /** Where it sits: around blocks, inside a paragraph, around a cell or a row. */
  scope: 'block' | 'inline' | 'cell' | 'row';
  /** Its content as blocks (for an inline control: one paragraph with its text). */
  blocks: DocxBlock[];
}

/** A bookmark and the whole blocks it spans (at the level where it starts). */
export interface DocxBookmark {
  /** `w:name`. */
  name: string;
  /** The blocks between its start and end. */
  blocks: DocxBlock[];
}

/** Core and custom document properties. */
export interface DocxProperties {
  /** `dc:title`. */
  title: string | null;
  /** `dc:subject`. */
  subject: string | null;
  /** `dc:creator`. */
  creator: string | null;
  /** `cp:keywords`. */
  keywords: string | null;
  /** `dc:description`. */
  description: string | null;
  /** Custom properties (docProps/custom.xml) by name, as text. */
  custom: Record<string, string>;
}

/** A .docx read in one view. */
export interface DocxContent {
  /** The view read. */
  view: DocxView;
  /** Body blocks in order (content of content controls included in place). */
  blocks: DocxBlock[];
  /** Every content control, in document order. */
  contentControls: DocxContentControl[];
  /** Every bookmark, in document order of their starts (Word's hidden `_GoBack` and the like included). */
  bookmarks: DocxBookmark[];
  /** Document properties. */
  properties: DocxProperties;
  /** `true` when the body holds tracked insertions, deletions or moves. */
  hasTrackedChanges: boolean;
}
