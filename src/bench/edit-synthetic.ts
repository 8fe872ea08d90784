/**
 * Editing a synthetic document model into its next version, with changes of every kind a delta
 * must recognise: word-level amendments, an early insertion that renumbers the rest of its
 * section, a lettered insertion, a deletion, moved and split clauses, table changes and changed
 * and new definitions. References follow their clauses, so renumbering gives consequential changes.
 * @module
 */
import { createRandom, type Random } from './random.js';
import { fillClause, meaning, type TextContext } from './build-synthetic.js';
import type { SyntheticClause, SyntheticDocument, SyntheticRef, SyntheticToken } from './synthetic-model.js';
import { WORDS } from './vocabulary.js';

/** How many edits of each kind were made. */
export interface EditSummary {
  /** Clauses whose words were edited. */
  amendedClauses: number;
  /** Word edits (a word replaced, inserted or deleted). */
  wordEdits: number;
  /** Clauses inserted (the early one and a lettered one). */
  inserted: number;
  /** Clauses deleted. */
  deleted: number;
  /** Clauses moved to another section. */
  moved: number;
  /** Clauses split in two. */
  split: number;
  /** Tables changed (a cell, a row added or removed). */
  tables: number;
  /** Definitions changed or added. */
  definitions: number;
  /** Clauses renumbered by the early insertion and the deletion (not counting consequential references). */
  renumbered: number;
}

/** Options of `editSynthetic`. */
export interface EditOptions {
  /** Seed of the edits. */
  seed: number;
  /** Total word edits, spread over about 5% of clauses. */
  wordEdits: number;
  /** Share of clauses amended (default 0.05). */
  amendedShare?: number;
}

/**
 * Make the next version: a copy of `document` with edits of every kind. `document` is not changed.
 * @param document The old version's model.
 * @param options Seed and amount of editing.
 * @returns The new model and what was done.
 */
export function editSynthetic(document: SyntheticDocument, options: EditOptions): { document: SyntheticDocument; summary: EditSummary } {
  const next = structuredClone(document);
  const random = createRandom(options.seed);
  const summary: EditSummary = { amendedClauses: 0, wordEdits: 0, inserted: 0, deleted: 0, moved: 0, split: 0, tables: 0, definitions: 0, renumbered: 0 };
  const context: TextContext = {
    random,
    terms: next.definitions.map((definition) => definition.term),
    keysBySection: next.sections.map((section) => section.clauses.map((clause) => clause.key)),
    withSubs: [],
  };
  const touched = new Set<number>();
  const endpoints = rangeEndpoints(next);
  const clauseCount = next.sections.reduce((sum, section) => sum + section.clauses.length, 0);
  const bigEdits = Math.max(1, Math.round(clauseCount / 3000));

  next.meta = next.meta.map(([key, value]) => {
    if (key === 'version') return [key, '"1.1"'];
    if (key === 'date') return [key, '2021-06-01'];
    if (key === 'status') return [key, 'consultation'];
    return [key, value];
  });
  next.meta.push(['previous', '"1.0"']);

  // Definitions: one meaning changed, one new term (used by the early insertion).
  const changed = next.definitions[random.int(next.definitions.length)];
  if (changed) changed.meaning = meaning(context, 0);
  const newTerm = 'Synthetic Switch Date';
  next.definitions.push({ term: newTerm, meaning: meaning(context, 0) });
  next.definitions.sort((a, b) => (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
  summary.definitions = 2;

  // An insertion early in the document: the rest of section 2 renumbers.
  const early = next.sections[1];
  if (early) {
    const clause: SyntheticClause = { key: next.nextKey++, lettered: false, intro: [], subs: [] };
    fillClause(context, clause, 1, 0);
    clause.intro.push('The', newTerm, 'shall', 'be', 'published.');
    early.clauses.splice(1, 0, clause);
    touched.add(clause.key);
    summary.inserted++;
    summary.renumbered += early.clauses.length - 2;
  }

  // A lettered insertion in the middle, after a clause not followed by a lettered one.
  const middle = next.sections[Math.floor(next.sections.length / 2)];
  if (middle) {
    const at = findIndex(middle.clauses, random, (clause, index, all) => !clause.lettered && all[index + 1]?.lettered === false);
    if (at !== -1) {
      const clause: SyntheticClause = { key: next.nextKey++, lettered: true, intro: [], subs: [] };
      fillClause(context, clause, next.sections.indexOf(middle), 2);
      middle.clauses.splice(at + 1, 0, clause);
      touched.add(clause.key);
      summary.inserted++;
    }
  }

  // A deletion near the end: a clause nobody cites; the rest of its section renumbers.
  const late = next.sections[next.sections.length - 2];
  if (late) {
    const cited = citedKeys(next);
    const at = findIndex(late.clauses, random, (clause, index, all) => index > 0 && index < all.length - 1 && !clause.lettered && !all[index + 1]?.lettered && !cited.has(clause.key));
    const removed = at === -1 ? undefined : late.clauses.splice(at, 1)[0];
    if (removed) {
      const following = late.clauses[at];
      if (removed.heading !== undefined && following && following.heading === undefined) following.heading = removed.heading;
      summary.deleted++;
      summary.renumbered += late.clauses.length - at;
    }
  }

  // Moves: the last clause of a section (not a range end) goes to a later section as a lettered clause.
  for (let attempt = 0; attempt < bigEdits * 20 && summary.moved < bigEdits; attempt++) {
    const fromIndex = random.between(2, Math.max(2, next.sections.length - 3));
    const from = next.sections[fromIndex];
    const to = next.sections[Math.min(next.sections.length - 1, fromIndex + 1 + random.int(2))];
    const last = from?.clauses.at(-1);
    if (!from || !to || from === to || !last || from.clauses.length < 3 || endpoints.has(last.key) || touched.has(last.key)) continue;
    const at = findIndex(to.clauses, random, (clause, index, all) => !clause.lettered && all[index + 1]?.lettered === false);
    if (at === -1) continue;
    from.clauses.pop();
    last.lettered = true;
    delete last.heading;
    to.clauses.splice(at + 1, 0, last);
    touched.add(last.key);
    summary.moved++;
  }

  // Splits (like 4.30 becoming 4.30 and 4.30A): a clause of several sentences keeps its first
  // sentence; the rest, with its sub-paragraphs and table, becomes a new lettered clause.
  for (let attempt = 0; attempt < bigEdits * 20 && summary.split < bigEdits; attempt++) {
    const section = next.sections[random.between(1, next.sections.length - 1)];
    if (!section) continue;
    const at = findIndex(section.clauses, random, (clause, index, all) => splitPoint(clause) !== -1 && !touched.has(clause.key) && all[index + 1]?.lettered !== true);
    const clause = section.clauses[at];
    if (!clause) continue;
    const part: SyntheticClause = { key: next.nextKey++, lettered: true, intro: clause.intro.splice(splitPoint(clause) + 1), subs: clause.subs };
    if (clause.table) part.table = clause.table;
    delete clause.table;
    clause.subs = [];
    section.clauses.splice(at + 1, 0, part);
    touched.add(clause.key).add(part.key);
    summary.split++;
  }

  // Table changes: a cell changed, a row added, a row removed (in turn).
  const tables = next.sections.flatMap((section) => section.clauses).filter((clause) => clause.table && !touched.has(clause.key));
  const tableEdits = Math.min(tables.length, Math.max(2, Math.round(tables.length * 0.05)));
  for (let index = 0; index < tableEdits; index++) {
    const clause = tables[Math.floor((index * tables.length) / tableEdits)];
    const table = clause?.table;
    if (!clause || !table) continue;
    const row = random.int(table.rows.length);
    if (index % 3 === 0) {
      const cells = table.rows[row];
      if (cells) cells[2] = `${random.pick(WORDS)} ${random.between(1, 900)}`;
    } else if (index % 3 === 1) table.rows.splice(row + 1, 0, [random.pick(context.terms), random.pick(WORDS), String(random.between(1, 900))]);
    else if (table.rows.length > 2) table.rows.splice(row, 1);
    touched.add(clause.key);
    summary.tables++;
  }

  // Amendments: word edits spread over about 5% of the clauses not otherwise touched.
  const candidates = next.sections.flatMap((section) => section.clauses).filter((clause) => !touched.has(clause.key) && !clause.definitions);
  const amendCount = Math.max(1, Math.min(candidates.length, Math.round(clauseCount * (options.amendedShare ?? 0.05))));
  const step = candidates.length / amendCount;
  for (let index = 0; index < amendCount; index++) {
    const clause = candidates[Math.floor(index * step + random.next() * step)] ?? candidates[index];
    if (!clause) continue;
    const edits = Math.floor(options.wordEdits / amendCount) + (index < options.wordEdits % amendCount ? 1 : 0);
    if (edits === 0) continue;
    for (let edit = 0; edit < edits; edit++) editWord(clause, random);
    summary.amendedClauses++;
    summary.wordEdits += edits;
  }
  return { document: next, summary };
}

/**
 * Where to split a clause: the index of the word ending its first sentence, when that sentence
 * holds between a quarter and two thirds of the clause's opening words; else -1.
 */
function splitPoint(clause: SyntheticClause): number {
  const end = clause.intro.findIndex((token) => typeof token === 'string' && token.endsWith('.'));
  const words = clause.intro.length + clause.subs.reduce((sum, sub) => sum + sub.tokens.length + sub.children.flat().length, 0);
  return end !== -1 && end < clause.intro.length - 1 && end + 1 >= words / 4 && end + 1 <= (words * 2) / 3 ? end : -1;
}

/** Pick a random index whose element satisfies `test` (searching from a random start), or -1. */
function findIndex<T>(items: readonly T[], random: Random, test: (item: T, index: number, all: readonly T[]) => boolean): number {
  if (items.length === 0) return -1;
  const start = random.int(items.length);
  for (let offset = 0; offset < items.length; offset++) {
    const index = (start + offset) % items.length;
    const item = items[index];
    if (item !== undefined && test(item, index, items)) return index;
  }
  return -1;
}

/** One word edit: replace, insert or delete a lower-case word (never a term, a reference or an opener). */
function editWord(clause: SyntheticClause, random: Random): void {
  const lists: SyntheticToken[][] = [clause.intro, ...clause.subs.flatMap((sub) => [sub.tokens, ...sub.children])];
  const list = lists[random.int(lists.length)] ?? clause.intro;
  const at = findIndex(list, random, (token, index) => index > 0 && typeof token === 'string' && /^[a-z]/.test(token));
  if (at === -1) return;
  const token = list[at] as string;
  const punctuation = /[.;:,]+$/.exec(token)?.[0] ?? '';
  const roll = random.next();
  if (roll < 0.5 || (roll >= 0.75 && punctuation !== '')) list[at] = `${differentWord(random, token)}${punctuation}`;
  else if (roll < 0.75) list.splice(at, 0, random.pick(WORDS));
  else list.splice(at, 1);
}

function differentWord(random: Random, token: string): string {
  const bare = token.replace(/[.;:,]+$/, '');
  let word = random.pick(WORDS);
  while (word === bare) word = random.pick(WORDS);
  return word;
}

function refsOf(document: SyntheticDocument): SyntheticRef[] {
  const refs: SyntheticRef[] = [];
  const add = (tokens: readonly SyntheticToken[]): void => {
    for (const token of tokens) if (typeof token !== 'string') refs.push(token);
  };
  for (const section of document.sections) {
    for (const clause of section.clauses) {
      add(clause.intro);
      for (const sub of clause.subs) {
        add(sub.tokens);
        for (const child of sub.children) add(child);
      }
    }
  }
  for (const definition of document.definitions) add(definition.meaning);
  return refs;
}

function rangeEndpoints(document: SyntheticDocument): Set<number> {
  const keys = new Set<number>();
  for (const ref of refsOf(document)) if (ref.kind === 'range') keys.add(ref.first).add(ref.last);
  return keys;
}

function citedKeys(document: SyntheticDocument): Set<number> {
  const keys = new Set<number>();
  for (const ref of refsOf(document)) {
    if (ref.kind === 'clause' || ref.kind === 'sub') keys.add(ref.target);
    else if (ref.kind === 'pair') keys.add(ref.first).add(ref.second);
    else if (ref.kind === 'range') keys.add(ref.first).add(ref.last);
  }
  return keys;
}
