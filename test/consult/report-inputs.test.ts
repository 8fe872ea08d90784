import { zipSync, strToU8 } from 'fflate';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeResponses } from '../../src/index.js';
import { tmad } from '../support/run-cli.js';
import { ROOT, focb } from './support.js';

const { bundle, texts } = focb();

describe('files that are not a .docx are named as what they are, with the remedy', () => {
  it('PDF, .doc, .odt, .xlsx, .rtf', async () => {
    const odt = zipSync({ mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }], 'content.xml': strToU8('<office:document-content/>') });
    const xlsx = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>') });
    const files = [
      { name: 'a.pdf', bytes: strToU8('%PDF-1.7\n1 0 obj <<>> endobj\n') },
      { name: 'b.doc', bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]) },
      { name: 'c.odt', bytes: odt },
      { name: 'd.xlsx', bytes: xlsx },
      { name: 'e.rtf', bytes: strToU8('{\\rtf1\\ansi We agree.}') },
    ];
    const set = await makeResponses(bundle, texts, files);
    const reasons = Object.fromEntries(set.rejected.map((r) => [r.file, r.reason]));
    expect(reasons['a.pdf']).toMatch(/^a PDF document, not a Word \.docx.*ask the respondent for the filled \.docx response template/);
    expect(reasons['b.doc']).toMatch(/^an old-format Microsoft Office file \(\.doc or \.xls\)/);
    expect(reasons['c.odt']).toMatch(/^an OpenDocument text \(\.odt\).*Save As/);
    expect(reasons['d.xlsx']).toMatch(/^an Excel workbook \(\.xlsx\)/);
    expect(reasons['e.rtf']).toMatch(/^a Rich Text \(\.rtf\) document/);
    for (const reason of Object.values(reasons)) expect(reason).not.toMatch(/not a zip/);
  });
});

describe('tmad report validates --responses and --trace at the edge', () => {
  it('uses real `tmad trace --format json` output in the annex, and refuses wrong shapes with one line (exit 3)', async () => {
    const out = mkdtempSync(join(tmpdir(), 'tmad-report-inputs-'));
    const trace = await tmad(['trace', '--format', 'json'], ROOT);
    writeFileSync(join(out, 'trace.json'), trace.stdout);
    const ok = await tmad(['report', 'focb', '--audience', 'beis', '--trace', join(out, 'trace.json'), '--out', out], ROOT);
    expect(ok.code).toBe(0);
    const md = readFileSync(join(out, 'report-beis.md'), 'utf8');
    expect(md).not.toMatch(/undefined/);
    expect(md).toMatch(/- TMAD 8\.1: \d+ unverified/);

    writeFileSync(join(out, 'wrong.json'), JSON.stringify({ schemaVersion: 1, document: { key: 'TMAD' } }));
    const badTrace = await tmad(['report', 'focb', '--trace', join(out, 'wrong.json'), '--out', out], ROOT);
    expect(badTrace.code).toBe(3);
    expect(badTrace.stderr.trim().split('\n')).toHaveLength(1);
    expect(badTrace.stderr).toMatch(/Unexpected value at `document.version`, expected a string \(is it the output of `tmad trace --format json`\?\)/);

    writeFileSync(join(out, 'responses.json'), JSON.stringify({ schemaVersion: 2, consultation: 'focb', responses: [{ file: 'x' }], rejected: [] }));
    const badResponses = await tmad(['report', 'focb', '--responses', join(out, 'responses.json'), '--out', out], ROOT);
    expect(badResponses.code).toBe(3);
    expect(badResponses.stderr).toMatch(/Unexpected value at `responses\[0\]\.respondent`, expected an object/);
  }, 60_000);
});
