import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { extractSeed, fillTemplate, makeReport, makeResponses, makeTemplate, parseConsultation } from '../../src/index.js';
import { focb } from './support.js';

const { bundle, texts } = focb();
const Q = 'FOCb TMAD Q1';

/**
 * Growth exponent of `run` from input size n to 16n (the middle size 4n is timed too, to see the
 * trend when a test fails). Each sample does the same total work per size (the size-n input run 16
 * times, the 4n one 4 times, the 16n one once), samples are interleaved and the best of each kept,
 * so a load spike on a shared machine hits all sizes alike and timer resolution does not matter.
 */
function exponent(make: (n: number) => string, run: (text: string) => unknown, n: number): number {
  // The best of three measurements: load from other processes only ever makes growth look worse,
  // and quadratic code measures about 2 every time.
  return Math.min(...[0, 1, 2].map(() => measure(make, run, n)));
}

function measure(make: (n: number) => string, run: (text: string) => unknown, n: number): number {
  const inputs = [16, 4, 1].map((repeat) => ({ text: make((16 / repeat) * n), repeat }));
  const best = inputs.map(() => Infinity);
  for (const { text } of inputs) run(text);
  for (let round = 0; round < 5; round++) {
    inputs.forEach(({ text, repeat }, i) => {
      const start = performance.now();
      for (let k = 0; k < repeat; k++) run(text);
      best[i] = Math.min(best[i] ?? Infinity, performance.now() - start);
    });
  }
  return 1 + Math.log((best[2] ?? 1) / (best[0] ?? 1)) / Math.log(16);
}

describe('the published-consultation reader is linear on long runs', () => {
  const cases: Array<[string, (n: number) => string]> = [
    ['dashes', (n) => `# T\n${'-'.repeat(n)}x\n`],
    ['dashes then @', (n) => `# T\n${'-'.repeat(n)} @\n`],
    ['spaces', (n) => `# T\nword${' '.repeat(n)}x\n`],
    ['spaces after a question id', (n) => `# T\nFOCb TMAD Q1 text${' '.repeat(n)}x |\n`],
    ['dash rules', (n) => `# T\n| a |\n${'- '.repeat(n)}x\n`],
    ['brackets and angle brackets', (n) => `# T\n${'[<'.repeat(n)}\n`],
  ];
  it.each(cases)('extractSeed on %s grows with exponent < 1.3', (_name, make) => {
    extractSeed(make(1000), 'warm.md');
    const e = exponent(make, (text) => extractSeed(text, 'x.md'), 8_000);
    expect(e, `exponent ${e.toFixed(2)}`).toBeLessThan(1.3);
  });
  it('parseConsultation on a heading with a long run of spaces grows with exponent < 1.3', () => {
    const make = (n: number): string => `---\nid: x\n---\n## a${' '.repeat(n)}x\n`;
    parseConsultation(make(1000), 'warm.md');
    expect(exponent(make, (text) => parseConsultation(text, 'c.md'), 8_000)).toBeLessThan(1.3);
  });
});

describe('odd inputs', () => {
  it('a consultation issued in 1970 gives a template and a report (the zip stamps 1980)', async () => {
    const old = { ...bundle, consultation: { ...bundle.consultation, issued: '1970-01-01', closes: '1970-01-10T16:00' }, conclusions: bundle.conclusions ? { ...bundle.conclusions, date: '1970-02-01' } : null, redlineDelta: null };
    const template = await makeTemplate(old, texts);
    expect(template.length).toBeGreaterThan(1000);
    const report = await makeReport(old, { consultation: 'focb', responses: [], rejected: [] }, texts, 'public');
    expect(report.markdown).toMatch(/Thursday 1 January 1970/);
  });

  it('reads text typed over a placeholder whose w:showingPlcHdr flag was left set', async () => {
    const filled = fillTemplate(await makeTemplate(bundle, texts), new Map([['tmad:respondent:organisation', ['Typed Org']], [`tmad:question:${Q}:confidential`, ['Yes']]]), { author: 'a', date: '2020-11-25T10:00:00Z' });
    const parts = unzipSync(filled);
    const xml = strFromU8(parts['word/document.xml'] ?? new Uint8Array());
    // Put the flag back on the two typed controls, as some editors leave it.
    const flagged = xml.replace(/(<w:tag w:val="tmad:respondent:organisation"\/><w:id w:val="\d+"\/>)/, '$1<w:showingPlcHdr/>').replace(/(<w:tag w:val="tmad:question:FOCb TMAD Q1:confidential"\/><w:id w:val="\d+"\/>)/, '$1<w:showingPlcHdr/>');
    expect(flagged.match(/showingPlcHdr/g)?.length).toBeGreaterThan(xml.match(/showingPlcHdr/g)?.length ?? 0);
    parts['word/document.xml'] = strToU8(flagged);
    const set = await makeResponses(bundle, texts, [{ name: 'flagged.docx', bytes: zipSync(parts) }]);
    expect(set.responses[0]?.respondent.organisation).toBe('Typed Org');
    expect(set.responses[0]?.answers[0]?.confidential).toBe(true);
  });
});

describe('untrusted text in the public Markdown report', () => {
  it('shows HTML, images and links typed by respondents as text', async () => {
    const hostile = '<script>alert(1)</script> <img src=x onerror=alert(2)> [x](javascript:alert(3)) <javascript:alert(4)>';
    const template = await makeTemplate(bundle, texts);
    const bytes = fillTemplate(
      template,
      new Map([
        ['tmad:respondent:name', [hostile]],
        ['tmad:respondent:organisation', [`Org ${hostile}`]],
        ['tmad:respondent:publication', ['With my name and organisation']],
        [`tmad:question:${Q}:position`, ['Agree']],
        [`tmad:question:${Q}:rationale`, [{ kind: 'paragraph', runs: [hostile] }, { kind: 'bullet', text: hostile }, { kind: 'table', rows: [['a', hostile]] }]],
        ['tmad:clause:4.44B:comment', [hostile]],
      ]),
      { author: 'a', date: '2020-11-25T10:00:00Z' },
    );
    const set = await makeResponses(bundle, texts, [{ name: 'x.docx', bytes }]);
    const { markdown } = await makeReport({ ...bundle, redlineDelta: null }, set, texts, 'public');
    expect(markdown).toContain('Org &lt;script&gt;');
    // `\](` would make a link; an escaped `\\](` does not.
    const leaked = /<script|<img|<javascript|(?<!\\)\]\(javascript/.exec(markdown);
    expect(leaked ? markdown.slice(Math.max(0, leaked.index - 80), leaked.index + 40) : null).toBeNull();
  });
});
