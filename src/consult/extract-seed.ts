/**
 * Reading a consultation document as it arrives (converted from PDF or Word to Markdown, with HTML
 * fragments and odd tables): its title, dates, contact, questions and table of drafting changes, and
 * a precise account of what could not be extracted.
 * @module
 */
import type { Diagnostic } from '../model/diagnostic.js';
import type { DraftingChange, Question } from './consultation.js';

/** What was extracted from a converted consultation document. */
export interface SeedExtraction {
  /** Source file. */
  file: string;
  /** The first level-1 heading, cleaned. */
  title: string | null;
  /** Issue date, `YYYY-MM-DD`. */
  issued: string | null;
  /** Closing date and time, `YYYY-MM-DDTHH:MM`. */
  closes: string | null;
  /** Contact email. */
  contact: string | null;
  /** The TMAD version the document says is current (the base), e.g. `8.0`. */
  baseVersion: string | null;
  /** Questions, with the line each was found on. */
  questions: Array<Question & { line: number }>;
  /** The drafting-change table, with the line of each row. */
  drafting: Array<DraftingChange & { line: number }>;
  /** What could not be extracted or was read with a guess (warnings), and what was skipped on purpose (info). */
  diagnostics: Diagnostic[];
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const CLAUSE_ID = /\b\d{1,2}\.\d{1,3}[A-Z]{0,3}\b/g;
const QUESTION_ID = /^([A-Z][A-Za-z0-9]*(?: [A-Z][A-Za-z0-9]*)* Q\d+)\b\s*[\t|:]?\s*(.*)$/;

/**
 * Strip the HTML fragments, Markdown emphasis, links and escapes a PDF conversion leaves.
 * @param line A line.
 * @returns Plain text.
 */
export function cleanLine(line: string): string {
  return line
    .replace(/<sup>(?:(?!<\/?sup>)[^])*<\/sup>/gi, '')
    .replace(/<[^<>]+>/g, '')
    .replace(/\[([^[\]]*)\]\([^()]*\)/g, '$1')
    .replace(/\*\*|__/g, '')
    .replace(/\\([\\_*[\]()#|-])/g, '$1')
    .trim();
}

/**
 * Extract what a consultation template needs from a converted consultation document.
 * @param text The Markdown.
 * @param file Its path, for diagnostics.
 * @returns What was found, and diagnostics for what was not.
 */
export function extractSeed(text: string, file: string): SeedExtraction {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const diagnostics: Diagnostic[] = [];
  const note = (severity: Diagnostic['severity'], line: number, reason: string, ruleId = 'seed-extraction'): void => {
    diagnostics.push({ ruleId, source: 'tmad-consult', severity, reason, file, place: { start: { line, column: 1 }, end: { line, column: (lines[line - 1] ?? '').length + 1 } } });
  };
  const result: SeedExtraction = { file, title: null, issued: null, closes: null, contact: null, baseVersion: null, questions: [], drafting: [], diagnostics };
  let inContents = false;
  for (const [index, raw] of lines.entries()) {
    const lineNo = index + 1;
    const line = cleanLine(raw);
    if (line === '') continue;
    if (/^#\s/.test(raw.trim()) && result.title === null) result.title = cleanLine(raw.replace(/^#\s+/, ''));
    if (/^#+\s/.test(raw.trim())) inContents = /table of contents/i.test(line);
    else if (inContents && /\.{3,}/.test(line)) {
      note('info', lineNo, `Skipped table-of-contents entry \`${line.replace(/\s+/g, ' ')}\` (page numbers of the PDF)`);
      continue;
    }
    const date = /^Date:\s*(.+)$/i.exec(line);
    if (date && !result.issued) result.issued = parseDate(date[1] ?? '');
    const respond = /^Respond by:\s*(.+)$/i.exec(line);
    if (respond && !result.closes) {
      result.closes = parseDateTime(respond[1] ?? '');
      if (!result.closes) note('warning', lineNo, `Could not read the closing date and time from \`${line}\`, expected e.g. \`1600 on Friday 27 November 2020\``);
    }
    const email = findEmail(line);
    if (email && !result.contact && /^(Author|Contact|Email)/i.test(line)) result.contact = email;
    const version = /current version \((?:AL\s*)?(\d+\.\d+)\)/i.exec(line);
    if (version && !result.baseVersion) result.baseVersion = version[1] ?? null;
    if (/<sup>\d+<\/sup>/.test(raw) && !/^<sup>/.test(raw.trim())) note('info', lineNo, 'Skipped a footnote marker (the footnote text is kept as a separate line)');
    const question = QUESTION_ID.exec(line);
    if (question && !/^Table\b/.test(line)) {
      const id = question[1] ?? '';
      const questionText = stripPipes(question[2] ?? '');
      if (questionText === '') note('warning', lineNo, `Found question id \`${id}\` without its text on the same line`);
      else if (!result.questions.some((q) => q.id === id)) result.questions.push({ id, text: questionText, line: lineNo });
    }
    if (/^-\s+\|[\s|]*\|$/.test(raw.trim())) note('info', lineNo, 'Skipped an empty table header row inside a list item (a two-column list the conversion turned into a table)');
    const previousRaw = (lines[index - 1] ?? '').trim();
    if (onlyRuleCharacters(raw) && raw.includes('---') && !/^(-\s+)?\|/.test(previousRaw)) {
      note('info', lineNo, `Skipped a stray table rule under \`${cleanLine(previousRaw).slice(0, 40)}\` (a one-row table the conversion broke)`);
    }
  }
  readDraftingTable(lines, result, note);
  readPipeTables(lines, result, note);
  if (!result.title) note('warning', 1, 'Could not find the title (no level-1 heading)');
  if (!result.issued) note('warning', 1, 'Could not find the issue date (no `Date:` line)');
  if (!result.closes) note('warning', 1, 'Could not find the closing date (no `Respond by:` line)');
  if (!result.contact) note('warning', 1, 'Could not find the contact email (no `Author:` or `Contact:` line with an address)');
  if (result.questions.length === 0) note('warning', 1, 'Could not find any question (a line starting `<id> Q<n>`, e.g. `FOCb TMAD Q1`)');
  if (result.drafting.length === 0) note('warning', 1, 'Could not find the table of drafting changes (a `Drafting Reference | Description` table)');
  note('warning', 1, `The proposed TMAD version is not stated in the document${result.baseVersion ? ` (only the current version, ${result.baseVersion})` : ''}; give it in the consultation front matter (\`proposed:\`)`, 'seed-no-proposed-version');
  note('info', 1, 'The question ids are not tied to clauses in the document; every drafting change is offered for comment in the template');
  diagnostics.sort((a, b) => (a.place?.start.line ?? 0) - (b.place?.start.line ?? 0));
  return result;
}

function readDraftingTable(lines: string[], result: SeedExtraction, note: (s: Diagnostic['severity'], line: number, reason: string) => void): void {
  for (const [index, raw] of lines.entries()) {
    const header = cleanLine(raw);
    if (!/drafting reference/i.test(header) || !/description/i.test(header)) continue;
    const separator = raw.includes('\t') ? '\t' : '|';
    for (let row = index + 1; row < lines.length; row++) {
      const rawRow = lines[row] ?? '';
      if (rawRow.trim() === '') break;
      if (/^\|?[\s:-]+(\|[\s:-]+)+\|?$/.test(rawRow.trim())) continue;
      const cells = rawRow.split(separator).map(cleanLine).filter((cell, i, all) => cell !== '' || (i > 0 && i < all.length - 1));
      const clauses = (cells[0] ?? '').match(CLAUSE_ID) ?? [];
      const description = cells.slice(1).join(' ').trim();
      if (clauses.length === 0 || description === '') {
        note('warning', row + 1, `Could not read drafting-table row \`${cleanLine(rawRow).slice(0, 60)}\`, expected clause references then a description`);
        continue;
      }
      result.drafting.push({ clauses, description, line: row + 1 });
    }
    const caption = lines.slice(index + 1, index + 8).findIndex((l) => /^\s*(\*\*)?Table \d+/.test(l));
    if (caption >= 0) note('info', index + caption + 2, `Read \`${cleanLine(lines[index + caption + 1] ?? '')}\` as the caption of the drafting table`);
    return;
  }
}

function readPipeTables(lines: string[], result: SeedExtraction, note: (s: Diagnostic['severity'], line: number, reason: string) => void): void {
  for (const [index, raw] of lines.entries()) {
    const trimmed = raw.trim().replace(/^-\s+/, '');
    if (!/^\|.*\|$/.test(trimmed) || /^\|[\s:-]+\|/.test(trimmed)) continue;
    const cells = trimmed.split('|').map(cleanLine).filter((c) => c !== '');
    const clauses = (cells[0] ?? '').match(CLAUSE_ID) ?? [];
    if (clauses.length > 0 && /^Clause/i.test(cells[0] ?? '')) {
      const covered = clauses.every((id) => result.drafting.some((row) => row.clauses.includes(id)));
      note('info', index + 1, `Read the list-shaped table row \`${cells[0]}\` as prose (it restates the proposal)${covered ? '; its clauses are in the drafting table' : ''}`);
      if (!covered) note('warning', index + 1, `Clauses ${clauses.join(', ')} appear in a list-shaped table but not in the drafting table`);
    }
  }
}

function parseDate(text: string): string | null {
  const match = /(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})/.exec(text);
  if (!match) return null;
  const month = MONTHS.indexOf((match[2] ?? '').toLowerCase());
  if (month < 0) return null;
  return `${match[3]}-${String(month + 1).padStart(2, '0')}-${(match[1] ?? '').padStart(2, '0')}`;
}

function parseDateTime(text: string): string | null {
  const date = parseDate(text);
  const time = /\b(\d{1,2})[:.]?(\d{2})\b(?!\s+[A-Za-z]+\s+\d{4})/.exec(text.replace(/\d{1,2}\s+[A-Za-z]+\s+\d{4}/, ''));
  if (!date) return null;
  if (!time) return `${date}T23:59`;
  return `${date}T${(time[1] ?? '').padStart(2, '0')}:${time[2]}`;
}

/** A question's text without the table pipes around it (linear: no backtracking regex on long runs of spaces). */
function stripPipes(text: string): string {
  let t = text.trim();
  if (t.endsWith('|')) t = t.slice(0, -1).trim();
  if (t.startsWith('|')) t = t.slice(1).trim();
  return t;
}

/**
 * The first email address in a line, found from each `@` outwards (linear: a regex scanning for
 * the local part from every position is quadratic on a long run of `-`).
 */
function findEmail(line: string): string | null {
  const local = /[\w.+-]/;
  for (let at = line.indexOf('@'); at >= 0; at = line.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && local.test(line[start - 1] ?? '')) start--;
    if (start === at) continue;
    const domain = /[\w-]+(?:\.[\w-]+)+/y;
    domain.lastIndex = at + 1;
    const match = domain.exec(line);
    if (match) return line.slice(start, at + 1 + match[0].length);
  }
  return null;
}

/** Whether a line has only `-`, `|` and white space (a table rule the conversion left). */
function onlyRuleCharacters(line: string): boolean {
  for (const ch of line) if (ch !== '-' && ch !== '|' && ch !== ' ' && ch !== '\t') return false;
  return true;
}
