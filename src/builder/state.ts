/**
 * The document builder's working state: local to one `buildDocument` call, never shared.
 * @module
 */
import type { VFile } from 'vfile';
import type { Block, Clause, Definition, DocumentMeta, Section } from '../model/document.js';
import type { Position } from '../model/position.js';
import type { FoundRef } from '../parse/cross-refs.js';
import type { SourceFormat } from '../read/source-block.js';
import type { Locator } from './locate.js';

/** Source of the builder's (the parser's) diagnostics. */
export const PARSE_SOURCE = 'tmad-parse';

/** A clause being built: blocks collected, references not yet resolved. */
export interface Draft {
  /** The clause, completed by `finishDocument`. */
  clause: Clause;
  /** References found in its blocks, with the block each was found in. */
  found: Array<{ ref: FoundRef; blockPosition: Position }>;
  /** The last level-1 letter label seen, to tell `(i)` the letter from `(i)` the numeral. */
  lastLetter: string | undefined;
}

/** The walk's working state. */
export interface BuilderState {
  /** Messages go here. */
  file: VFile;
  /** The input format. */
  format: SourceFormat;
  /** Finds a reference's place inside its block. */
  locate: Locator;
  /** Metadata from the reader. */
  meta: DocumentMeta;
  /** The document title, once seen. */
  title: string;
  /** Top-level sections. */
  sections: Section[];
  /** The open headings, outermost first. */
  stack: Section[];
  /** Every clause, in order. */
  clauses: Draft[];
  /** The clause blocks go to, if any. */
  current: Draft | undefined;
  /** Every definition, in order. */
  definitions: Definition[];
  /** Blocks before the first heading. */
  preamble: Block[];
}
