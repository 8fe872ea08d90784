/**
 * The layout of a published document (a redline or a clean copy) as plain data: what goes where, in which
 * order, with which labels. It is computed once (`redline-layout.ts`, `clean-layout.ts`); every format is a
 * small writer over it (`../writers/`), so Markdown, HTML and Word say the same things in the same order.
 * @module
 */
import type { BlockDelta, ChangeKind, ComparisonProfile, Delta, DefinitionChange, Significance, WordPart } from '../../model/delta.js';
import type { Document, DocumentMeta } from '../../model/document.js';
import type { SummaryRow } from '../change-summary.js';

/** One labelled fact of the cover page, e.g. `Version` / `8.1`. */
export interface CoverFact {
  /** Label, e.g. `Code and appendix`. */
  label: string;
  /** Value, e.g. `Smart Energy Code, Appendix AL`. */
  value: string;
}

/** The cover page: title, subtitle and the version's facts. */
export interface CoverLayout {
  /** Main title, e.g. `SMETS1 Transition and Migration Approach Document`. */
  title: string;
  /** What this file is, e.g. `TMAD 8.1 – clean copy` or `TMAD 8.1 – changes since TMAD 8.0`. */
  subtitle: string;
  /** Code and appendix, version, status, date, classification (only those known). */
  facts: CoverFact[];
}

/** One row of the version-history table. */
export interface HistoryRow {
  /** Version, e.g. `8.1`. */
  version: string;
  /** Date, `YYYY-MM-DD` or empty. */
  date: string;
  /** Status, e.g. `designated`. */
  status: string;
  /** What happened, e.g. `Consulted on in FOCb (18 November 2020 – 27 November 2020)`; empty when nothing is known. */
  note: string;
}

/** What the layout step is given besides the documents: the rest of the chain and the consultations. */
export interface PublishContext {
  /** Version history, oldest first (empty or absent: only the version itself is listed). */
  history?: readonly HistoryRow[];
  /** Description of each changed clause from a consultation's drafting table, keyed by new (else old) clause id. */
  descriptions?: Readonly<Record<string, string>>;
}

/** An entry of the contents page: a heading of the document. */
export interface ContentsEntry {
  /** Markdown depth of the heading (2 for a top-level section). */
  depth: number;
  /** Section number, or empty. */
  number: string;
  /** Heading title. */
  title: string;
  /** Link target of the heading. */
  anchor: string;
}

/** The change summary: a line of counts and one row per change (clauses first, then text outside clauses). */
export interface SummaryLayout {
  /** Counts, e.g. `10 amended, 1 inserted; 12 substantive, 40 unchanged`. */
  stats: string;
  /** Column headings, in order (the extra columns appear only when some row has a value for them). */
  columns: string[];
  /** Rows. */
  rows: SummaryRow[];
}

/** A changed front-matter key, its values as text (`—` when absent). */
export interface FrontMatterRow {
  /** The key. */
  key: string;
  /** Old value. */
  old: string;
  /** New value. */
  new: string;
}

/** A heading of the body. */
export interface HeadingEntry {
  /** Discriminant. */
  kind: 'heading';
  /** Link target. */
  anchor: string;
  /** Markdown depth (2 for a top-level section). */
  depth: number;
  /** Whether the heading is new, gone, changed or the same. */
  status: 'equal' | 'changed' | 'inserted' | 'deleted';
  /** Number as word parts (empty when unnumbered). */
  number: WordPart[];
  /** Title as word parts. */
  title: WordPart[];
}

/** One clause number and its blocks: a clause, or one piece of a split or merged clause. */
export interface ClauseEntry {
  /** Discriminant. */
  kind: 'clause';
  /** Link target (the first piece of a change; `null` for the others). */
  anchor: string | null;
  /** Index of the change in `Delta.changes` (`null` in a clean copy). */
  changeIndex: number | null;
  /** The kind of change (`unchanged` in a clean copy). */
  change: ChangeKind;
  /** Its significance (`none` when unchanged or unknown). */
  significance: Significance;
  /** The whole clause exists on one side only here (inserted, deleted, or the two places of a move): its paragraph marks are tracked too. */
  whole: 'inserted' | 'deleted' | null;
  /** The clause number as word parts. */
  number: WordPart[];
  /** Its blocks, compared. */
  blocks: BlockDelta[];
}

/** A block outside clauses (a section's own text). */
export interface BlockEntry {
  /** Discriminant. */
  kind: 'block';
  /** The block, compared. */
  block: BlockDelta;
}

/** A note that is part of neither version (where a clause moved). */
export interface NoteEntry {
  /** Discriminant. */
  kind: 'note';
  /** The sentence. */
  text: string;
  /** A clause id in `text` that links to `anchor`. */
  link?: { text: string; anchor: string };
  /** Word changes of a moved clause, shown (not tracked) after the sentence. */
  changes: WordPart[][];
}

/** One entry of the body, in reading order. */
export type BodyEntry = HeadingEntry | ClauseEntry | BlockEntry | NoteEntry;

/** A published document laid out. */
export interface PublishLayout {
  /** A redline (tracked changes) or a clean copy. */
  kind: 'redline' | 'clean';
  /** Title of the file, e.g. `SMETS1 Transition and Migration Approach Document 8.1 – delta vs 8.0`. */
  title: string;
  /** Author of the tracked changes and of the file. */
  author: string;
  /** ISO date-time of the changes and of the file, `YYYY-MM-DDT00:00:00Z`. */
  date: string;
  /** Classification shown in header and footer (empty when none). */
  classification: string;
  /** Front matter of the (new) version, written as document properties. */
  meta: DocumentMeta;
  /** The versions compared, named as people name them (`TMAD 8.0`), with their dates; `null` in a clean copy. */
  sides: { old: string; new: string } | null;
  /** Cover page. */
  cover: CoverLayout;
  /** Version history, oldest first. */
  history: HistoryRow[];
  /** Contents: the headings, in order. */
  contents: ContentsEntry[];
  /** What the comparison ignored and how finely it compared, as lines; empty when not recorded. */
  profile: string[];
  /** Change summary (`null` in a clean copy). */
  summary: SummaryLayout | null;
  /** Changed definitions. */
  definitions: DefinitionChange[];
  /** Changed front-matter keys. */
  frontMatter: FrontMatterRow[];
  /** The document itself, in reading order. */
  body: BodyEntry[];
  /** What the layout was made from: the JSON writer writes it. */
  source: { kind: 'delta'; delta: Delta } | { kind: 'document'; document: Document };
}

/**
 * The profile lines of a comparison.
 * @param profile The profile, when recorded.
 * @returns Lines, e.g. `Ignored: editorial, case`; empty when absent.
 */
export function profileLines(profile: ComparisonProfile | undefined): string[] {
  if (!profile) return [];
  return [
    `Ignored: ${profile.ignore.length > 0 ? profile.ignore.join(', ') : 'nothing'}`,
    `Granularity: ${profile.granularity}`,
    `Move threshold: ${profile.moveThreshold}`,
  ];
}
