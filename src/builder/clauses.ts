/**
 * Clauses and what they hold: a paragraph opening with a clause number starts a clause; a
 * labelled paragraph (`(a)`, `(ii)`) is a sub-paragraph of the clause above; anything else is a
 * paragraph or list item of the current clause (or of the section, before its first clause).
 * @module
 */
import type { Block, Clause } from '../model/document.js';
import type { Position } from '../model/position.js';
import { findCrossRefs, type FoundRef } from '../parse/cross-refs.js';
import { labelLevel, leadingClauseNumber, leadingLabel } from '../parse/markers.js';
import type { SourceParagraph } from '../read/source-block.js';
import { paragraphDefinitions } from './definitions.js';
import { reportBuilder } from './diagnostics.js';
import { singleLevelNumber, takeSingleLevel } from './single-level.js';
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
  const scope = state.scope?.prefix;
  const clause: Clause = {
    id: scope === undefined ? id : `${scope}-${id}`,
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
  nearest?.clauseIds.push(clause.id);
  const draft: Draft = { clause, found: [], lastLetter: undefined, scope };
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
  const { position, item } = paragraph;
  // In a list, a plain number (`3.`) is the list's marker: kept out of the item's text, looked at
  // only as a possible section number.
  const marker = item !== undefined && paragraph.number !== undefined && /^\d+[.)]?$/.test(paragraph.number.text);
  const text = marker ? paragraph.text : withNumber(paragraph.text, paragraph.number);
  const number = leadingClauseNumber(text);
  if (number) {
    checkSuffix(state, number.id, position);
    openClause(state, number.id, null, position);
    const rest = text.slice(number.length).trim();
    collectDefinitions(state, rest, position);
    addBlock(state, { kind: 'paragraph', text: rest, position });
    return;
  }
  const single = singleLevelNumber(marker ? withNumber(paragraph.text, paragraph.number) : text);
  if (single && takeSingleLevel(state, single, position, item !== undefined)) return;
  addText(state, text, position, item);
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
      for (const row of block.rows) for (const text of row) for (const ref of findCrossRefs(text)) draft.found.push({ ref: wholeTarget(ref, text), blockPosition: block.position });
    } else {
      for (const ref of findCrossRefs(block.text)) draft.found.push({ ref: wholeTarget(ref, block.text), blockPosition: block.position });
    }
    return;
  }
  const section = state.stack.at(-1);
  if (section) section.blocks.push(block);
  else state.preamble.push(block);
}

/**
 * A reference whose last number was cut short of its letters (`Clause 4.24AAAA` found as
 * `4.24AAA`, since references read at most three): its target is the whole number as written,
 * so it never resolves to a different clause.
 * @param ref The reference as found.
 * @param text The text it was found in.
 * @returns The reference, its last target whole.
 */
export function wholeTarget(ref: FoundRef, text: string): FoundRef {
  const end = ref.index + ref.text.length;
  const tail = /^[A-Z]+/.exec(text.slice(end, end + 64))?.[0];
  const last = ref.targets.at(-1);
  if (!tail || last === undefined || ref.kind === 'external' || !ref.text.endsWith(last)) return ref;
  const whole = `${last}${tail}`;
  return {
    ...ref,
    text: `${ref.text}${tail}`,
    targets: [...ref.targets.slice(0, -1), whole],
    ranges: ref.ranges.map(([from, to]) => [from === last ? whole : from, to === last ? whole : to]),
  };
}

/**
 * Report a clause number whose letter suffix is longer than three letters (`4.24AAAA`): it is
 * still a clause, but ids compare and references resolve only up to `4.24AAA`.
 * @param state The builder state.
 * @param id The clause id.
 * @param position Where it is.
 */
export function checkSuffix(state: BuilderState, id: string, position: Position): void {
  const letters = /[A-Z]*$/.exec(id)?.[0].length ?? 0;
  if (letters > 3) {
    reportBuilder(state.file, 'warning', `Unexpected clause number \`${id}\` with ${letters} suffix letters, expected at most 3 (4.24A, 4.24AA, 4.24AAA): it is read as a clause, but sorts after every other`, 'clause-number', position);
  }
}

function collectDefinitions(state: BuilderState, text: string, position: Position): void {
  for (const definition of paragraphDefinitions(text, position)) state.definitions.push(definition);
}
