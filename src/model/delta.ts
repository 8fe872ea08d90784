/**
 * The delta between two versions: what every redline renderer, `tmad trace` (the id map) and the
 * consultation template (a comment row per changed clause) read. Its JSON form is versioned by
 * `schemaVersion` and documented in `src/model/delta-schema.md`.
 * @module
 */
import type { Block, DocumentMeta } from './document.js';

/**
 * Version of the JSON form of a `Delta`. 2: clauses whose words did not change (`unchanged`, and `renumbered`
 * or `moved` without `amended`) leave out `blocks` and `pieces` unless the full form is asked for.
 */
export const DELTA_SCHEMA_VERSION = 2;

/** How a clause changed between two versions. */
export type ChangeKind = 'unchanged' | 'amended' | 'inserted' | 'deleted' | 'renumbered' | 'moved' | 'split' | 'merged';

/** The three kinds of change, and `none` for text that did not change. */
export type Significance = 'substantive' | 'consequential' | 'editorial' | 'none';

/**
 * The rules that decide a change's significance (one function each in `src/delta/significance/`), kebab-case:
 * - none: `unchanged`;
 * - editorial: `number-only` (a new number alone), `moved-same-words`, `split-same-words`, `merged-same-words`,
 *   `quote-style` (“ ” for "), `apostrophe` (’ for '), `dash` (– — -), `white-space`, `emphasis`, `case`,
 *   `relabelled` (sub-paragraphs relabelled with the same words), `punctuation`, `table-formatting` (column
 *   alignment), `editorial-several` (several of these at once), `was-unnumbered-text` (a clause that was unnumbered
 *   text word for word), `became-unnumbered-text` (the reverse);
 * - consequential: `cross-reference-renumbered`, `self-reference` (a clause's reference to itself follows its new
 *   number), `term-renamed` (a defined term's new name), `reference-repaired` (a reference to a number the old
 *   version does not have now names a clause that was renumbered);
 * - substantive: `words-changed`, `clause-inserted`, `clause-deleted`, `text-inserted`, `text-deleted`.
 */
export type ReasonRule =
  | 'unchanged'
  | 'number-only'
  | 'moved-same-words'
  | 'split-same-words'
  | 'merged-same-words'
  | 'quote-style'
  | 'apostrophe'
  | 'dash'
  | 'white-space'
  | 'emphasis'
  | 'case'
  | 'relabelled'
  | 'punctuation'
  | 'table-formatting'
  | 'editorial-several'
  | 'was-unnumbered-text'
  | 'became-unnumbered-text'
  | 'cross-reference-renumbered'
  | 'self-reference'
  | 'term-renamed'
  | 'reference-repaired'
  | 'words-changed'
  | 'clause-inserted'
  | 'clause-deleted'
  | 'text-inserted'
  | 'text-deleted';

/** Why a change got its significance: the rule (machine-readable, kebab-case, e.g. `quote-style`, `self-reference`, `words-changed`) and a sentence for a reviewer. */
export interface ChangeReason {
  /** The rule that decided (see `ReasonRule`). */
  rule: ReasonRule;
  /** One sentence a reviewer reads, e.g. `Only the quote style changed (“ ” for " ").` */
  text: string;
}

/** A run of words in a word-level diff: kept, inserted or deleted. Joining the `equal` and `insert` texts gives the new text; `equal` and `delete` the old. */
export interface WordPart {
  /** What happened to this run. */
  op: 'equal' | 'insert' | 'delete';
  /** The text of the run, white space included as written. */
  text: string;
}

/** A text block (paragraph, sub-paragraph or item) compared between versions. */
export interface TextBlockDelta {
  /** Discriminant. */
  kind: 'text';
  /** `equal`, `changed`, `inserted` (only in the new version) or `deleted` (only in the old). */
  status: 'equal' | 'changed' | 'inserted' | 'deleted';
  /** The block in the old version, when it exists there. */
  old?: Exclude<Block, { kind: 'table' }>;
  /** The block in the new version, when it exists there. */
  new?: Exclude<Block, { kind: 'table' }>;
  /** Word diff of the block's text (label included for sub-paragraphs). */
  parts: WordPart[];
}

/** A table cell compared between versions. */
export interface CellDelta {
  /** Word diff of the cell's text. */
  parts: WordPart[];
}

/** A table row compared between versions. */
export interface RowDelta {
  /** `equal`, `changed`, `inserted` or `deleted`. */
  status: 'equal' | 'changed' | 'inserted' | 'deleted';
  /** One entry per column of the (new, else old) table: the output is always a valid table. */
  cells: CellDelta[];
}

/** A table compared between versions, row by row and cell by cell. */
export interface TableBlockDelta {
  /** Discriminant. */
  kind: 'table';
  /** `equal`, `changed`, `inserted` or `deleted`. */
  status: 'equal' | 'changed' | 'inserted' | 'deleted';
  /** The table in the old version, when it exists there. */
  old?: Extract<Block, { kind: 'table' }>;
  /** The table in the new version, when it exists there. */
  new?: Extract<Block, { kind: 'table' }>;
  /** Header cells compared. */
  header: CellDelta[];
  /** Body rows, in new-version order with deleted rows where they stood. */
  rows: RowDelta[];
}

/** One block of a clause compared between versions. */
export type BlockDelta = TextBlockDelta | TableBlockDelta;

/** One change to a clause (or group of clauses, for splits and merges). */
export interface ClauseChange {
  /** What happened. */
  kind: ChangeKind;
  /** Ids in the old version (empty for `inserted`; several for `merged`). */
  oldIds: string[];
  /** Ids in the new version (empty for `deleted`; several for `split`). */
  newIds: string[];
  /** Section numbers, old and new (differ for a clause moved to another section). */
  sections: { old: string | null; new: string | null };
  /** `significance === 'substantive'`: the change alters the wording of an obligation (not a new number alone, a cross-reference following a renumbering, an editorial change). */
  substantive: boolean;
  /** `significance === 'consequential'`: the only wording change is references that follow a renumbering (self-references included) or a defined term's rename. */
  consequential: boolean;
  /** Also `true` for a renumbered or moved clause whose words changed too. */
  amended: boolean;
  /**
   * Which of the three kinds of change this is (`none` for an unchanged clause): `substantive` (the words of an
   * obligation changed), `consequential` (follows a renumbering or a defined term's rename, self-references
   * included) or `editorial` (quote style, apostrophes, dashes, case, punctuation, white space, emphasis,
   * sub-paragraphs relabelled with the same words, a new number alone).
   */
  significance: Significance;
  /** The rule that decided `significance`, machine-readable, with a sentence a reviewer reads. */
  reason: ChangeReason;
  /** Text similarity of old and new (numbers ignored), 0 to 1; 1 for unchanged text. */
  similarity: number;
  /** Words inserted. */
  wordsAdded: number;
  /** Words deleted. */
  wordsRemoved: number;
  /** One line a person reads in a change table, e.g. `Renumbered 6.4 → 6.3` or `Amended: 12 words added, 3 removed`. */
  summary: string;
  /**
   * `true` when the comparison profile ignores this change (see `ComparisonProfile.ignore`): it is shown as
   * `unchanged` (its blocks carry the new text, unmarked) but keeps the `significance` and `reason` it was found to
   * have. Absent otherwise.
   */
  ignored?: true;
  /** The blocks compared (old blocks only for deleted, new only for inserted). */
  blocks: BlockDelta[];
  /**
   * The same blocks grouped by clause, in reading order: one piece per clause number shown. A plain change has
   * one piece (`oldId` and `newId` its ids, `null` for the side where it does not exist); a split has one piece per
   * new clause (the first continues the old clause, the others are inserted); a merge one piece per old clause (the
   * first continues into the new clause, the others are deleted). `blocks` is these pieces' blocks concatenated.
   */
  pieces: ClausePiece[];
}

/**
 * A change as written in the compact JSON form (see `renderDeltaJson`): a clause whose words did not change
 * (`unchanged`, or `renumbered`/`moved` without `amended`) has no `blocks` and no `pieces`, as its text is the same
 * on both sides; every other change is written whole.
 */
export type ClauseChangeJson = Omit<ClauseChange, 'blocks' | 'pieces'> & Partial<Pick<ClauseChange, 'blocks' | 'pieces'>>;

/** The JSON form of a delta: a `Delta` whose `changes` may be compact (see `ClauseChangeJson`). */
export type DeltaJson = Omit<Delta, 'changes'> & { changes: ClauseChangeJson[] };

/** One clause number and its blocks inside a change (see `ClauseChange.pieces`). */
export interface ClausePiece {
  /** The clause id in the old version, or `null` when this piece only exists in the new one. */
  oldId: string | null;
  /** The clause id in the new version, or `null` when this piece only exists in the old one. */
  newId: string | null;
  /** The blocks of this piece, compared. */
  blocks: BlockDelta[];
}

/** A heading (numbered section or unnumbered sub-heading) compared between versions. */
export interface HeadingDelta {
  /** `equal`, `changed` (number or title reworded), `inserted` or `deleted`. */
  status: 'equal' | 'changed' | 'inserted' | 'deleted';
  /** Markdown heading depth (1-6), of the new heading when it exists. */
  depth: number;
  /** Section number in the old version (`null`: unnumbered, or not in the old version). */
  oldNumber: string | null;
  /** Section number in the new version (`null`: unnumbered, or not in the new version). */
  newNumber: string | null;
  /** Word diff of the heading title (without its number). */
  parts: WordPart[];
  /** Introductory blocks of the section (between the heading and its first clause), compared. */
  blocks: BlockDelta[];
}

/**
 * One entry of a redline in reading order (see `Delta.outline`): a heading, a change (by index into
 * `Delta.changes`), or the place a moved clause was taken from (by index of the `moved` change).
 */
export type OutlineEntry =
  | { kind: 'heading'; heading: HeadingDelta }
  | { kind: 'change'; index: number }
  | { kind: 'moved-away'; index: number };

/** A change to a defined term. */
export interface DefinitionChange {
  /** `added`, `removed` or `changed` (meaning reworded). */
  kind: 'added' | 'removed' | 'changed';
  /** The term. */
  term: string;
  /** Old meaning, when it existed. */
  oldMeaning?: string;
  /** New meaning, when it exists. */
  newMeaning?: string;
  /** Word diff of the meaning. */
  parts: WordPart[];
}

/** The kinds of text a comparison profile can ignore (see `ComparisonProfile.ignore`). */
export type IgnoreKind = 'editorial' | 'case' | 'numbering-only' | 'table-formatting';

/** The granularity of word diffs: runs of words, or single characters. */
export type Granularity = 'word' | 'character';

/** A change of a front-matter key. */
export interface MetaChange {
  /** The key, e.g. `version`. */
  key: string;
  /** Old value (absent when added). */
  old?: unknown;
  /** New value (absent when removed). */
  new?: unknown;
}

/** The side of a delta: which version. */
export interface DeltaSide {
  /** Source file. */
  file: string;
  /** Front matter. */
  meta: DocumentMeta;
  /** Document title. */
  title: string;
}

/**
 * A change to text outside numbered clauses: the preamble, a section heading, a section's own text, a definition
 * written as a paragraph. Counted in `Delta.stats.outside` and listed in the summary like clause changes.
 */
export interface OutsideChange {
  /** What happened: `became-clause` / `was-clause` pair unnumbered text with a clause it turned into / came from. */
  kind: 'inserted' | 'deleted' | 'amended' | 'moved' | 'became-clause' | 'was-clause';
  /** Where the text is. */
  where: 'preamble' | 'heading' | 'section-text' | 'definition';
  /** Section keys (see `Section.key`), old and new (`null` on the side where the text does not exist). */
  sections: { old: string | null; new: string | null };
  /** For `where: 'definition'`: the term defined. */
  term?: string;
  /** For `became-clause` / `was-clause`: the clause id on the other side. */
  clauseId?: string;
  /** Which of the three kinds of change. */
  significance: Significance;
  /** Why. */
  reason: ChangeReason;
  /** One line for the change table, e.g. `Section 2 text amended: 3 words added`. */
  summary: string;
  /** Words inserted. */
  wordsAdded: number;
  /** Words deleted. */
  wordsRemoved: number;
  /** The blocks compared. */
  blocks: BlockDelta[];
}

/** What a comparison ignores and how finely it compares (from `tmad.config.json` `compare` and the command line). */
export interface ComparisonProfile {
  /** Change kinds not shown as changes (their significance is still computed), in the order of `IGNORE_KINDS`. */
  ignore: IgnoreKind[];
  /** Diff granularity. */
  granularity: Granularity;
  /** Similarity (0-1) above which an unmatched clause elsewhere is a move rather than a deletion plus an insertion. */
  moveThreshold: number;
}

/** A chain of versions: each consecutive delta, and the cumulative delta first -> last with composed id maps. */
export interface DeltaChain {
  /** The versions in order, oldest first. */
  versions: DeltaSide[];
  /** `steps[i]` is versions[i] -> versions[i + 1]. */
  steps: Delta[];
  /** versions[0] -> the last version, with `idMap` composed through every step (a clause renumbered twice is followed). */
  cumulative: Delta;
}

/** One version in a clause's life (see `ClauseHistory`). */
export interface ClauseHistoryEntry {
  /** The version, e.g. `8.0`. */
  version: string;
  /** The clause id in that version, or `null` when it does not exist there. */
  id: string | null;
  /** The clause text in that version, or `null`. */
  text: string | null;
  /** The change from the previous version to this one (absent for the first version). */
  change?: Pick<ClauseChange, 'kind' | 'oldIds' | 'newIds' | 'summary' | 'wordsAdded' | 'wordsRemoved'> & {
    significance: Significance;
    reason: ChangeReason;
    /** Word diff of the clause's text from the previous version. */
    parts: WordPart[];
  };
}

/** A clause's life across a chain of versions. */
export interface ClauseHistory {
  /** The id asked for (as in the version it was looked up in). */
  id: string;
  /** One entry per version of the chain, oldest first. */
  entries: ClauseHistoryEntry[];
}

/** The delta between two versions of a document. */
export interface Delta {
  /** Version of this JSON form. */
  schemaVersion: typeof DELTA_SCHEMA_VERSION;
  /** The old version. */
  old: DeltaSide;
  /** The new version. */
  new: DeltaSide;
  /** Every clause, in new-version order with deleted clauses where they stood; `unchanged` included. */
  changes: ClauseChange[];
  /** Changes to defined terms, in new-table order with removed terms last. */
  definitions: DefinitionChange[];
  /** Changes of front-matter keys. */
  meta: MetaChange[];
  /** Old clause id -> new clause ids (empty array: deleted). Every old id is a key. */
  idMap: Record<string, string[]>;
  /**
   * Counts of clause changes by kind and by significance (`substantive`, `consequential`, `editorial`: of
   * `changes`; `ignored`: changes the profile ignored), and `outside`: the number of changes outside clauses.
   */
  stats: Record<ChangeKind, number> & { substantive: number; consequential: number; editorial: number; ignored: number; outside: number };
  /** Changes outside numbered clauses, in new-version order with deleted text where it stood. */
  outside: OutsideChange[];
  /** The comparison profile used. */
  profile: ComparisonProfile;
  /**
   * The redline in reading order: headings and changes in new-version order, with deleted clauses and headings
   * where they stood and a `moved-away` entry where each moved clause used to be. Every change index appears
   * exactly once as a `change` entry.
   */
  outline: OutlineEntry[];
}
