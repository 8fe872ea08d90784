import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../src/index.js';
import { tmad } from '../support/run-cli.js';
import { ROOT } from './support.js';

describe('tmad template / responses / report', () => {
  it('writes the template, reads responses with a bad file in the batch (exit 1), and writes both reports', async () => {
    const out = mkdtempSync(join(tmpdir(), 'tmad-consult-cli-'));
    const template = await tmad(['template', 'focb', '--out', join(out, 't.docx')], ROOT);
    expect(template.code).toBe(0);
    expect((await readDocx(new Uint8Array(readFileSync(join(out, 't.docx'))), { view: 'accept' })).properties.custom['tmad-consultation']).toBe('focb');

    writeFileSync(join(out, 'empty.docx'), '');
    const good = join(ROOT, 'documents/consultations/focb/responses/05-eastern-distribution-networks.docx');
    const responses = await tmad(['responses', 'focb', good, join(out, 'empty.docx'), '--out', out], ROOT);
    expect(responses.code).toBe(1);
    expect(responses.stderr).toMatch(/read 1 response\(s\), rejected 1/);
    expect(responses.stderr).toMatch(/empty\.docx: the file is empty/);
    const json = JSON.parse(readFileSync(join(out, 'responses.json'), 'utf8')) as { responses: Array<{ respondent: { organisation: string } }> };
    expect(json.responses[0]?.respondent.organisation).toBe('Eastern Distribution Networks');
    expect(readFileSync(join(out, 'responses.csv'), 'utf8')).toMatch(/^respondent,organisation,email,category,confidential,publication,confidential reason,FOCb TMAD Q1 position/);

    const report = await tmad(['report', 'focb', '--audience', 'public', '--responses', join(out, 'responses.json'), '--out', out], ROOT);
    expect(report.code).toBe(0);
    expect(readFileSync(join(out, 'report-public.md'), 'utf8')).toMatch(/Fiona Walsh \(Eastern Distribution Networks\)/);
    expect((await tmad(['report', 'focb', '--audience', 'everyone'], ROOT)).code).toBe(2);
  }, 60_000);

  it('prints what it could and could not extract from the published document', async () => {
    const run = await tmad(['template', 'documents/consultations/focb/source/focb-tmad-consultation-2020-11-18.md'], ROOT);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/FOCb TMAD Q1 \(line 67\)/);
    expect(run.stdout).toMatch(/4\.24, 4\.24A \(line 60\)/);
    expect(run.stdout).toMatch(/warning The proposed TMAD version is not stated/);
  });
});
