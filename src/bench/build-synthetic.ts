/**
 * Building a synthetic document model of about a given number of words: front matter, a
 * definitions section, numbered sections with sub-headings, clauses (some lettered, like 4.24A)
 * with (a)/(i) sub-paragraphs, tables and cross-references to clauses anywhere in the document.
 * @module
 */
import { createRandom, type Random } from './random.js';
import type { SyntheticClause, SyntheticDefinition, SyntheticDocument, SyntheticRef, SyntheticSection, SyntheticToken } from './synthetic-model.js';
import { ACRONYMS, OPENERS, REF_LEADS, TERM_HEADS, TERM_MODIFIERS, TITLE_WORDS, WORDS } from './vocabulary.js';

/** Average words a generated clause holds (measured on generated documents); used to plan the number of clauses. */
const WORDS_PER_CLAUSE = 80;

/** Average words of a row of the definitions table. */
const WORDS_PER_DEFINITION = 24;

/** What sentence generation needs: the randomness, the terms and the clause skeleton to cite. */
export interface TextContext {
  /** The random source. */
  random: Random;
  /** Defined terms. */
  terms: readonly string[];
  /** Clause keys by section index, for references. */
  keysBySection: readonly number[][];
  /** Clause keys with at least two sub-paragraphs, for `4.12(b)` references. */
  withSubs: readonly number[];
}

/**
 * Build the model of a document of about `words` words.
 * @param words Target number of words (the result is within a few per cent).
 * @param seed Seed: the same seed gives the same document.
 * @returns The model.
 */
export function buildSynthetic(words: number, seed: number): SyntheticDocument {
  const random = createRandom(seed);
  const terms = makeTerms(random, Math.min(120, 30 + Math.round(words / 20000)));
  const clauseCount = Math.max(40, Math.round((words - terms.length * WORDS_PER_DEFINITION) / WORDS_PER_CLAUSE));
  const sectionCount = Math.max(6, Math.round(clauseCount / 150));
  // Skeleton first, so that references can point forwards as well as backwards.
  let nextKey = 1;
  const sections: SyntheticSection[] = [];
  const keysBySection: number[][] = [];
  const withSubs: number[] = [];
  const subCounts = new Map<number, number>();
  const definitionsSection: SyntheticSection = { title: 'Definitions and Interpretation', clauses: [] };
  sections.push(definitionsSection);
  for (let index = 0; index < 4; index++) definitionsSection.clauses.push(emptyClause(nextKey++, false));
  const rest = clauseCount - 4;
  const weights = Array.from({ length: sectionCount - 1 }, () => 0.6 + random.next() * 0.8);
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
  for (let index = 1; index < sectionCount; index++) {
    const size = Math.max(5, Math.round((rest * (weights[index - 1] ?? 1)) / totalWeight));
    const section: SyntheticSection = { title: `${random.pick(TITLE_WORDS)} ${random.pick(WORDS)} arrangements`, clauses: [] };
    for (let position = 0; position < size; position++) {
      const lettered = position > 0 && random.chance(0.04);
      const clause = emptyClause(nextKey++, lettered);
      if (position === 0 || random.chance(0.08)) clause.heading = `${random.pick(TITLE_WORDS)} ${random.pick(WORDS)} ${random.pick(WORDS)}`;
      const subs = random.chance(0.3) ? random.between(2, 5) : 0;
      subCounts.set(clause.key, subs);
      if (subs >= 2) withSubs.push(clause.key);
      section.clauses.push(clause);
    }
    sections.push(section);
  }
  for (const section of sections) keysBySection.push(section.clauses.map((clause) => clause.key));
  const context: TextContext = { random, terms, keysBySection, withSubs };
  sections.forEach((section, sectionIndex) => {
    for (const clause of section.clauses) fillClause(context, clause, sectionIndex, subCounts.get(clause.key) ?? 0);
  });
  const [first, second] = definitionsSection.clauses;
  if (first) first.intro = ['This', 'Section', 'sets', 'out', 'the', 'defined', 'terms', 'used', 'in', 'this', 'document', 'and', 'the', 'rules', 'of', 'its', 'interpretation.'];
  if (second) {
    second.intro = ['In', 'this', 'document', 'the', 'capitalised', 'terms', 'listed', 'in', 'the', 'table', 'below', 'have', 'the', 'meanings', 'set', 'out', 'opposite', 'them.'];
    second.definitions = true;
  }
  const definitions: SyntheticDefinition[] = terms.map((term) => ({ term, meaning: meaning(context, 0) }));
  ensureEveryTermUsed(sections, terms);
  return {
    meta: [
      ['document', 'SYN'],
      ['title', 'Synthetic Energy Code'],
      ['code', 'Smart Energy Code'],
      ['version', '"1.0"'],
      ['status', 'designated'],
      ['date', '2021-01-04'],
      ['classification', 'DCC Public'],
      ['author', 'DCC'],
    ],
    title: 'Synthetic Energy Code',
    sections,
    definitions,
    nextKey,
  };
}

function emptyClause(key: number, lettered: boolean): SyntheticClause {
  return { key, lettered, intro: [], subs: [] };
}

function makeTerms(random: Random, count: number): string[] {
  const all: string[] = [];
  for (const modifier of TERM_MODIFIERS) for (const head of TERM_HEADS) all.push(`${modifier} ${head}`);
  const chosen = new Set<string>(ACRONYMS);
  while (chosen.size < Math.min(count, all.length)) chosen.add(random.pick(all));
  return [...chosen].sort();
}

/**
 * Fill a clause: an opening paragraph of one to three sentences, its sub-paragraphs, sometimes a table.
 * @param context Randomness, terms and clauses to cite.
 * @param clause The clause to fill.
 * @param sectionIndex Its section's index.
 * @param subs How many sub-paragraphs it has.
 */
export function fillClause(context: TextContext, clause: SyntheticClause, sectionIndex: number, subs: number): void {
  const { random } = context;
  const sentences = random.between(1, 3);
  clause.intro = [];
  for (let index = 0; index < sentences; index++) clause.intro.push(...sentence(context, sectionIndex, random.between(12, 28), subs > 0 && index === sentences - 1 ? ':' : '.'));
  clause.subs = [];
  for (let index = 0; index < subs; index++) {
    const end = index === subs - 1 ? '.' : index === subs - 2 ? '; and' : ';';
    const children: SyntheticToken[][] = [];
    if (random.chance(0.2)) {
      const count = random.between(2, 3);
      for (let child = 0; child < count; child++) children.push(lower(sentence(context, sectionIndex, random.between(6, 14), child === count - 1 ? ';' : ',')));
    }
    clause.subs.push({ tokens: lower(sentence(context, sectionIndex, random.between(8, 20), children.length > 0 ? ':' : end)), children });
  }
  if (random.chance(0.04)) {
    const rows: string[][] = [];
    const count = random.between(3, 6);
    for (let row = 0; row < count; row++) rows.push([random.pick(context.terms), cell(random), cell(random)]);
    clause.table = { header: [random.pick(TITLE_WORDS), 'Description', 'Value'], rows };
  }
}

function cell(random: Random): string {
  const words: string[] = [];
  const count = random.between(1, 5);
  for (let index = 0; index < count; index++) words.push(random.chance(0.2) ? String(random.between(1, 500)) : random.pick(WORDS));
  return words.join(' ');
}

function lower(tokens: SyntheticToken[]): SyntheticToken[] {
  const first = tokens[0];
  if (typeof first === 'string' && OPENERS.includes(first)) tokens[0] = first.toLowerCase();
  return tokens;
}

/**
 * A sentence of about `length` words: an opener, words, defined terms and now and then a
 * cross-reference, ending with `end` (`.`, `;`, `:`, `; and`).
 * @param context Randomness, terms and clauses to cite.
 * @param sectionIndex The section it is written in (references prefer their own section).
 * @param length Number of words.
 * @param end Closing punctuation.
 * @returns The tokens.
 */
export function sentence(context: TextContext, sectionIndex: number, length: number, end: string): SyntheticToken[] {
  const { random } = context;
  const tokens: SyntheticToken[] = [random.pick(OPENERS)];
  const refAt = random.chance(0.4) ? random.between(2, Math.max(2, length - 3)) : -1;
  for (let index = 1; index < length; index++) {
    if (index === refAt) {
      tokens.push(...random.pick(REF_LEADS), reference(context, sectionIndex));
      continue;
    }
    if (random.chance(0.1)) {
      const term = random.pick(context.terms);
      tokens.push(random.chance(0.2) ? plural(term) : term);
    } else tokens.push(random.pick(WORDS));
  }
  tokens.push(`${random.pick(WORDS)}${end === '; and' ? ';' : end}`);
  if (end === '; and') tokens.push('and');
  return tokens;
}

function plural(term: string): string {
  if (/[^aeiou]y$/.test(term)) return `${term.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(term)) return `${term}es`;
  return `${term}s`;
}

function reference(context: TextContext, sectionIndex: number): SyntheticRef {
  const { random, keysBySection } = context;
  const own = random.chance(0.7) ? sectionIndex : random.int(keysBySection.length);
  const keys = keysBySection[own] ?? keysBySection[1] ?? [];
  const roll = random.next();
  if (roll < 0.05) return { kind: 'section', section: random.between(1, keysBySection.length) };
  if (roll < 0.1) return { kind: 'external', text: `Section ${random.pick(['A', 'B', 'H', 'M'])}${random.between(1, 9)}.${random.between(1, 20)} of the Code` };
  if (roll < 0.18 && context.withSubs.length > 0) return { kind: 'sub', target: random.pick(context.withSubs), label: random.chance(0.5) ? '(a)' : '(b)' };
  if (keys.length >= 3 && roll < 0.3) {
    const at = random.int(keys.length - 2);
    const span = random.between(1, Math.min(4, keys.length - 1 - at));
    return { kind: 'range', first: keys[at] ?? 0, last: keys[at + span] ?? 0 };
  }
  if (keys.length >= 2 && roll < 0.42) {
    const at = random.int(keys.length - 1);
    return { kind: 'pair', first: keys[at] ?? 0, second: keys[at + 1] ?? 0 };
  }
  return { kind: 'clause', target: random.pick(keys) };
}

/**
 * The meaning of a defined term: a short phrase, sometimes citing a clause.
 * @param context Randomness, terms and clauses to cite.
 * @param sectionIndex The section it is written in.
 * @returns The tokens.
 */
export function meaning(context: TextContext, sectionIndex: number): SyntheticToken[] {
  const tokens = lower(sentence(context, sectionIndex, context.random.between(8, 20), ''));
  return tokens;
}

/** Mention in the last clause of section 2 every term no clause uses, so no term is reported unused. */
function ensureEveryTermUsed(sections: SyntheticSection[], terms: readonly string[]): void {
  const used = new Set<string>();
  for (const section of sections) {
    for (const clause of section.clauses) {
      for (const token of clause.intro) if (typeof token === 'string') used.add(token);
      for (const sub of clause.subs) for (const token of [...sub.tokens, ...sub.children.flat()]) if (typeof token === 'string') used.add(token);
      for (const row of clause.table?.rows ?? []) for (const cellText of row) used.add(cellText);
    }
  }
  const unused = terms.filter((term) => !used.has(term) && !used.has(plural(term)));
  const clause = sections[1]?.clauses.at(-1);
  if (unused.length === 0 || !clause) return;
  clause.intro.push('This', 'clause', 'also', 'applies', 'to', ...unused.flatMap((term, index) => (index === unused.length - 1 ? [`${term}.`] : [`${term},`])));
}
