/**
 * The editable wording in `templates/`: YAML files of texts with `{placeholders}`.
 * @module
 */
import { parse as parseYaml } from 'yaml';

/** Wording of the response template (`templates/response-template.yaml`). */
export interface TemplateWording {
  title: string;
  subtitle: string;
  deadline: string;
  confidentialityHeading: string;
  confidentiality: string[];
  respondentHeading: string;
  labels: Record<'reference' | 'name' | 'organisation' | 'email' | 'category' | 'publication' | 'wholeConfidential' | 'confidentialReason' | 'position' | 'rationale' | 'answerConfidential', string>;
  placeholders: Record<'name' | 'organisation' | 'email' | 'category' | 'publication' | 'wholeConfidential' | 'confidentialReason' | 'position' | 'rationale' | 'answerConfidential' | 'comment' | 'commentConfidential', string>;
  /** The drop-down texts of the publication choice, by choice. */
  publicationChoices: Record<'named' | 'organisation' | 'anonymous' | 'none', string>;
  categoryHint: string;
  questionsHeading: string;
  clausesHeading: string;
  clausesIntro: string;
  clauseColumns: string[];
  noClauses: string;
  footer: string;
}

/** Wording of the conclusion report (`templates/conclusion-report.yaml`). */
export interface ReportWording {
  title: string;
  audience: Record<'beis' | 'public', string>;
  headings: Record<'introduction' | 'consultation' | 'questions' | 'changes' | 'nextSteps' | 'annexes' | 'respondents' | 'redline' | 'conformance', string>;
  consultationText: string;
  countsCaption: string;
  pointsHeading: string;
  dccResponseHeading: string;
  confidentialMark: string;
  confidentialRespondent: string;
  /** How a respondent who asked not to be named is shown beside their points. */
  anonymousRespondent: string;
  withheld: string;
  /** Under the counts of the public report: the small-cell rule. */
  smallCells: string;
  /** Under the counts of the BEIS report: how many counted answers are confidential. */
  confidentialCounted: string;
  /** The public report's note on confidential comments. */
  commentsWithheld: string;
  /** Below the respondents annex: how many are not listed. */
  unlisted: string;
  /** BEIS respondents annex: the publication column's title. */
  publicationColumn: string;
  /** BEIS respondents annex: each publication choice as shown. */
  publicationLabels: Record<'named' | 'organisation' | 'anonymous' | 'none', string>;
  noPoints: string;
  noChanges: string;
  changesIntro: string;
  changesColumns: string[];
  respondentColumns: string[];
  noConformance: string;
  redlineMissing: string;
}

/** Where the wording files live, relative to `templates/`. */
export const WORDING_FILES = { template: 'response-template.yaml', report: 'conclusion-report.yaml' } as const;

/**
 * Read a wording file, checking that every key of `shape` is present (recursively) with the same type.
 * @param text The YAML.
 * @param file Its name, for messages.
 * @param required Top-level keys that must be present.
 * @returns The wording.
 * @throws Error naming the missing key.
 */
export function readWording<T>(text: string, file: string, required: readonly string[]): T {
  const data: unknown = parseYaml(text);
  if (!data || typeof data !== 'object') throw new Error(`${file}: expected a YAML mapping of texts`);
  for (const key of required) {
    if (!(key in (data as Record<string, unknown>))) throw new Error(`${file}: missing \`${key}\`, expected \`${key}: ...\``);
  }
  return data as T;
}

/** Required top-level keys of the template wording. */
export const TEMPLATE_KEYS = ['title', 'subtitle', 'deadline', 'confidentialityHeading', 'confidentiality', 'respondentHeading', 'labels', 'placeholders', 'publicationChoices', 'categoryHint', 'questionsHeading', 'clausesHeading', 'clausesIntro', 'clauseColumns', 'noClauses', 'footer'] as const;

/** Required top-level keys of the report wording. */
export const REPORT_KEYS = ['title', 'audience', 'headings', 'consultationText', 'countsCaption', 'pointsHeading', 'dccResponseHeading', 'confidentialMark', 'confidentialRespondent', 'anonymousRespondent', 'withheld', 'smallCells', 'confidentialCounted', 'commentsWithheld', 'unlisted', 'publicationColumn', 'publicationLabels', 'noPoints', 'noChanges', 'changesIntro', 'changesColumns', 'respondentColumns', 'noConformance', 'redlineMissing'] as const;

/**
 * Fill `{name}` placeholders.
 * @param text Wording.
 * @param values Values by name; unknown placeholders stay as written.
 * @returns The text.
 */
export function fill(text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/**
 * `2020-11-27T16:00` as `16:00` and `Friday 27 November 2020`.
 * @param dateTime Local date and time.
 * @returns Time and long date.
 */
export function longDateTime(dateTime: string): { time: string; date: string } {
  const [date = '', time = ''] = dateTime.split('T');
  return { time, date: longDate(date) };
}

/**
 * `2020-11-18` as `Wednesday 18 November 2020`.
 * @param date ISO date.
 * @returns Long form.
 */
export function longDate(date: string): string {
  const parsed = new Date(`${date}T12:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  return new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(parsed).replace(',', '');
}
