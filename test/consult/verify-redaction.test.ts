import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkRedaction, makeReport, makeResponses, type ResponseSet } from '../../src/index.js';
import { tmad } from '../support/run-cli.js';
import { ROOT, focb } from './support.js';

const { bundle: full, texts } = focb();
const bundle = { ...full, redlineDelta: null };
let responses: ResponseSet;
let beis: string;
let pub: string;

beforeAll(async () => {
  responses = await makeResponses(bundle, texts);
  beis = (await makeReport(bundle, responses, texts, 'beis')).markdown;
  pub = (await makeReport(bundle, responses, texts, 'public')).markdown;
});

const check = (publicText: string): ReturnType<typeof checkRedaction>['check'] => checkRedaction(bundle, responses, texts, { beis, public: publicText }).check;

describe('verifying the public report against the BEIS report', () => {
  it('passes for the reports tmad writes, listing what was withheld and reconciling the counts', () => {
    const result = check(pub);
    expect(result.diagnostics).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.withheld.map((w) => w.text).join('\n')).toMatch(/BW-CONF-7731/);
    expect(result.counts).toEqual([{ question: 'FOCb TMAD Q1', beis: 9, public: 6, withheld: 3 }]);
  });

  it.each([
    ['a leaked sentence appended to a published answer', (md: string) => md.replace('With those assurances we are content with the drafting.', 'With those assurances we are content with the drafting. Internal reference BW-CONF-7731.')],
    ['a confidential paragraph inserted', (md: string) => md.replace('#### DCC\'s response', 'Holding these back would leave thousands of our customers without smart services over the winter.\n\n#### DCC\'s response')],
    ['a name the respondent did not agree to publish', (md: string) => md.replace('**MeterServe Ltd** (Other SEC Party)', '**Daniel Okafor (MeterServe Ltd)** (Other SEC Party)')],
    ['a published point dropped', (md: string) => md.replace(/\*\*Western Gas Networks\*\* \(Network Party\): Agree\n\nWe agree with the proposal and the legal drafting\.\n/, '')],
    ['a count changed', (md: string) => md.replace('| **Total** | **4** |', '| **Total** | **5** |')],
    ['a confidential respondent listed', (md: string) => md.replace('|  | Western Gas Networks | Network Party |', '|  | Western Gas Networks | Network Party |\n|  | Meadow Energy | Small Supplier |')],
  ])('finds %s', (_name, edit) => {
    const leaked = edit(pub);
    expect(leaked).not.toBe(pub);
    const result = check(leaked);
    expect(result.ok).toBe(false);
    expect(result.diagnostics[0]).toMatchObject({ ruleId: 'redaction', severity: 'error' });
    expect(result.diagnostics[0]?.place?.start.line).toBeGreaterThan(0);
  });

  it('`tmad report --verify` catches a leaked sentence (exit 1) and writes the redaction log', async () => {
    const out = mkdtempSync(join(tmpdir(), 'tmad-verify-'));
    expect((await tmad(['report', 'focb', '--out', out], ROOT)).code).toBe(0);
    expect((await tmad(['report', 'focb', '--audience', 'public', '--out', out], ROOT)).code).toBe(0);
    const clean = await tmad(['report', 'focb', '--verify', '--out', out], ROOT);
    expect(clean.code).toBe(0);
    expect(readFileSync(join(out, 'redaction-log.md'), 'utf8')).toMatch(/\| Oliver Grant \| Meadow Energy \| the whole response.*\| marked confidential \(reason given: Our systems readiness is not public\.\) \|/);
    const file = join(out, 'report-public.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('We agree with the proposal and the legal drafting.', 'We agree with the proposal and the legal drafting. Our contract HU-MAP-2020-44 allows it.'));
    const leaked = await tmad(['report', 'focb', '--verify', '--out', out], ROOT);
    expect(leaked.code).toBe(1);
    expect(leaked.stderr).toMatch(/report-public\.md:\d+:1-\d+:\d+: error Unexpected text in the public report that is not in the BEIS report/);
    expect(readFileSync(join(out, 'redaction-log.md'), 'utf8')).toMatch(/FAILED \(\d finding\(s\)\)/);
  }, 60_000);
});
