/**
 * Headings: the section tree, the document title, and heading-style clauses (`### 4.24 Title`).
 * @module
 */
import type { Section } from '../model/document.js';
import type { Position } from '../model/position.js';
import { leadingClauseNumber, sectionHeading } from '../parse/markers.js';
import { openClause } from './clauses.js';
import type { BuilderState } from './state.js';

/**
 * Take a heading: a numbered clause with a title (below the top level), the document's title
 * (the first unnumbered level-1 heading before any section), or a section (numbered or not).
 * @param state The builder state.
 * @param depth Heading depth, 1-6.
 * @param text The heading's text, its number included.
 * @param position Where it is.
 */
export function heading(state: BuilderState, depth: number, text: string, position: Position): void {
  state.current = undefined;
  const clauseNumber = leadingClauseNumber(text);
  if (clauseNumber && depth > 1) {
    const title = text.slice(clauseNumber.length).trim();
    openClause(state, clauseNumber.id, title === '' ? null : title, position);
    return;
  }
  const numbered = sectionHeading(text);
  if (!numbered && depth === 1 && state.title === '' && state.sections.length === 0) {
    state.title = text;
    return;
  }
  openSection(state, depth, numbered, text, position);
}

/**
 * Open a section: close the open ones at its depth or deeper (every one, when it is numbered and a
 * numbered section is open), then add it under the innermost remaining one.
 * @param state The builder state.
 * @param depth Its depth.
 * @param numbered Its number and title, when numbered.
 * @param text Its whole text (the title of an unnumbered section).
 * @param position Where it is.
 * @returns The section.
 */
export function openSection(state: BuilderState, depth: number, numbered: { number: string; title: string } | undefined, text: string, position: Position): Section {
  state.current = undefined;
  while (state.stack.length > 0) {
    const top = state.stack.at(-1);
    const popNumbered = numbered !== undefined && state.stack.some((section) => section.number !== null);
    if (top && (top.depth >= depth || popNumbered)) state.stack.pop();
    else break;
  }
  const parent = state.stack.at(-1);
  const slug = text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'section';
  const section: Section = {
    key: numbered ? numbered.number : parent ? `${parent.key}/${slug}` : slug,
    number: numbered ? numbered.number : null,
    title: numbered ? numbered.title : text,
    depth,
    blocks: [],
    clauseIds: [],
    children: [],
    position,
  };
  if (parent) parent.children.push(section);
  else state.sections.push(section);
  state.stack.push(section);
  return section;
}
