/**
 * The abstract form of a synthetic document: sections of clauses whose cross-references point at
 * clause objects, not at numbers. Numbers are given only when the model is rendered, so an edit
 * that inserts, moves or deletes a clause renumbers it and updates every reference to it, as a
 * real consequential change would.
 * @module
 */

/** A cross-reference to other parts of the document (by clause key), or to another document. */
export type SyntheticRef =
  | { kind: 'clause'; target: number }
  | { kind: 'pair'; first: number; second: number }
  | { kind: 'range'; first: number; last: number }
  | { kind: 'sub'; target: number; label: string }
  | { kind: 'section'; section: number }
  | { kind: 'external'; text: string };

/** A word (with any punctuation attached) or a reference. */
export type SyntheticToken = string | SyntheticRef;

/** A lettered sub-paragraph `(a)`, with its roman sub-sub-paragraphs `(i)`. */
export interface SyntheticSub {
  /** Its words. */
  tokens: SyntheticToken[];
  /** Its `(i)`, `(ii)` children. */
  children: SyntheticToken[][];
}

/** A table: header and rows of plain-word cells. */
export interface SyntheticTable {
  /** Header cells. */
  header: string[];
  /** Body rows. */
  rows: string[][];
}

/** One clause. */
export interface SyntheticClause {
  /** Identity across edits (references point at it). */
  key: number;
  /** Numbered with a letter after the clause before it (4.24A) rather than the next number. */
  lettered: boolean;
  /** A sub-heading (`### ...`) printed before it. */
  heading?: string;
  /** Words of its opening paragraph. */
  intro: SyntheticToken[];
  /** Its sub-paragraphs. */
  subs: SyntheticSub[];
  /** A table after its sub-paragraphs. */
  table?: SyntheticTable;
  /** Prints the definitions table after it. */
  definitions?: boolean;
}

/** A numbered section (its number is its position plus one). */
export interface SyntheticSection {
  /** Heading text after the number. */
  title: string;
  /** Its clauses in order. */
  clauses: SyntheticClause[];
}

/** A defined term and its meaning. */
export interface SyntheticDefinition {
  /** The term. */
  term: string;
  /** Its meaning. */
  meaning: SyntheticToken[];
}

/** A whole synthetic document. */
export interface SyntheticDocument {
  /** Front matter, in order. */
  meta: Array<[string, string]>;
  /** Title (level-1 heading). */
  title: string;
  /** Sections, numbered from 1. */
  sections: SyntheticSection[];
  /** Definitions, printed as the table of the clause marked `definitions`. */
  definitions: SyntheticDefinition[];
  /** Next free clause key. */
  nextKey: number;
}
