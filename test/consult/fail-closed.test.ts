import { describe, expect, it } from 'vitest';
import { fillTemplate, makeResponses, makeTemplate, type FillValue, type Response } from '../../src/index.js';
import { readConfidential, readPublication, saysConfidential } from '../../src/consult/read-confidentiality.js';
import { mergeSmallCells, countByCategory } from '../../src/consult/position-counts.js';
import { markdownText } from '../../src/consult/markdown-text.js';
import { focb } from './support.js';

const { bundle, texts } = focb();
const Q = 'FOCb TMAD Q1';
const CHOICES = { named: 'With my name and organisation', organisation: 'Organisation only', anonymous: 'Anonymously', none: 'Do not publish' } as const;

describe('reading confidentiality fails closed', () => {
  it.each(['yes', 'Y', 'YES', 'Yes.', 'Confidential', 'Yes - commercially sensitive', 'partly', 'n/a', 'see below', 'No - but...', 'X'])('reads %j as confidential, with a note', (text) => {
    const reading = readConfidential(text, Q);
    expect(reading.value).toBe(true);
    expect(reading.note).toMatch(/read as confidential/);
  });
  it.each(['No', 'no', 'N', 'No.', ' no ', ''])('reads %j (or the template default) as not confidential, without a note', (text) => {
    expect(readConfidential(text, Q)).toEqual({ value: false, note: null });
  });
  it('reads a plain Yes without a note', () => expect(readConfidential('Yes', Q)).toEqual({ value: true, note: null }));
  it.each(['This is CONFIDENTIAL.', 'The figures are commercially sensitive', 'Not for publication: ...', 'Given in confidence.'])('finds %j saying it is confidential', (text) => {
    expect(saysConfidential(text)).not.toBeNull();
  });
  it('does not flag ordinary text', () => expect(saysConfidential('We agree with the proposal and the consent approach.')).toBeNull());
});

describe('reading the publication choice fails closed', () => {
  it.each([
    ['', 'organisation', false],
    ['Organisation only', 'organisation', false],
    ['with my name and organisation', 'named', false],
    ['Anonymously', 'anonymous', false],
    ['Do not publish', 'none', false],
    ['please do not use our name', 'none', true],
    ['anonymous please', 'anonymous', true],
    ['company name only', 'organisation', true],
    ['whatever', 'none', true],
  ] as const)('reads %j as %s', (text, choice, noted) => {
    const reading = readPublication(text, CHOICES);
    expect(reading.value).toBe(choice);
    expect(reading.note !== null).toBe(noted);
  });
});

describe('reading a filled template', () => {
  async function read(values: Array<[string, FillValue]>, name = 'r.docx'): Promise<Response> {
    const template = await makeTemplate(bundle, texts);
    const filled = fillTemplate(template, new Map([['tmad:respondent:organisation', ['Org']], ...values]), { author: 'a', date: '2020-11-25T10:00:00Z' });
    const set = await makeResponses(bundle, texts, [{ name, bytes: filled }]);
    const response = set.responses[0];
    if (!response) throw new Error(set.rejected.map((r) => r.reason).join());
    return response;
  }

  it('reads an unclear answer box, a clause comment box and text that says so as confidential, with notes', async () => {
    const response = await read([
      [`tmad:question:${Q}:rationale`, ['We agree.']],
      [`tmad:question:${Q}:confidential`, ['Y']],
      ['tmad:clause:4.24:comment', ['A comment.']],
      ['tmad:clause:4.24:confidential', ['partly']],
      ['tmad:clause:4.44B:comment', ['This point is commercially sensitive.']],
      ['tmad:clause:4.24A:comment', ['An open comment.']],
    ]);
    expect(response.confidential).toBe(false);
    expect(response.answers[0]?.confidential).toBe(true);
    expect(response.clauseComments.map((c) => [c.clause, c.confidential])).toEqual([['4.24', true], ['4.24A', false], ['4.44B', true]]);
    expect(response.notes.join('\n')).toMatch(/FOCb TMAD Q1: confidentiality "Y" read as confidential/);
    expect(response.notes.join('\n')).toMatch(/clause 4.44B: the text says "commercially sensitive"/);
    expect(response.publication).toBe('organisation');
  });

  it('treats a response whose reason is given but nothing marked as wholly confidential', async () => {
    const response = await read([['tmad:respondent:confidentialReason', ['Our figures are private']]]);
    expect(response.confidential).toBe(true);
    expect(response.answers.every((a) => a.confidential)).toBe(true);
    expect(response.notes.join('\n')).toMatch(/a reason for confidentiality was given/);
  });

  it('flags duplicate identities without changing either response', async () => {
    const template = await makeTemplate(bundle, texts);
    const fill = (values: Array<[string, FillValue]>): Uint8Array => fillTemplate(template, new Map(values), { author: 'a', date: '2020-11-25T10:00:00Z' });
    const set = await makeResponses(bundle, texts, [
      { name: 'a.docx', bytes: fill([['tmad:respondent:organisation', ['Meadow Energy']], ['tmad:respondent:wholeConfidential', ['Yes']]]) },
      { name: 'b.docx', bytes: fill([['tmad:respondent:organisation', ['Meadow Energy Ltd']], ['tmad:respondent:wholeConfidential', ['No']]]) },
    ]);
    expect(set.responses.map((r) => r.confidential)).toEqual([true, false]);
    expect(set.responses[1]?.notes.join('\n')).toMatch(/same organisation "Meadow Energy Ltd" as a\.docx \(confidential\): check which response is genuine/);
  });
});

describe('the small-cell rule', () => {
  it('merges categories under 3 published answers, then the smallest until the merged row has 3', () => {
    const rows = countByCategory([
      ...Array.from({ length: 4 }, () => ({ category: 'Large Supplier' as const, position: 'Agree' as const })),
      ...Array.from({ length: 3 }, () => ({ category: 'Small Supplier' as const, position: 'Disagree' as const })),
      { category: 'Network Party', position: 'Neutral' },
    ]);
    const merged = mergeSmallCells(rows);
    expect(merged.map((r) => [r.label, r.counts.Agree + r.counts.Disagree + r.counts.Neutral + r.counts.None])).toEqual([
      ['Large Supplier', 4],
      ['Other SEC Party', 0],
      ['Other', 0],
      ['Other categories combined', 4],
    ]);
    expect(mergeSmallCells(countByCategory([{ category: 'Other', position: 'Agree' }])).at(-1)?.label).toBe('All categories');
  });
});

describe('Markdown of untrusted text', () => {
  it('escapes HTML and link syntax so that it shows as typed', () => {
    expect(markdownText('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(markdownText('<img src=x onerror=alert(1)>')).not.toMatch(/<img/);
    expect(markdownText('[click](javascript:alert(1))')).toBe('\\[click\\](javascript:alert(1))');
    expect(markdownText('<javascript:alert(1)>')).not.toMatch(/</);
    expect(markdownText('# not a heading\n1. not a list')).toBe('\\# not a heading\n1\\. not a list');
  });
});
