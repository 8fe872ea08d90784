import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintConsultation } from '../../src/consult/lint/lint-consultation.js';
import type { ConsultationLintInput } from '../../src/consult/lint/consultation-rule.js';
import { ROOT, focb } from './support.js';

const { bundle } = focb();
const source = readFileSync(join(ROOT, 'documents/consultations/focb/consultation.md'), 'utf8');
const conclusions = readFileSync(join(ROOT, 'documents/consultations/focb/conclusions.md'), 'utf8');
const base: ConsultationLintInput = {
  consultation: bundle.consultation,
  source,
  file: 'consultation.md',
  delta: bundle.delta,
  proposedClauses: bundle.proposed.clauses.map((c) => c.id),
  conclusions: { text: conclusions, file: 'conclusions.md' },
  responses: 9,
};
const where = (input: ConsultationLintInput): string[] => lintConsultation(input).map((d) => `${d.file}:${d.place?.start.line}:${d.place?.start.column} ${d.severity} ${d.ruleId}: ${d.reason}`);

describe('lintConsultation', () => {
  it('finds nothing wrong with FOCb apart from the changed definition clause 1.2 not in its drafting table', () => {
    expect(where(base)).toEqual([expect.stringMatching(/^consultation\.md:15:1 warning consultation-drafting: Clause `1\.2` changes/)]);
  });

  it('consultation-dates: 1970, closing before issue, a Sunday', () => {
    const input = { ...base, consultation: { ...base.consultation, issued: '1970-01-01', closes: '2020-11-15T16:00' } };
    expect(where(input)).toEqual(expect.arrayContaining([
      expect.stringMatching(/^consultation\.md:4:1 error consultation-dates: Unexpected issued date `1970-01-01`/),
      expect.stringMatching(/^consultation\.md:5:1 warning consultation-dates: Unexpected closing date `2020-11-15` on a Sunday/),
    ]));
    expect(where({ ...base, consultation: { ...base.consultation, closes: '2020-11-17T16:00' } })).toEqual(expect.arrayContaining([expect.stringMatching(/^consultation\.md:5:1 error consultation-dates: Unexpected closing date `2020-11-17T16:00` on or before/)]));
  });

  it('consultation-drafting: a clause that does not exist, and one that does not change', () => {
    const input = { ...base, consultation: { ...base.consultation, drafting: [...base.consultation.drafting, { clauses: ['9.99'], description: 'x' }, { clauses: ['4.1'], description: 'y' }] } };
    const found = where(input);
    expect(found).toEqual(expect.arrayContaining([expect.stringMatching(/error consultation-drafting: Unexpected clause `9\.99` in the drafting table, expected a clause of the proposed version/), expect.stringMatching(/error consultation-drafting: Unexpected clause `4\.1` in the drafting table: the proposed version does not change it/)]));
  });

  it('consultation-conclusions: a misspelt question heading is an error at its position; no responses is a warning', () => {
    const misspelt = conclusions.replace('## FOCb TMAD Q1', '## FOCb TMAD Q2');
    const found = where({ ...base, conclusions: { text: misspelt, file: 'conclusions.md' }, responses: 0 });
    expect(found).toEqual(expect.arrayContaining([
      expect.stringMatching(/^conclusions\.md:16:1 error consultation-conclusions: Unexpected section `## FOCb TMAD Q2`, expected a question id of the consultation \(FOCb TMAD Q1\)/),
      expect.stringMatching(/^conclusions\.md:1:1 error consultation-conclusions: Missing section `## FOCb TMAD Q1`/),
      expect.stringMatching(/warning consultation-conclusions: The consultation has conclusions but no responses/),
    ]));
  });
});

describe('lintConsultationFiles', () => {
  it('lints every consultation under documents/', async () => {
    const { lintConsultationFiles } = await import('../../src/consult/lint/lint-consultation-files.js');
    const { documentFiles } = await import('./support.js');
    const found = lintConsultationFiles(documentFiles());
    expect(found.filter((d) => d.severity === 'error')).toEqual([]);
    expect(found.map((d) => `${d.file}:${d.place?.start.line} ${d.ruleId}`)).toContain('documents/consultations/focb/consultation.md:15 consultation-drafting');
  });
});

describe('tmad lint (no arguments) lints the consultations too', () => {
  it('reports the FOCb drafting warning with its position', async () => {
    const { tmad } = await import('../support/run-cli.js');
    const run = await tmad(['lint'], ROOT);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/documents\/consultations\/focb\/consultation\.md:15:1-15:10: warning Clause `1\.2` changes .*\[consultation-drafting\]/);
  }, 60_000);
});
