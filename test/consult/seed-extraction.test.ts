import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractSeed } from '../../src/consult/index.js';
import { ROOT } from './support.js';

const SEED = 'documents/consultations/focb/source/focb-tmad-consultation-2020-11-18.md';

describe('extractSeed (the FOCb consultation as converted from PDF)', () => {
  const seed = extractSeed(readFileSync(join(ROOT, SEED), 'utf8'), SEED);

  it('finds the dates, contact and the current version', () => {
    expect(seed).toMatchObject({ issued: '2020-11-18', closes: '2020-11-27T16:00', contact: 'consultations@smartdcc.co.uk', baseVersion: '8.0' });
    expect(seed.title).toMatch(/^SMETS1 Consultation on changes/);
  });

  it('finds the question behind its HTML fragments and broken one-row table', () => {
    expect(seed.questions.map((q) => q.id)).toEqual(['FOCb TMAD Q1']);
    expect(seed.questions[0]?.text).toMatch(/^Do you agree with the additional amendments to TMAD for FOC\?.*rationale for your views\?$/);
    expect(seed.questions[0]?.text).not.toMatch(/<|\|/);
  });

  it('reads the tab-separated drafting table into clause references and descriptions', () => {
    expect(seed.drafting.map((d) => d.clauses)).toEqual([['4.24', '4.24A'], ['4.44B']]);
    expect(seed.drafting[0]?.description).toMatch(/^Requirement on DCC to only migrate Dormant Meters/);
    expect(seed.drafting[1]?.description).toMatch(/^Requirement on Responsible Supplier/);
  });

  it('says what it could not extract, with line numbers', () => {
    const reasons = seed.diagnostics.map((d) => `${d.severity} ${d.place?.start.line}: ${d.reason}`);
    expect(reasons).toContainEqual(expect.stringMatching(/^warning 1: The proposed TMAD version is not stated/));
    expect(reasons).toContainEqual(expect.stringMatching(/^info 22: Skipped table-of-contents entry `1\. Introduction and Context/));
    expect(reasons).toContainEqual(expect.stringMatching(/^info \d+: Read the list-shaped table row `Clause 4\.24 & 4\.24A` as prose/));
  });

  it('reports what is missing from a document that lacks it', () => {
    const bare = extractSeed('# Title\n\nSome text.\n', 'bare.md');
    expect(bare.questions).toEqual([]);
    expect(bare.diagnostics.map((d) => d.reason)).toEqual(
      expect.arrayContaining([expect.stringMatching(/Could not find any question/), expect.stringMatching(/Could not find the table of drafting changes/), expect.stringMatching(/Could not find the closing date/)]),
    );
  });
});
