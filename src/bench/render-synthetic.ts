/**
 * A synthetic document model as TMAD Markdown: numbers are worked out here, so references follow
 * the clauses they point at.
 * @module
 */
import { assertNever } from '../model/assert-never.js';
import type { SyntheticDocument, SyntheticRef, SyntheticToken } from './synthetic-model.js';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const ROMANS = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];

/**
 * The clause id of every clause key: sections numbered from 1, clauses from 1 within their
 * section, a lettered clause taking the number before it plus the next letter (4.24A, 4.24B).
 * @param document The model.
 * @returns Clause key to id.
 */
export function numberClauses(document: SyntheticDocument): Map<number, string> {
  const ids = new Map<number, string>();
  document.sections.forEach((section, index) => {
    const number = index + 1;
    let counter = 0;
    let suffix = '';
    for (const clause of section.clauses) {
      if (clause.lettered && counter > 0) suffix = nextSuffix(suffix);
      else {
        counter++;
        suffix = '';
      }
      ids.set(clause.key, `${number}.${counter}${suffix}`);
    }
  });
  return ids;
}

function nextSuffix(suffix: string): string {
  if (suffix === '') return 'A';
  const last = suffix.charCodeAt(suffix.length - 1);
  return last < 90 ? suffix.slice(0, -1) + String.fromCharCode(last + 1) : `${suffix}A`;
}

/**
 * Render the model as Markdown with YAML front matter.
 * @param document The model.
 * @returns The Markdown text, ending in a newline.
 */
export function renderSynthetic(document: SyntheticDocument): string {
  const ids = numberClauses(document);
  const id = (key: number): string => {
    const found = ids.get(key);
    if (found === undefined) throw new Error(`reference to a clause that is not in the document (key ${key})`);
    return found;
  };
  const words = (tokens: readonly SyntheticToken[]): string => tokens.map((token) => (typeof token === 'string' ? token : refText(token, id))).join(' ');
  const out: string[] = ['---'];
  for (const [key, value] of document.meta) out.push(`${key}: ${value}`);
  out.push('---', `# ${document.title}`, '');
  document.sections.forEach((section, index) => {
    out.push(`## ${index + 1} ${section.title}`, '');
    for (const clause of section.clauses) {
      if (clause.heading !== undefined) out.push(`### ${clause.heading}`, '');
      out.push(`**${id(clause.key)}** ${words(clause.intro)}`, '');
      clause.subs.forEach((sub, subIndex) => {
        out.push(`(${LETTERS[subIndex % 26] ?? 'a'}) ${words(sub.tokens)}`, '');
        sub.children.forEach((child, childIndex) => out.push(`(${ROMANS[childIndex] ?? 'i'}) ${words(child)}`, ''));
      });
      if (clause.table) {
        out.push(`| ${clause.table.header.join(' | ')} |`, `|${clause.table.header.map(() => '---|').join('')}`);
        for (const row of clause.table.rows) out.push(`| ${row.join(' | ')} |`);
        out.push('');
      }
      if (clause.definitions) {
        out.push('| Term | Meaning |', '|---|---|');
        for (const definition of document.definitions) out.push(`| ${definition.term} | ${words(definition.meaning)} |`);
        out.push('');
      }
    }
  });
  return `${out.join('\n')}\n`;
}

function refText(ref: SyntheticRef, id: (key: number) => string): string {
  switch (ref.kind) {
    case 'clause':
      return `Clause ${id(ref.target)}`;
    case 'pair':
      return `Clauses ${id(ref.first)} and ${id(ref.second)}`;
    case 'range':
      return `Clauses ${id(ref.first)} to ${id(ref.last)}`;
    case 'sub':
      return `${id(ref.target)}${ref.label}`;
    case 'section':
      return `Section ${ref.section}`;
    case 'external':
      return ref.text;
    default:
      return assertNever(ref);
  }
}
