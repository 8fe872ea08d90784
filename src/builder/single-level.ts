/**
 * Single-level numbers: a paragraph opening with `3.` or `3` then a title or text
 * (`3. Licence Restrictions. Except ...`, `**7. Payment**`, `3. The DCC shall ...`). It becomes a
 * numbered section (with its text, when a title is followed by text), or a one-part clause `3`;
 * never text merged silently into the clause above. When the evidence is thin, an info message
 * (`single-level-number`) says what was decided.
 * @module
 */
import type { Position } from '../model/position.js';
import { reportBuilder } from './diagnostics.js';
import { addBlock, addText, openClause } from './clauses.js';
import { openSection } from './sections.js';
import type { BuilderState } from './state.js';

/** A one-part number at the start: digits, an optional dot, then white space or the end. */
const SINGLE = /^(\d{1,4})(\.)?(?:\s+|$)/;

/** Short words a title may hold in lower case. */
const CONNECTORS = new Set('a an and as at by for from in into of on or the to with without under upon vs'.split(' '));

/** A single-level number found at the start of a paragraph. */
export interface SingleLevelNumber {
  /** The number, `3`. */
  number: string;
  /** Whether a dot followed it (`3.`). */
  dotted: boolean;
  /** The title, when the text opens with one (`Licence Restrictions`). */
  title: string | undefined;
  /** The text after the title (or after the number, when there is no title). */
  rest: string;
}

/**
 * Read a single-level number and what follows it.
 * @param text The paragraph's text, its number included.
 * @returns The number, title and rest, or `undefined` when the text does not open with one.
 */
export function singleLevelNumber(text: string): SingleLevelNumber | undefined {
  const match = SINGLE.exec(text);
  if (!match?.[1]) return undefined;
  const after = text.slice(match[0].length).trim();
  const dotted = match[2] !== undefined;
  const split = splitTitle(after);
  if (!dotted && !split) return undefined;
  return { number: match[1], dotted, title: split?.title, rest: split ? split.rest : after };
}

/** `Licence Restrictions. Except ...` gives the title and the rest; a sentence gives `undefined`. */
function splitTitle(text: string): { title: string; rest: string } | undefined {
  if (text === '') return undefined;
  const whole = text.replace(/[.:]$/, '');
  if (isTitle(whole)) return { title: whole, rest: '' };
  const stop = /[.:](?:\s+)/g;
  for (let match = stop.exec(text); match && match.index <= 120; match = stop.exec(text)) {
    const title = text.slice(0, match.index);
    if (isTitle(title)) return { title, rest: text.slice(match.index + match[0].length).trim() };
  }
  return undefined;
}

/** Up to ten words, each capitalised (or a short connector), starting with a capital. */
function isTitle(text: string): boolean {
  const words = text.split(/\s+/).filter((word) => word !== '' && !/^[;&/–—-]$/.test(word));
  if (words.length === 0 || words.length > 10) return false;
  if (!/^[A-Z“"'(]/.test(words[0] ?? '')) return false;
  return words.every((word) => /^[“"'(]?[A-Z0-9]/.test(word) || CONNECTORS.has(word.replace(/[;,:]$/, '')));
}

/**
 * Take a paragraph opening with a single-level number, when it is one.
 * @param state The builder state.
 * @param single The number read from its text.
 * @param position Where the paragraph is.
 * @param listItem Whether the paragraph is a list item (`3.` is then its list marker: it is taken
 *   only when it is the next single-level number, else it stays a list item).
 * @returns `true` when the paragraph was taken (a section or a clause), `false` to read it as text.
 */
export function takeSingleLevel(state: BuilderState, single: SingleLevelNumber, position: Position, listItem: boolean): boolean {
  const value = Number(single.number);
  const next = value === state.lastSectionNumber + 1;
  const hasClauses = state.sectionsWithClauses.has(single.number);
  if (single.title !== undefined) {
    if (listItem && !next) return false;
    if (!single.dotted && !next && !hasClauses) return false;
    section(state, single, single.title, position);
    if (!next && !hasClauses) {
      reportBuilder(state.file, 'info', `Paragraph \`${single.number}. ${single.title}\` read as Section ${single.number}, a numbered section with a title; expected the next section number (${state.lastSectionNumber + 1}) or clauses ${single.number}.1, ${single.number}.2 after it to be sure`, 'single-level-number', position);
    } else if (listItem) {
      reportBuilder(state.file, 'info', `Numbered list item \`${single.number}. ${single.title}\` read as Section ${single.number} (the next section number, written as a title)`, 'single-level-number', position);
    }
    if (single.rest !== '') addText(state, single.rest, position, undefined);
    return true;
  }
  // A sentence: a one-part clause, when dotted; in a list, only when it is the next number (else a list item).
  if (!single.dotted || (listItem && !next)) return false;
  openClause(state, single.number, null, position);
  addBlock(state, { kind: 'paragraph', text: single.rest, position });
  state.lastSectionNumber = Math.max(state.lastSectionNumber, value);
  if (hasClauses) {
    reportBuilder(state.file, 'info', `Paragraph numbered \`${single.number}.\` read as a one-part clause \`${single.number}\` (its text is a sentence, not a title), although clauses ${single.number}.1, ... follow; write it as a heading \`## ${single.number} Title\` if it opens Section ${single.number}`, 'single-level-number', position);
  } else if (listItem) {
    reportBuilder(state.file, 'info', `Numbered list item \`${single.number}.\` read as a one-part clause \`${single.number}\` (the next number after ${value - 1}), not as an item of the clause above`, 'single-level-number', position);
  }
  return true;
}

function section(state: BuilderState, single: SingleLevelNumber, title: string, position: Position): void {
  let depth = 2;
  for (let index = state.stack.length - 1; index >= 0; index--) {
    const open = state.stack[index];
    if (!open) continue;
    if (open.number !== null) {
      depth = open.depth;
      break;
    }
    if (index === state.stack.length - 1) depth = Math.min(open.depth + 1, 6);
  }
  const number = state.scope ? `${state.scope.prefix}-${single.number}` : single.number;
  openSection(state, depth, { number, title }, title, position);
}
