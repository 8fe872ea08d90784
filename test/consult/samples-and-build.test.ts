import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, makeTemplate, sampleResponses } from '../../src/index.js';
import { consultationsStep } from '../../src/build/steps/consultations.js';
import { ROOT, documentFiles, focb } from './support.js';

describe('the FOCb sample responses', () => {
  it('are what `npm run samples` makes from the current template (regenerate them if this fails)', async () => {
    const { bundle, texts } = focb();
    const samples = sampleResponses(await makeTemplate(bundle, texts), bundle.consultation);
    expect(samples.length).toBeGreaterThanOrEqual(8);
    for (const sample of samples) {
      const committed = readFileSync(join(ROOT, 'documents/consultations/focb/responses', sample.name));
      expect(Buffer.from(sample.bytes).equals(committed), sample.name).toBe(true);
    }
  });
});

describe('the consultations build step', () => {
  it('writes the template, the seed extraction, the responses and both reports', async () => {
    const templates = new Map<string, Uint8Array>(['response-template.yaml', 'conclusion-report.yaml'].map((name) => [name, new Uint8Array(readFileSync(join(ROOT, 'templates', name)))]));
    const result = await build({ files: documentFiles(), templates }, [consultationsStep]);
    const paths = result.outputs.map((o) => o.path);
    expect(paths).toEqual([
      'consultations/focb/report-beis.docx',
      'consultations/focb/report-beis.md',
      'consultations/focb/report-public.docx',
      'consultations/focb/report-public.md',
      'consultations/focb/response-template.docx',
      'consultations/focb/responses.csv',
      'consultations/focb/responses.json',
      'consultations/focb/seed-extraction.json',
    ]);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const json = JSON.parse(String(result.outputs.find((o) => o.path.endsWith('responses.json'))?.content)) as { responses: Array<{ confidential: boolean; answers: Array<{ position: string; confidential: boolean }> }>; rejected: unknown[] };
    expect(json.responses).toHaveLength(9);
    expect(json.rejected).toEqual([]);
    expect(new Set(json.responses.map((r) => r.answers[0]?.position))).toEqual(new Set(['Agree', 'Disagree', 'Neutral']));
    expect(json.responses.some((r) => r.confidential)).toBe(true);
    expect(json.responses.some((r) => !r.confidential && r.answers[0]?.confidential)).toBe(true);
    const publicMd = String(result.outputs.find((o) => o.path.endsWith('report-public.md'))?.content);
    expect(publicMd).not.toMatch(/Meadow|Oliver Grant|BW-CONF-7731|HU-MAP-2020-44|MDW-SWITCH-19|MS-SMSO-88|Grace Lin|Citizens Energy Forum|Tom Ellery|Daniel Okafor|@/);
    expect(publicMd).toMatch(/Priya Raman \(Northgate Energy\)/);
    expect(publicMd).toMatch(/\*\*MeterServe Ltd\*\* \(Other SEC Party\)/);
    expect(publicMd).toMatch(/\*\*A respondent who asked not to be named\*\*: Disagree/);
  }, 120_000);
});
