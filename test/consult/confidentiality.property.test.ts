import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { POSITIONS, RESPONDENT_CATEGORIES, makeReport, responsesToCsv, type Response, type ResponseSet } from '../../src/index.js';
import { focb } from './support.js';

const { bundle: fullBundle, texts } = focb();
// The redline annex is the whole TMAD: leave it out here to keep a run fast (it holds no response text).
const bundle = { ...fullBundle, redlineDelta: null };
const Q = fullBundle.consultation.questions[0]?.id ?? '';

interface Spec {
  whole: boolean;
  answer: boolean;
  position: (typeof POSITIONS)[number];
  category: (typeof RESPONDENT_CATEGORIES)[number];
  comment: boolean;
}

/** A response set from specs: every text a public report must not show is a unique marker. */
function responseSet(specs: readonly Spec[]): { set: ResponseSet; secret: string[]; open: string[] } {
  const secret: string[] = [];
  const open: string[] = [];
  const responses: Response[] = specs.map((spec, i) => {
    const tag = (kind: string, confidential: boolean): string => {
      const marker = `${confidential ? 'SECRET' : 'OPEN'}${kind}${i}Z${'q'.repeat(i % 3)}`;
      (confidential ? secret : open).push(marker);
      return marker;
    };
    const rationale = `Para ${tag('RAT', spec.whole || spec.answer)}\n- bullet ${tag('BUL', spec.whole || spec.answer)}\nA | ${tag('CEL', spec.whole || spec.answer)}`;
    return {
      file: `r${i}.docx`,
      respondent: { name: tag('NAME', spec.whole), organisation: tag('ORG', spec.whole), email: `${tag('MAIL', spec.whole)}@x.example`, category: spec.category },
      confidential: spec.whole,
      confidentialReason: `${tag('WHY', true)}`,
      publication: 'named',
      answers: [{ questionId: Q, position: spec.position, rationale, confidential: spec.whole || spec.answer }],
      clauseComments: spec.comment ? [{ clause: '4.44B', comment: tag('COM', spec.whole), confidential: spec.whole }] : [],
      notes: [],
    };
  });
  // The email is never shown in a report; only names, organisations and texts are checked as open.
  return { set: { consultation: 'focb', responses, rejected: [] }, secret, open: open.filter((m) => !m.includes('MAIL')) };
}

function allText(docx: Uint8Array): string {
  return Object.values(unzipSync(docx))
    .map((part) => new TextDecoder().decode(part))
    .join('\n');
}

const spec = fc.record({
  whole: fc.boolean(),
  answer: fc.boolean(),
  position: fc.constantFrom(...POSITIONS),
  category: fc.constantFrom(...RESPONDENT_CATEGORIES),
  comment: fc.boolean(),
});

describe('confidentiality of the public report', () => {
  let sanity: { set: ResponseSet; secret: string[]; open: string[] };
  beforeAll(() => {
    sanity = responseSet([
      { whole: true, answer: false, position: 'Agree', category: 'Other', comment: true },
      { whole: false, answer: true, position: 'Disagree', category: 'Large Supplier', comment: true },
      { whole: false, answer: false, position: 'Neutral', category: 'Network Party', comment: true },
    ]);
  });

  it('shows every marker in the beis report, marked, and none of the secret ones in the public report', async () => {
    const beis = await makeReport(bundle, sanity.set, texts, 'beis');
    const beisText = `${allText(beis.docx)}\n${beis.markdown}`;
    // The reason for confidentiality goes to the CSV and the redaction log, not into the report.
    for (const marker of [...sanity.secret, ...sanity.open].filter((m) => !m.includes('MAIL') && !m.includes('WHY'))) expect(beisText).toContain(marker);
    expect(beis.markdown).toContain('[CONFIDENTIAL]');
    const pub = await makeReport(bundle, sanity.set, texts, 'public');
    const pubText = `${allText(pub.docx)}\n${pub.markdown}`;
    for (const marker of sanity.open) expect(pubText).toContain(marker);
    for (const marker of sanity.secret) expect(pubText).not.toContain(marker);
  });

  it('never puts a confidential marker in any public output file (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(spec, { minLength: 1, maxLength: 8 }), async (specs) => {
        const { set, secret } = responseSet(specs);
        const pub = await makeReport(bundle, set, texts, 'public');
        const text = `${allText(pub.docx)}\n${pub.markdown}`;
        for (const marker of secret) expect(text).not.toContain(marker);
      }),
      { numRuns: 10, seed: 20201127 },
    );
  }, 120_000);

  it('keeps the CSV for DCC complete (it is not a public output)', () => {
    const csv = responsesToCsv(sanity.set, fullBundle.consultation);
    for (const marker of sanity.secret) expect(csv).toContain(marker);
  });
});
