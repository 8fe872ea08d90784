/**
 * Reading a consultation file (`documents/consultations/<id>/consultation.md`): YAML front matter
 * (id, title, dates, contact, versions, questions, drafting changes) and Markdown prose.
 * @module
 */
import { parse as parseYaml } from 'yaml';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Consultation, DraftingChange, Question } from './consultation.js';
import { splitFrontMatter, splitSections } from './front-matter-split.js';

/** A consultation and the problems found reading it. */
export interface ParseConsultationResult {
  /** The consultation, or null when required keys are missing. */
  consultation: Consultation | null;
  /** Problems (errors make `consultation` null). */
  diagnostics: Diagnostic[];
}

/**
 * Parse a consultation file.
 * @param text Its text.
 * @param file Its path, for messages.
 * @returns The consultation and diagnostics.
 */
export function parseConsultation(text: string, file: string): ParseConsultationResult {
  const diagnostics: Diagnostic[] = [];
  const problem = (reason: string): void => {
    diagnostics.push({ ruleId: 'consultation', source: 'tmad-consult', severity: 'error', reason, file });
  };
  const { yaml, body } = splitFrontMatter(text);
  if (yaml === null) {
    problem('Unexpected file without front matter, expected `---` fenced YAML with id, title, issued, closes, contact, base, proposed and questions');
    return { consultation: null, diagnostics };
  }
  let data: unknown;
  try {
    data = parseYaml(yaml, { uniqueKeys: true });
  } catch (error) {
    problem(`Unexpected YAML error: ${error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)}`);
    return { consultation: null, diagnostics };
  }
  const record = (data ?? {}) as Record<string, unknown>;
  const str = (key: string, pattern?: RegExp, form?: string): string => {
    const raw = record[key];
    const value = raw instanceof Date ? raw.toISOString().slice(0, 10) : raw === undefined || raw === null ? '' : String(raw);
    if (value === '') problem(`Unexpected missing \`${key}\`, expected \`${key}: ${form ?? '...'}\``);
    else if (pattern && !pattern.test(value)) problem(`Unexpected \`${key}: ${value}\`, expected \`${key}: ${form ?? pattern.source}\``);
    return value;
  };
  const id = str('id', /^[a-z0-9][a-z0-9-]*$/, 'a lower-case id such as focb');
  const title = str('title');
  const issued = str('issued', /^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
  const closes = str('closes', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'YYYY-MM-DDTHH:MM (local time)');
  const contact = str('contact', /^[^@\s]+@[^@\s]+$/, 'an email address');
  const base = str('base', /\.md$/, 'tmad/8.0.md');
  const proposed = str('proposed', /\.md$/, 'tmad/8.1.md');
  const timeZone = typeof record.timeZone === 'string' ? record.timeZone : 'Europe/London';
  const questions = readQuestions(record.questions, problem);
  const drafting = readDrafting(record.drafting, problem);
  const sections = splitSections(body);
  if (diagnostics.length > 0) return { consultation: null, diagnostics };
  return { consultation: { id, title, issued, closes, timeZone, contact, base, proposed, questions, drafting, sections, file }, diagnostics };
}

function readQuestions(raw: unknown, problem: (reason: string) => void): Question[] {
  if (!Array.isArray(raw) || raw.length === 0) {
    problem('Unexpected missing `questions`, expected a list of `- id: FOCb TMAD Q1` with `text: ...`');
    return [];
  }
  const questions: Question[] = [];
  for (const [index, item] of raw.entries()) {
    const entry = (item ?? {}) as Record<string, unknown>;
    if (typeof entry.id !== 'string' || typeof entry.text !== 'string' || entry.id.trim() === '') {
      problem(`Unexpected question ${index + 1} without \`id\` and \`text\`, expected \`- id: FOCb TMAD Q1\` and \`text: ...\``);
      continue;
    }
    if (questions.some((q) => q.id === entry.id)) problem(`Unexpected duplicate question id \`${entry.id}\`, expected unique ids`);
    questions.push({ id: entry.id.trim(), text: entry.text.trim() });
  }
  return questions;
}

function readDrafting(raw: unknown, problem: (reason: string) => void): DraftingChange[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    problem('Unexpected `drafting` that is not a list, expected `- clauses: [4.24, 4.24A]` with `description: ...`');
    return [];
  }
  return raw.flatMap((item, index) => {
    const entry = (item ?? {}) as Record<string, unknown>;
    const clauses = Array.isArray(entry.clauses) ? entry.clauses.map(String) : typeof entry.clauses === 'string' ? entry.clauses.split(/[\s,&]+/).filter(Boolean) : [];
    if (clauses.length === 0 || typeof entry.description !== 'string') {
      problem(`Unexpected drafting change ${index + 1} without \`clauses\` and \`description\``);
      return [];
    }
    return [{ clauses, description: entry.description.trim() }];
  });
}
