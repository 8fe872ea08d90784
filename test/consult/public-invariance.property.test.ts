import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { POSITIONS, PUBLICATION_CHOICES, RESPONDENT_CATEGORIES, readWording, reportModel, reportToDocx, reportToMarkdown, type AnswerPosition, type Response, type ResponseSet } from '../../src/index.js';
import { publicEntries, withheldEntirely } from '../../src/consult/report-entries.js';
import { REPORT_KEYS, type ReportWording } from '../../src/consult/wording.js';
import { focb } from './support.js';

const { bundle: fullBundle, texts } = focb();
const consultation = {
  ...fullBundle.consultation,
  questions: [...fullBundle.consultation.questions, { id: 'FOCb TMAD Q2', text: 'A second question.' }],
};
const conclusions = fullBundle.conclusions;
if (!conclusions) throw new Error('focb has no conclusions');
const wording = readWording<ReportWording>(texts.report, 'conclusion-report.yaml', REPORT_KEYS);
const questionIds = consultation.questions.map((q) => q.id);
const POSITION_VALUES: readonly AnswerPosition[] = [...POSITIONS, 'None'];

const text = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', '- ', ' | ', '<', '*', 'é', '1.'), maxLength: 12 });
const answer = fc.record({ position: fc.constantFrom(...POSITION_VALUES), rationale: text, confidential: fc.boolean() });
const comment = fc.record({ clause: fc.constantFrom('1.2', '4.24', '4.24A', '4.44B'), comment: text.map((t) => `c ${t}`), confidential: fc.boolean() });
const response = fc.record({
  name: text,
  organisation: fc.constantFrom('', 'Org A', 'Org B', 'Org C'),
  category: fc.constantFrom(...RESPONDENT_CATEGORIES),
  confidential: fc.boolean(),
  publication: fc.constantFrom(...PUBLICATION_CHOICES),
  answers: fc.tuple(answer, answer),
  comments: fc.array(comment, { maxLength: 2 }),
});

type Spec = typeof response extends fc.Arbitrary<infer T> ? T : never;

function toSet(specs: readonly Spec[]): ResponseSet {
  const responses: Response[] = specs.map((spec, i) => ({
    file: `r${String(i).padStart(2, '0')}.docx`,
    respondent: { name: spec.name, organisation: spec.organisation, email: `${spec.name}@x.example`, category: spec.category },
    confidential: spec.confidential,
    confidentialReason: '',
    publication: spec.publication,
    answers: spec.answers.map((a, q) => ({ questionId: questionIds[q] ?? '', position: a.position, rationale: a.rationale, confidential: a.confidential || spec.confidential })),
    clauseComments: spec.comments.map((c) => ({ ...c, confidential: c.confidential || spec.confidential })),
    notes: [],
  }));
  return { consultation: 'focb', responses, rejected: [] };
}

/** Every part of a set that must not reach the public report, as a function that changes it. */
function confidentialEdits(set: ResponseSet): Array<(r: Response[], value: string, position: AnswerPosition, category: number) => void> {
  const edits: Array<(r: Response[], value: string, position: AnswerPosition, category: number) => void> = [];
  set.responses.forEach((res, i) => {
    const at = (r: Response[]): Response => r[i] as Response; // index from the same set: always present
    edits.push((r, v) => void (at(r).respondent.email = v), (r, v) => void (at(r).confidentialReason = v), (r, v) => void at(r).notes.push(v));
    if (res.publication !== 'named' || withheldEntirely(res)) edits.push((r, v) => void (at(r).respondent.name = v));
    if (res.publication === 'anonymous' || withheldEntirely(res)) edits.push((r, v) => void (at(r).respondent.organisation = v));
    if (withheldEntirely(res)) {
      edits.push((r, _v, _p, c) => void (at(r).respondent.category = RESPONDENT_CATEGORIES[c % RESPONDENT_CATEGORIES.length] ?? 'Other'));
      edits.push((r, v) => void at(r).clauseComments.push({ clause: '4.24', comment: `x${v}`, confidential: true }));
      if (res.confidential) edits.push((r, _v, _p, c) => void (at(r).publication = PUBLICATION_CHOICES[c % PUBLICATION_CHOICES.length] ?? 'none'));
    }
    res.answers.forEach((a, q) => {
      if (!a.confidential && !withheldEntirely(res)) return;
      const ans = (r: Response[]): Response['answers'][number] => at(r).answers[q] as Response['answers'][number]; // same shape as `res`
      edits.push((r, v) => void (ans(r).rationale = v), (r, _v, p) => void (ans(r).position = p));
    });
    res.clauseComments.forEach((c, k) => {
      if (!c.confidential && !withheldEntirely(res)) return;
      const com = (r: Response[]): Response['clauseComments'][number] => at(r).clauseComments[k] as Response['clauseComments'][number]; // same shape as `res`
      edits.push((r, v) => void (com(r).comment = `y${v}`), (r) => void at(r).clauseComments.splice(k, 1));
    });
  });
  return edits;
}

function publicOutputs(set: ResponseSet): { model: string; markdown: string; model_: ReturnType<typeof reportModel> } {
  const model = reportModel({ consultation, responses: set, conclusions: conclusions as NonNullable<typeof conclusions>, finalDelta: null, redlineDelta: null, wording }, 'public');
  return { model: JSON.stringify(model), markdown: reportToMarkdown(model), model_: model };
}

async function docxXml(model: ReturnType<typeof reportModel>): Promise<string> {
  return Object.entries(unzipSync(await reportToDocx(model)))
    .map(([name, part]) => `${name}\n${new TextDecoder().decode(part)}`)
    .join('\n');
}

const change = fc.record({ specs: fc.array(response, { minLength: 1, maxLength: 7 }), pick: fc.nat(), value: text, position: fc.constantFrom(...POSITION_VALUES), category: fc.nat() });

function mutated(specs: readonly Spec[], pick: number, value: string, position: AnswerPosition, category: number): { before: ResponseSet; after: ResponseSet } | null {
  const before = toSet(specs);
  const edits = confidentialEdits(before);
  if (edits.length === 0) return null;
  const after = structuredClone(before);
  edits[pick % edits.length]?.(after.responses, value, position, category);
  return { before, after };
}

describe('the public report is a function of the publishable content alone', () => {
  it('a random change to any confidential part leaves the public entries, model and Markdown identical (500 runs)', () => {
    fc.assert(
      fc.property(change, ({ specs, pick, value, position, category }) => {
        const pair = mutated(specs, pick, value, position, category);
        fc.pre(pair !== null);
        if (!pair) return;
        expect(publicEntries(pair.after.responses, questionIds)).toEqual(publicEntries(pair.before.responses, questionIds));
        const a = publicOutputs(pair.before);
        const b = publicOutputs(pair.after);
        expect(b.model).toBe(a.model);
        expect(b.markdown).toBe(a.markdown);
      }),
      { numRuns: 500, seed: 20201127 },
    );
  });

  it('… and the Word report XML identical (every part of the .docx)', async () => {
    await fc.assert(
      fc.asyncProperty(change, async ({ specs, pick, value, position, category }) => {
        const pair = mutated(specs, pick, value, position, category);
        fc.pre(pair !== null);
        if (!pair) return;
        expect(await docxXml(publicOutputs(pair.after).model_)).toBe(await docxXml(publicOutputs(pair.before).model_));
      }),
      { numRuns: 25, seed: 20201128 },
    );
  }, 120_000);

  it('the property can fail: a change to a published answer does change the public report', () => {
    const set = toSet([{ name: 'n', organisation: 'Org A', category: 'Other', confidential: false, publication: 'organisation', answers: [{ position: 'Agree', rationale: 'open', confidential: false }, { position: 'None', rationale: '', confidential: false }], comments: [] }]);
    const after = structuredClone(set);
    const first = after.responses[0]?.answers[0];
    if (first) first.rationale = 'changed';
    expect(publicOutputs(after).markdown).not.toBe(publicOutputs(set).markdown);
  });
});
