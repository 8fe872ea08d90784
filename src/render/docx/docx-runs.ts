/**
 * Word runs from word parts: kept text as plain runs, insertions and deletions as tracked changes
 * (`w:ins`/`w:del`) with the delta's author, date and consecutive revision ids.
 * @module
 */
import type { WordPart } from '../../model/delta.js';
import type { WordRun } from './word-blocks.js';

/** Author, date and the next revision id of the tracked changes being written. */
export interface RevisionContext {
  /** Author shown for every change. */
  author: string;
  /** ISO date-time of every change. */
  date: string;
  /** Give the next revision id (unique in the document, deterministic). */
  nextId(): number;
}

/**
 * A revision context whose ids count up from `first`.
 * @param author Author of the changes.
 * @param date ISO date-time of the changes.
 * @param first First revision id.
 * @returns The context.
 */
export function revisionContext(author: string, date: string, first = 1): RevisionContext {
  let next = first;
  return { author, date, nextId: () => next++ };
}

/** Run formatting shared by every run of a piece of text. */
export interface RunStyle {
  /** Bold. */
  bold?: boolean;
  /** Italic. */
  italics?: boolean;
}

/**
 * Word runs for word parts. Without a revision context every part is written as plain text of the
 * new side (a clean copy).
 * @param parts The parts.
 * @param revisions Tracked-change author, date and ids; `null` for a clean copy.
 * @param style Formatting of the runs.
 * @returns Runs.
 */
export function partsToRuns(parts: readonly WordPart[], revisions: RevisionContext | null, style: RunStyle = {}): WordRun[] {
  const runs: WordRun[] = [];
  for (const part of parts) {
    if (part.text === '') continue;
    if (part.op === 'equal' || !revisions) {
      if (part.op !== 'delete') runs.push({ text: part.text, ...style });
      continue;
    }
    runs.push({ text: part.text, ...style, change: { kind: part.op === 'insert' ? 'ins' : 'del', id: revisions.nextId(), author: revisions.author, date: revisions.date } });
  }
  return runs;
}
