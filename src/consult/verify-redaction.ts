/**
 * Provable redaction: the public conclusion report (Markdown) checked against the BEIS report, by
 * a section-aware block diff. Both are split into sections (by heading) and blocks (paragraphs,
 * list items, table rows; under "Points made by respondents" a point is its header with its text).
 * Blocks in both, in order, are the same; every other block must be explained:
 *
 * - only in the BEIS report: a part marked confidential (`[CONFIDENTIAL]`), a count row, the BEIS
 *   wording lines, or the named form of a point or comment whose public form is paired with it;
 * - only in the public report: a count row, the public wording lines, or the public form of a
 *   point or comment paired with its BEIS form (same position, category and text; the respondent
 *   shown as named, by organisation, or as not named, never more than the BEIS report shows);
 * - the respondents annex: each public row matches a BEIS row the respondent let DCC publish.
 *
 * Counts reconcile: per question, public totals plus the answers withheld equal the BEIS totals,
 * and no public count exceeds the BEIS one. Anything else (a leaked sentence, a changed word, a
 * point dropped that was not withheld) is a finding.
 * @module
 */
import type { Diagnostic } from '../model/diagnostic.js';
import { markdownText } from './markdown-text.js';
import type { ReportWording } from './wording.js';

/** One block of a report. */
interface Block {
  /** Its text (lines joined with `\n`). */
  text: string;
  /** 1-based first line. */
  line: number;
  /** Heading path of its section, e.g. `## 3 …/### FOCb TMAD Q1/#### Points made by respondents`. */
  section: string;
}

/** The result of a check. */
export interface RedactionCheck {
  /** `true` when every difference is explained and the counts reconcile. */
  ok: boolean;
  /** Findings against the public report (or the BEIS one), with line and column. */
  diagnostics: Diagnostic[];
  /** BEIS blocks left out of the public report, with their section. */
  withheld: Array<{ section: string; line: number; text: string }>;
  /** Per question: BEIS total, public total, answers withheld. */
  counts: Array<{ question: string; beis: number; public: number; withheld: number }>;
}

/**
 * Check a public report against the BEIS report of the same consultation.
 * @param beis The BEIS report Markdown.
 * @param publicReport The public report Markdown.
 * @param wording The report wording (its fixed lines are recognised).
 * @param files Names of the two files, for diagnostics.
 * @returns Whether the public report is the BEIS report minus withheld parts, and why not.
 */
export function verifyRedaction(beis: string, publicReport: string, wording: ReportWording, files: { beis: string; public: string } = { beis: 'report-beis.md', public: 'report-public.md' }): RedactionCheck {
  const diagnostics: Diagnostic[] = [];
  const withheld: RedactionCheck['withheld'] = [];
  const problem = (file: string, block: Block, reason: string): void => {
    const lines = block.text.split('\n');
    diagnostics.push({ ruleId: 'redaction', source: 'tmad-report', severity: 'error', reason, file, place: { start: { line: block.line, column: 1 }, end: { line: block.line + lines.length - 1, column: (lines[lines.length - 1] ?? '').length + 1 } } });
  };
  const b = units(blocks(beis), wording);
  const p = units(blocks(publicReport), wording);
  const mark = wording.confidentialMark;
  const beisOnly = patterns([wording.confidentialCounted, `**${wording.audience.beis}**`], ['count', 'submittedTo']);
  const publicOnly = patterns([wording.smallCells, wording.withheld, wording.commentsWithheld, wording.unlisted, `**${wording.audience.public}**`, `_${wording.smallCells}_`, `_${wording.withheld}_`, `_${wording.commentsWithheld}_`, `_${wording.unlisted}_`], ['count', 'smallCell', 'submittedTo']);
  const anonymous = markdownText(wording.anonymousRespondent);
  const respondentsSection = wording.headings.respondents;
  for (const gap of gaps(b, p)) {
    const pairedBeis = new Set<Block>();
    for (const block of gap.public) {
      if (isCountRow(block.text) || publicOnly(block.text) || isTableRule(block.text) || block.section.endsWith(respondentsSection)) continue;
      const partner = gap.beis.find((candidate) => !pairedBeis.has(candidate) && reducedForm(candidate.text, block.text, anonymous));
      if (partner) pairedBeis.add(partner);
      else problem(files.public, block, `Unexpected text in the public report that is not in the BEIS report (or differs from it): \`${block.text.slice(0, 80)}\`; expected only the BEIS report's text minus withheld parts`);
    }
    for (const block of gap.beis) {
      if (pairedBeis.has(block) || isCountRow(block.text) || beisOnly(block.text) || isTableRule(block.text) || block.section.endsWith(respondentsSection)) continue;
      if (block.text.includes(`[${mark}]`) || block.text.includes(`**${mark}**`)) {
        withheld.push({ section: block.section, line: block.line, text: block.text });
        continue;
      }
      problem(files.beis, block, `Unexpected text left out of the public report that is not marked ${mark}: \`${block.text.slice(0, 80)}\`; expected every part not withheld to be published unchanged`);
    }
  }
  checkRespondents(b, p, wording, (block, reason) => problem(files.public, block, reason));
  checkAttributions(b, p, wording, anonymous, (block, reason) => problem(files.public, block, reason));
  const counts = reconcileCounts(b, p, wording, (block, reason) => problem(files.public, block, reason));
  return { ok: diagnostics.length === 0, diagnostics, withheld, counts };
}

/** Split Markdown into blocks with their section path. */
function blocks(markdown: string): Block[] {
  const result: Block[] = [];
  const headings: string[] = [];
  let paragraph: { lines: string[]; line: number } | null = null;
  const section = (): string => headings.filter((h) => h !== '').join('/');
  const flush = (): void => {
    if (paragraph) result.push({ text: paragraph.lines.join('\n'), line: paragraph.line, section: section() });
    paragraph = null;
  };
  markdown.split('\n').forEach((line, index) => {
    const heading = /^(#{1,6}) (.*)$/.exec(line);
    if (heading) {
      flush();
      const level = (heading[1] ?? '#').length;
      headings.length = level;
      headings[level - 1] = `${heading[1]} ${heading[2]}`;
      for (let i = 0; i < level - 1; i++) headings[i] ??= '';
      result.push({ text: line, line: index + 1, section: section() });
    } else if (line.trim() === '') flush();
    else if (line.startsWith('|') || /^\s*- /.test(line)) {
      flush();
      result.push({ text: line, line: index + 1, section: section() });
    } else if (paragraph) paragraph.lines.push(line);
    else paragraph = { lines: [line], line: index + 1 };
  });
  flush();
  return result;
}

const POINT_HEADER = /^\*\*(.+?)\*\*(?: \(([^)]*)\))?: (Agree|Disagree|Neutral|None)(?: — \*\*\[[^\]]*\]\*\*)?$/;

/** Under "Points made by respondents", a point's header and text are one unit. */
function units(list: readonly Block[], wording: ReportWording): Block[] {
  const result: Block[] = [];
  for (const block of list) {
    const last = result[result.length - 1];
    const inPoints = block.section.endsWith(`#### ${wording.pointsHeading}`);
    if (inPoints && last && last.section === block.section && POINT_HEADER.test(last.text.split('\n')[0] ?? '') && !POINT_HEADER.test(block.text) && !block.text.startsWith('#')) {
      last.text = `${last.text}\n\n${block.text}`;
      continue;
    }
    result.push({ ...block });
  }
  return result;
}

/** Runs of blocks between the blocks both reports share (longest common subsequence, per whole report). */
function gaps(beis: readonly Block[], pub: readonly Block[]): Array<{ beis: Block[]; public: Block[] }> {
  const key = (block: Block): string => `${block.section}\u0000${block.text}`;
  const n = beis.length;
  const m = pub.length;
  const table: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    const row = table[i] as Uint32Array; // allocated above for 0..n
    const below = table[i + 1] as Uint32Array;
    for (let j = m - 1; j >= 0; j--) row[j] = key(beis[i] as Block) === key(pub[j] as Block) ? (below[j + 1] ?? 0) + 1 : Math.max(below[j] ?? 0, row[j + 1] ?? 0);
  }
  const result: Array<{ beis: Block[]; public: Block[] }> = [];
  let current = { beis: [] as Block[], public: [] as Block[] };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    const bi = beis[i];
    const pj = pub[j];
    if (bi && pj && key(bi) === key(pj)) {
      if (current.beis.length > 0 || current.public.length > 0) result.push(current);
      current = { beis: [], public: [] };
      i++;
      j++;
    } else if (bi && (!pj || (table[i + 1]?.[j] ?? 0) >= (table[i]?.[j + 1] ?? 0))) {
      current.beis.push(bi);
      i++;
    } else if (pj) {
      current.public.push(pj);
      j++;
    }
  }
  if (current.beis.length > 0 || current.public.length > 0) result.push(current);
  return result;
}

/** Whether `pub` is `beis` with the respondent shown less (by organisation, or not named) and the mark removed. */
function reducedForm(beis: string, pub: string, anonymous: string): boolean {
  if (beis.includes('[CONFIDENTIAL]') || beis.includes('**CONFIDENTIAL**')) return false;
  const lessWho = (full: string, shown: string): boolean => shown === full || full.endsWith(` (${shown})`) || shown === anonymous;
  const [beisHead = '', ...beisBody] = beis.split('\n');
  const [pubHead = '', ...pubBody] = pub.split('\n');
  const bh = POINT_HEADER.exec(beisHead);
  const ph = POINT_HEADER.exec(pubHead);
  if (bh && ph) {
    const categoryOk = ph[2] === bh[2] || (ph[2] === undefined && ph[1] === anonymous);
    return beisBody.join('\n') === pubBody.join('\n') && bh[3] === ph[3] && categoryOk && lessWho(bh[1] ?? '', ph[1] ?? '');
  }
  const bc = cells(beis);
  const pc = cells(pub);
  if (bc.length === 3 && pc.length === 3) return bc[0] === pc[0] && bc[2] === pc[2] && lessWho(bc[1] ?? '', pc[1] ?? '');
  return false;
}

function cells(row: string): string[] {
  if (!row.startsWith('|')) return [];
  return row
    .slice(1, row.endsWith('|') ? -1 : undefined)
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
}

function isTableRule(text: string): boolean {
  return /^\|(?:-{3}\|)+$/.test(text);
}

function isCountRow(text: string): boolean {
  const c = cells(text);
  return c.length === 6 && c.slice(1, 5).every((n) => /^(\*\*)?\d+(\*\*)?$/.test(n));
}

/** Matchers for wording lines with `{placeholders}`. */
function patterns(texts: readonly string[], names: readonly string[]): (text: string) => boolean {
  const regexes = texts.map((text) => {
    let source = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const name of names) source = source.replace(new RegExp(`\\\\\\{${name}\\\\\\}`, 'g'), '[^\\n]*');
    return new RegExp(`^(_)?${source}(_)?$`);
  });
  return (text) => regexes.some((regex) => regex.test(text));
}

function checkRespondents(beis: readonly Block[], pub: readonly Block[], wording: ReportWording, problem: (block: Block, reason: string) => void): void {
  const inAnnex = (block: Block): boolean => block.section.endsWith(wording.headings.respondents) && block.text.startsWith('|') && !isTableRule(block.text);
  const beisRows = beis.filter(inAnnex).slice(1).map((block) => ({ block, c: cells(block.text) }));
  const used = new Set<number>();
  for (const block of pub.filter(inAnnex).slice(1)) {
    const [name = '', organisation = '', category = ''] = cells(block.text);
    const index = beisRows.findIndex(({ c }, i) => !used.has(i) && c[1] === organisation && c[2] === category && c[3] === 'No' && (name === '' || (c[0] === name && c[4] === wording.publicationLabels.named)) && c[4] !== wording.publicationLabels.none && c[4] !== wording.publicationLabels.anonymous);
    if (index < 0) problem(block, `Unexpected respondent row \`${block.text}\` in the public report, expected a row of the BEIS report that the respondent let DCC publish (never a confidential respondent, a name only when they chose to be named)`);
    else used.add(index);
  }
}

function reconcileCounts(beis: readonly Block[], pub: readonly Block[], wording: ReportWording, problem: (block: Block, reason: string) => void): RedactionCheck['counts'] {
  const totals = (list: readonly Block[]): Map<string, { block: Block; values: number[] }> => {
    const found = new Map<string, { block: Block; values: number[] }>();
    for (const block of list) {
      const c = cells(block.text);
      if (c[0] !== '**Total**' || !isCountRow(block.text)) continue;
      const question = /### ([^/]+)$/.exec(block.section)?.[1] ?? block.section;
      found.set(question, { block, values: c.slice(1, 5).map((n) => Number(n.replace(/\*/g, ''))) });
    }
    return found;
  };
  const withheldRegex = new RegExp(`^_?${wording.withheld.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('\\{count\\}', '(\\d+)')}_?$`);
  const beisTotals = totals(beis);
  const result: RedactionCheck['counts'] = [];
  for (const [question, pubTotal] of totals(pub)) {
    const beisTotal = beisTotals.get(question);
    const withheldBlock = pub.find((block) => block.section.endsWith(`### ${question}`) && withheldRegex.test(block.text));
    const withheld = withheldBlock ? Number(withheldRegex.exec(withheldBlock.text)?.[1] ?? 0) : 0;
    const sum = (values: readonly number[]): number => values.reduce((a, n) => a + n, 0);
    if (!beisTotal) {
      problem(pubTotal.block, `Unexpected counts for ${question}, expected the same question in the BEIS report`);
      continue;
    }
    result.push({ question, beis: sum(beisTotal.values), public: sum(pubTotal.values), withheld });
    if (sum(pubTotal.values) + withheld !== sum(beisTotal.values) || pubTotal.values.some((n, i) => n > (beisTotal.values[i] ?? 0))) {
      problem(pubTotal.block, `Unexpected public counts for ${question} (${pubTotal.values.join(', ')}; ${withheld} withheld), expected the BEIS counts (${beisTotal.values.join(', ')}) minus the withheld answers`);
    }
  }
  return result;
}

/**
 * Every respondent shown by a point or a comment in the public report is shown no more than they
 * let DCC publish (from the BEIS respondents annex): no name of a respondent who chose organisation
 * only, no name or organisation of an anonymous, unpublished or confidential one.
 */
function checkAttributions(beis: readonly Block[], pub: readonly Block[], wording: ReportWording, anonymous: string, problem: (block: Block, reason: string) => void): void {
  const hiddenNames = new Set<string>();
  const hiddenOrganisations = new Set<string>();
  const inAnnex = (block: Block): boolean => block.section.endsWith(wording.headings.respondents) && block.text.startsWith('|') && !isTableRule(block.text);
  for (const block of beis.filter(inAnnex).slice(1)) {
    const [name = '', organisation = '', , confidential = '', publication = ''] = cells(block.text);
    const hidden = confidential !== 'No' || publication === wording.publicationLabels.none || publication === wording.publicationLabels.anonymous;
    if (name !== '' && (hidden || publication !== wording.publicationLabels.named)) hiddenNames.add(name);
    if (organisation !== '' && hidden) hiddenOrganisations.add(organisation);
  }
  for (const block of pub) {
    const head = POINT_HEADER.exec(block.text.split('\n')[0] ?? '');
    const row = cells(block.text);
    const who = head ? head[1] : row.length === 3 && !isTableRule(block.text) ? row[1] : undefined;
    if (who === undefined || who === anonymous) continue;
    const name = [...hiddenNames].find((n) => who === n || who.startsWith(`${n} (`));
    const organisation = [...hiddenOrganisations].find((o) => who === o || who.endsWith(`(${o})`));
    if (name !== undefined || organisation !== undefined) problem(block, `Unexpected respondent \`${who}\` shown in the public report, expected ${name !== undefined ? 'no name for a respondent who did not choose to be named' : 'no organisation for a respondent who is confidential, anonymous or not to be published'}`);
  }
}
