/**
 * The document model: the one shape every stage (lint, delta, render, trace, consult) reads.
 * Its JSON form is versioned by `schemaVersion` and documented in `src/model/document-schema.md`.
 * @module
 */
import type { Diagnostic } from './diagnostic.js';
import type { Position } from './position.js';
import type { SourceFormat } from '../read/source-block.js';

/** Version of the JSON form of a `Document`. Bump it on any incompatible change. */
export const DOCUMENT_SCHEMA_VERSION = 1;

/** Status of a document version, from its front matter. */
export type DocumentStatus = 'draft' | 'consultation' | 'designated';

/**
 * The front matter of a version. The known keys are typed; any other key is kept as written.
 */
export interface DocumentMeta {
  /** Document key used in clause addresses, e.g. `TMAD` (so `TMAD 4.24A`). */
  document?: string;
  /** Full title, e.g. `SMETS1 Transition and Migration Approach Document`. */
  title?: string;
  /** The code it belongs to, e.g. `Smart Energy Code`. */
  code?: string;
  /** Appendix of the code, e.g. `AL`. */
  appendix?: string;
  /** Version as written, e.g. `7.2` (always a string). */
  version?: string;
  /** Status of this version. */
  status?: DocumentStatus | string;
  /** Date of this version, ISO `YYYY-MM-DD`. */
  date?: string;
  /** The version this one changes, e.g. `7.1`. */
  previous?: string;
  /** Security classification shown in headers and footers, e.g. `DCC Public`. */
  classification?: string;
  /** Author of changes, used for tracked changes (default `DCC`). */
  author?: string;
  /** Capitalised names that are not defined terms (silences `undefined-term`). */
  'proper-nouns'?: string[];
  /** Any other front-matter key. */
  [key: string]: unknown;
}

/** Inline text of a block: plain text (Markdown markup removed). */
export type BlockText = string;

/** An ordinary paragraph of a clause (the first one holds the clause's words after its number). */
export interface ParagraphBlock {
  /** Discriminant. */
  kind: 'paragraph';
  /** Plain text. */
  text: BlockText;
  /** Where it is in the source. */
  position: Position;
}

/** A lettered or numbered sub-paragraph: `(a)`, `(ii)`, `(A)`. */
export interface SubparagraphBlock {
  /** Discriminant. */
  kind: 'subparagraph';
  /** The label as written, with brackets: `(a)`, `(ii)`. */
  label: string;
  /** Nesting: 1 for `(a)`, 2 for `(i)`, 3 for `(A)`. */
  level: number;
  /** Plain text after the label. */
  text: BlockText;
  /** Where it is in the source. */
  position: Position;
}

/** An unlabelled list item (a bullet) inside a clause. */
export interface ItemBlock {
  /** Discriminant. */
  kind: 'item';
  /** Nesting, 1 for a top-level item. */
  level: number;
  /** `true` for a numbered list item (`1.`), `false` for a bullet. */
  ordered: boolean;
  /** Plain text. */
  text: BlockText;
  /** Where it is in the source. */
  position: Position;
}

/** A table (GFM pipe table). Cells are plain text. */
export interface TableBlock {
  /** Discriminant. */
  kind: 'table';
  /** Header cells. */
  header: string[];
  /** Body rows; every row has as many cells as the header (short rows are padded with `""`). */
  rows: string[][];
  /** Column alignment as in the GFM table. */
  align: Array<'left' | 'right' | 'center' | null>;
  /** `true` for a definitions table (header `Term | Meaning`): its rows are `Document.definitions`, and are not uses of the terms. */
  definitions: boolean;
  /** Where it is in the source. */
  position: Position;
}

/** A content block of a clause or section, in document order. */
export type Block = ParagraphBlock | SubparagraphBlock | ItemBlock | TableBlock;

/** A cross-reference found in clause text. */
export interface CrossRef {
  /** The text as written, e.g. `Clauses 4.24 and 4.24A`, `4.12(b)`, `Section A1.1 of the Code`. */
  text: string;
  /**
   * What it points at: `clause` (a clause of this document), `section` (a section of this document),
   * `external` (another document: recorded, not resolved).
   */
  kind: 'clause' | 'section' | 'external';
  /** Targets as written, one per cited number (`["4.24", "4.24A"]`; a range gives its two ends). */
  targets: string[];
  /** Sub-paragraph cited, when the reference is like `4.12(b)`. Keyed by target. */
  subparagraphs?: Record<string, string>;
  /** For `clause`: the clause ids cited, ranges expanded against the document. Empty otherwise. */
  clauseIds: string[];
  /** For `external`: the other document as written, e.g. `the Code`. */
  document?: string;
  /** Where it is in the source. */
  position: Position;
}

/** A numbered clause: the unit of change, reference and conformance. */
export interface Clause {
  /** The clause number as written, e.g. `4.24A`. Unique within a valid document. */
  id: string;
  /** Number of the numbered section holding it, e.g. `4`. Empty when the clause sits before any numbered section. */
  section: string;
  /** Keys of the enclosing sections, outermost first (see `Section.key`). */
  sectionPath: string[];
  /** Text of the nearest heading above it (a sub-heading such as `Dormant Migration`, else the section title). */
  heading: string;
  /** Title of a heading-style clause (`### 4.24 Title`), otherwise `null`. */
  title: string | null;
  /** Content in order; the first block is the paragraph that holds the number (text without the number). */
  blocks: Block[];
  /** Plain text of the whole clause without its number: blocks joined by newlines, sub-paragraphs with their labels, table rows as `cell | cell`. */
  text: string;
  /** Hash of the normalised `text` (see `fingerprint()`): renumbering alone keeps it, any change of wording changes it. */
  fingerprint: string;
  /** Clause ids it cites, unique, in the order first cited; ranges expanded against the document. */
  refs: string[];
  /** All cross-references found in its text, internal and external. */
  crossRefs: CrossRef[];
  /** Defined terms it uses (plurals count), unique, in definitions-table order. */
  terms: string[];
  /** `true` when it places an obligation (shall, must, will, is obliged, shall not). */
  normative: boolean;
  /** From the start of its number to the end of its last block. */
  position: Position;
}

/** A defined term from a definitions table (header `Term | Meaning`). */
export interface Definition {
  /** The term as defined, e.g. `Dormant Meter`. */
  term: string;
  /** Its meaning, plain text. */
  meaning: string;
  /** Fingerprint of the normalised meaning. */
  fingerprint: string;
  /** Where its table row is. */
  position: Position;
}

/** A heading and what it holds. Sections form a tree (`children`). */
export interface Section {
  /** Stable key: the number for a numbered section (`4`), else a path-like slug (`4/dormant-migration`). */
  key: string;
  /** Section number as written (`4`), or `null` for an unnumbered heading. */
  number: string | null;
  /** Heading text without its number. */
  title: string;
  /** Markdown heading depth (1-6). */
  depth: number;
  /** Blocks between the heading and the first clause (introductory text), in order. */
  blocks: Block[];
  /** Ids of the clauses directly under this section (not under its children), in document order. */
  clauseIds: string[];
  /** Sub-sections (unnumbered sub-headings or deeper headings). */
  children: Section[];
  /** Position of the heading. */
  position: Position;
}

/** A parsed document version. */
export interface Document {
  /** Version of this JSON form. */
  schemaVersion: typeof DOCUMENT_SCHEMA_VERSION;
  /** Path of the source file as given to the parser. */
  file: string;
  /** The format it was read from (`markdown`, `docx`, `pdf`): says how to read its positions (see `SourcePlace`). */
  format: SourceFormat;
  /** The front matter. */
  meta: DocumentMeta;
  /** The document title: the first level-1 heading without a number, or `meta.title`. */
  title: string;
  /** Top-level sections in order (a tree: see `Section.children`). */
  sections: Section[];
  /** Every clause in document order. */
  clauses: Clause[];
  /** Every defined term, in table order. */
  definitions: Definition[];
  /** What the parser could not understand, and (after `lint`) what the rules found. */
  diagnostics: Diagnostic[];
}
