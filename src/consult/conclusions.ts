/**
 * The conclusions DCC staff write after reading the responses
 * (`documents/consultations/<id>/conclusions.md`): DCC's response per question, a summary and next steps.
 * @module
 */
import { parse as parseYaml } from 'yaml';
import type { Diagnostic } from '../model/diagnostic.js';
import { splitFrontMatter, splitSections } from './front-matter-split.js';

/** A dated next step. */
export interface NextStep {
  /** `YYYY-MM-DD`, or null when the line has no date. */
  date: string | null;
  /** What happens. */
  text: string;
}

/** DCC's conclusions on a consultation. */
export interface Conclusions {
  /** Consultation id. */
  consultation: string;
  /** The final version submitted, path relative to `documents/`. */
  final: string;
  /** Date of the report, `YYYY-MM-DD` (also the date in its document properties). */
  date: string;
  /** Author. */
  author: string;
  /** Who the report goes to. */
  submittedTo: string;
  /** Summary paragraphs (Markdown). */
  summary: string[];
  /** DCC's response by question id (Markdown paragraphs). */
  responses: Record<string, string[]>;
  /** Next steps in order. */
  nextSteps: NextStep[];
  /** Other sections, in order. */
  other: Array<{ title: string; paragraphs: string[] }>;
}

/**
 * Parse a conclusions file: front matter (`consultation`, `final`, `date`, `author`, `submittedTo`)
 * and `##` sections: `Summary`, one per question id, `Next steps` (a list of `- YYYY-MM-DD: text`).
 * @param text Its text.
 * @param file Its path.
 * @param questionIds The consultation's question ids (a section per id is expected).
 * @returns The conclusions (null on errors) and diagnostics.
 */
export function parseConclusions(text: string, file: string, questionIds: readonly string[]): { conclusions: Conclusions | null; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const report = (severity: Diagnostic['severity'], reason: string): void => {
    diagnostics.push({ ruleId: 'conclusions', source: 'tmad-consult', severity, reason, file });
  };
  const { yaml, body } = splitFrontMatter(text);
  let meta: Record<string, unknown> = {};
  try {
    meta = (yaml ? parseYaml(yaml) : {}) as Record<string, unknown>;
  } catch (error) {
    report('error', `Unexpected YAML error: ${error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)}`);
    return { conclusions: null, diagnostics };
  }
  const str = (key: string, fallback?: string): string => {
    const raw = meta[key];
    const value = raw instanceof Date ? raw.toISOString().slice(0, 10) : raw === undefined || raw === null ? '' : String(raw);
    if (value !== '') return value;
    if (fallback !== undefined) return fallback;
    report('error', `Unexpected missing \`${key}\` in the front matter, expected \`${key}: ...\``);
    return '';
  };
  const conclusions: Conclusions = {
    consultation: str('consultation'),
    final: str('final'),
    date: str('date'),
    author: str('author', 'DCC'),
    submittedTo: str('submittedTo', 'BEIS'),
    summary: [],
    responses: {},
    nextSteps: [],
    other: [],
  };
  for (const section of splitSections(body)) {
    const title = section.title.trim();
    if (/^summary$/i.test(title)) conclusions.summary = section.paragraphs;
    else if (/^next steps$/i.test(title)) conclusions.nextSteps = readSteps(section.paragraphs);
    else if (questionIds.includes(title)) conclusions.responses[title] = section.paragraphs;
    else if (title !== '') conclusions.other.push(section);
  }
  for (const id of questionIds) if (!conclusions.responses[id]) report('warning', `Unexpected missing section \`## ${id}\`, expected DCC's response to each question`);
  return { conclusions: diagnostics.some((d) => d.severity === 'error') ? null : conclusions, diagnostics };
}

function readSteps(paragraphs: readonly string[]): NextStep[] {
  return paragraphs
    .flatMap((p) => p.split('\n'))
    .map((line) => line.replace(/^\s*[-*]\s+/, '').trim())
    .filter((line) => line !== '')
    .map((line) => {
      const match = /^(\d{4}-\d{2}-\d{2}):\s*(.*)$/.exec(line);
      return match ? { date: match[1] ?? null, text: match[2] ?? '' } : { date: null, text: line };
    });
}
