import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectedText, fillTemplate, makeResponses, makeTemplate, readDocx, type FillBlock, type FillValue, type Response } from '../../src/index.js';
import { focb, hasSoffice } from './support.js';

const { bundle, texts } = focb();
const Q = 'FOCb TMAD Q1';

const rationale: FillBlock[] = [
  { kind: 'paragraph', runs: ['First paragraph, with "quotes" & <angle brackets>.'] },
  { kind: 'paragraph', runs: ['The switch ', { del: 'should' }, { ins: 'must' }, ' be off.\tAfter a tab.'] },
  { kind: 'bullet', text: 'point one' },
  { kind: 'bullet', text: 'point two, nested', level: 1 },
  { kind: 'table', rows: [['Meter type', 'Count'], ['Active', '12'], ['Mixed', '']] },
  { kind: 'paragraph', runs: ['Closing paragraph.'] },
];

const values = new Map<string, FillValue>([
  ['tmad:respondent:name', ['Ann ', { ins: 'B. ' }, 'Example']],
  ['tmad:respondent:organisation', ['Energy & Co']],
  ['tmad:respondent:email', ['ann@example.com']],
  ['tmad:respondent:category', ['Small Supplier']],
  ['tmad:respondent:wholeConfidential', ['No']],
  [`tmad:question:${Q}:position`, ['Disagree']],
  [`tmad:question:${Q}:rationale`, rationale],
  [`tmad:question:${Q}:confidential`, ['Yes']],
  ['tmad:clause:4.44B:comment', [{ kind: 'paragraph', runs: ['Comment on 4.44B.'] }, { kind: 'paragraph', runs: ['Second line.'] }]],
]);

const expected: Omit<Response, 'file' | 'notes'> = {
  respondent: { name: 'Ann B. Example', organisation: 'Energy & Co', email: 'ann@example.com', category: 'Small Supplier' },
  confidential: false,
  confidentialReason: '',
  publication: 'organisation',
  answers: [{ questionId: Q, position: 'Disagree', rationale: expectedText(rationale), confidential: true }],
  clauseComments: [{ clause: '4.44B', comment: 'Comment on 4.44B.\nSecond line.', confidential: false }],
};

let template: Uint8Array;
let filled: Uint8Array;

beforeAll(async () => {
  template = await makeTemplate(bundle, texts);
  filled = fillTemplate(template, values, { author: 'Ann', date: '2020-11-25T10:00:00Z' });
});

async function readOne(name: string, bytes: Uint8Array): Promise<Response> {
  const set = await makeResponses(bundle, texts, [{ name, bytes }]);
  expect(set.rejected).toEqual([]);
  const response = set.responses[0];
  if (!response) throw new Error('no response');
  return response;
}

describe('the response template', () => {
  it('has a comment row for every clause the delta 8.0 -> 8.1 changes', () => {
    expect(bundle.clauses.map((c) => c.id)).toEqual(['1.2', '4.24', '4.24A', '4.44B']);
  });

  it('keys every field by tag, alias and bookmark, and shows placeholders', async () => {
    const content = await readDocx(template, { view: 'accept' });
    const rationaleControl = content.contentControls.find((c) => c.tag === `tmad:question:${Q}:rationale`);
    expect(rationaleControl).toMatchObject({ alias: `${Q} rationale`, showingPlaceholder: true, scope: 'block' });
    expect(content.bookmarks.map((b) => b.name)).toEqual(expect.arrayContaining(['tmad_respondent_name', 'tmad_q1_rationale', 'tmad_clause_4_44B']));
    expect(content.properties.custom['tmad-consultation']).toBe('focb');
  });

  it('is byte-identical when built twice', async () => {
    expect(Buffer.from(await makeTemplate(bundle, texts)).equals(Buffer.from(template))).toBe(true);
  });

  it('reads an unfilled field as empty (placeholders are not answers)', async () => {
    const partly = fillTemplate(template, new Map([['tmad:respondent:name', ['Only Name']]]), { author: 'x', date: '2020-11-25T10:00:00Z' });
    const response = await readOne('partly.docx', partly);
    expect(response.respondent).toEqual({ name: 'Only Name', organisation: '', email: '', category: 'Other' });
    expect(response.answers).toEqual([{ questionId: Q, position: 'None', rationale: '', confidential: false }]);
    expect(response.clauseComments).toEqual([]);
  });
});

describe('reading a filled template', () => {
  it('reads back exactly what was typed: paragraphs, bullets, a table, tracked changes accepted', async () => {
    const response = await readOne('filled.docx', filled);
    expect(response).toMatchObject(expected);
    expect(response.notes).toContain('tracked changes were left in: read as if all were accepted');
  });

  it.skipIf(!hasSoffice)('reads back the same after a LibreOffice re-save (tags dropped)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tmad-consult-'));
    writeFileSync(join(dir, 'filled.docx'), filled);
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'docx', '--outdir', join(dir, 'out'), join(dir, 'filled.docx')], { stdio: 'ignore', timeout: 120_000 });
    const resaved = new Uint8Array(readFileSync(join(dir, 'out', 'filled.docx')));
    const content = await readDocx(resaved, { view: 'accept' });
    expect(content.contentControls.some((c) => c.tag !== null && c.tag.startsWith('tmad:'))).toBe(false);
    const response = await readOne('resaved.docx', resaved);
    expect(response).toMatchObject(expected);
    expect(response.notes.join('\n')).toMatch(/content-control tags were missing/);
  }, 180_000);
});

if (!hasSoffice) console.warn('soffice not found: the LibreOffice re-save test is skipped (CI installs libreoffice-writer-nogui)');
