/**
 * Clauses and what they hold: a paragraph opening with a clause number starts a clause; a
 * labelled paragraph (`(a)`, `(ii)`) is a sub-paragraph of the clause above; anything else is a
 * paragraph or list item of the current clause (or of the section, before its first clause).
 * @module
 */
import type { Block, Clause } from '../model/document.js';
import type { Position } from '../model/position.js';
import { findCrossRefs } from '../parse/cross-refs.js';
import { labelLevel, leadingClauseNumber, leadingLabel } from '../parse/markers.js';
import type { SourceParagraph } from '../read/source-block.js';
import { paragraphDefinitions } from './definitions.js';
import type { BuilderState, Draft } from './state.js';

/**
 * The text of a paragraph or heading with its number in front, when the reader separated one:
 * the builder reads typed and computed numbers the same way.
 * @param text The text without the number.
 * @param number The number as shown, if separated.
 * @returns The text the builder classifies.
 */
export function withNumber(text: string, number: { text: string } | undefined): string {
  if (!number || number.text === '') return text;
  return text === '' ? number.text : `${number.text} ${text}`;
}

/**
 * Open a clause under the innermost open section.
 * @param state The builder state.
 * @param id The clause id.
 * @param title Its title (heading-style clauses), or `null`.
 * @param position Where its number is.
 * @returns The draft, now the current clause.
 */
export function openClause(state: BuilderState, id: string, title: string | null, position: Position): Draft {
  let numberedSection;
  for (let index = state.stack.length - 1; index >= 0 && !numberedSection; index--) {
    const section = state.stack[index];
    if (section && section.number !== null) numberedSection = section;
  }
  const nearest = state.stack.at(-1);
  const clause: Clause = {
    id,
    section: numberedSection?.number ?? '',
    sectionPath: state.stack.map((section) => section.key),
    heading: nearest?.title ?? '',
    title,
    blocks: [],
    text: '',
    fingerprint: '',
    refs: [],
    crossRefs: [],
    terms: [],
    normative: false,
    position,
  };
  nearest?.clauseIds.push(id);
  const draft: Draft = { clause, found: [], lastLetter: undefined };
  state.clauses.push(draft);
  state.current = draft;
  return draft;
}

/**
 * Take one paragraph of reader output: a clause opening, a labelled sub-paragraph or plain text.
 * @param state The builder state.
 * @param paragraph The paragraph.
 */
export function paragraph(state: BuilderState, paragraph: SourceParagraph): void {
  const text = withNumber(paragraph.text, paragraph.number);
  const { position } = paragraph;
  const number = leadingClauseNumber(text);
  if (number) {
    openClause(state, number.id, null, position);
    const rest = text.slice(number.length).trim();
    collectDefinitions(state, rest, position);
    addBlock(state, { kind: 'paragraph', text: rest, position });
    return;
  }
  addText(state, text, position, paragraph.item);
}

/**
 * Add a paragraph or a labelled sub-paragraph to the current clause (or section).
 * @param state The builder state.
 * @param text Its text (empty text is dropped).
 * @param position Where it is.
 * @param item Its list nesting, when it is a list item.
 */
export function addText(state: BuilderState, text: string, position: Position, item: SourceParagraph['item']): void {
  if (text === '') return;
  const label = leadingLabel(text);
  if (label) {
    const draft = state.current;
    const level = labelLevel(label.bare, draft?.lastLetter);
    if (draft && level === 1 && /^[a-z]{1,2}$/.test(label.bare) && (draft.lastLetter !== undefined || !/^[ivxlc]+$/.test(label.bare))) {
      draft.lastLetter = label.bare;
    }
    addBlock(state, { kind: 'subparagraph', label: label.label, level: item ? Math.max(level, item.level) : level, text: label.rest, position });
    return;
  }
  collectDefinitions(state, text, position);
  if (item) addBlock(state, { kind: 'item', level: item.level, ordered: item.ordered, text, position });
  else addBlock(state, { kind: 'paragraph', text, position });
}

/**
 * Add a block to the current clause (finding its references), else to the innermost section,
 * else to the preamble.
 * @param state The builder state.
 * @param block The block.
 */
export function addBlock(state: BuilderState, block: Block): void {
  const draft = state.current;
  if (draft) {
    draft.clause.blocks.push(block);
    if (block.kind === 'table') {
      for (const row of block.rows) for (const text of row) for (const ref of findCrossRefs(text)) draft.found.push({ ref, blockPosition: block.position });
    } else {
      for (const ref of findCrossRefs(block.text)) draft.found.push({ ref, blockPosition: block.position });
    }
    return;
  }
  const section = state.stack.at(-1);
  if (section) section.blocks.push(block);
  else state.preamble.push(block);
}

function collectDefinitions(state: BuilderState, text: string, position: Position): void {
  for (const definition of paragraphDefinitions(text, position)) state.definitions.push(definition);
}
