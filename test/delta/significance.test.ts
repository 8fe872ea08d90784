/**
 * The significance rules one by one (src/delta/significance): editorial normalisers, references that follow a
 * renumbering, renamed terms, repaired references, and table formatting through `computeDelta`.
 */
import { describe, expect, it } from 'vitest';
import { computeDelta } from '../../src/delta/index.js';
import { decideTextChange } from '../../src/delta/significance/decide.js';
import { editorialVerdict } from '../../src/delta/significance/editorial-rules.js';
import { followReferences, type ReferenceContext } from '../../src/delta/significance/references.js';
import { parseDocument } from '../../src/parse/parse-document.js';

const context: ReferenceContext = {
  renumbering: new Map([
    ['12.1', '13.1'],
    ['13.1', '14.1'],
    ['17.11', '18.12'],
  ]),
  sectionMap: new Map([
    ['12', '13'],
    ['13', '14'],
  ]),
  termRenames: new Map([['Dormant Meter', 'Inactive Meter']]),
  oldIds: new Set(['12.1', '13.1', '17.11']),
  renumberedFrom: new Map([
    ['13.1', '12.1'],
    ['14.1', '13.1'],
    ['18.12', '17.11'],
  ]),
};
const decide = (oldText: string, newText: string, selfIds: string[] = []): string => {
  const verdict = decideTextChange({ oldText, newText, selfIds }, context, { added: 1, removed: 1 });
  return `${verdict.significance} ${verdict.reason.rule}`;
};

describe('editorial rules', () => {
  it('name the one kind of change, or several', () => {
    expect(editorialVerdict('the “x”', 'the "x"')?.rule).toBe('quote-style');
    expect(editorialVerdict('it’s', "it's")?.rule).toBe('apostrophe');
    expect(editorialVerdict('a – b', 'a — b')?.rule).toBe('dash');
    expect(editorialVerdict('a  b', 'a b')?.rule).toBe('white-space');
    expect(editorialVerdict('a **b**', 'a b')?.rule).toBe('emphasis');
    expect(editorialVerdict('The Panel', 'the panel')?.rule).toBe('case');
    expect(editorialVerdict('x:\n(a) one\n(b) two', 'x:\n(i) one\n(ii) two')?.rule).toBe('relabelled');
    expect(editorialVerdict('one; two', 'one, two')?.rule).toBe('punctuation');
    expect(editorialVerdict('the “x” – y', 'the "x" - y')).toEqual({ rule: 'editorial-several', text: 'Only editorial changes: quote style, dashes.' });
    expect(editorialVerdict('shall', 'shall not')).toBeUndefined();
    // A label in running text is a reference, not a relabelled sub-paragraph.
    expect(editorialVerdict('under paragraph (a) above', 'under paragraph (b) above')).toBeUndefined();
  });
});

describe('consequential rules', () => {
  it('follow clause and section renumbering, lists of sections included, once each', () => {
    expect(followReferences('Sections 12 and 13.1 and Section 13.', context).text).toBe('Sections 13 and 14.1 and Section 14.');
    expect(decide('except as provided in Sections 12 and 13.1', 'except as provided in Sections 13 and 14.1')).toBe('consequential cross-reference-renumbered');
  });
  it('a reference to itself is a self-reference; to itself and others, a cross-reference', () => {
    expect(decide('this Section 12.1 applies', 'this Section 13.1 applies', ['12.1', '12'])).toBe('consequential self-reference');
    expect(decide('this Section 12.1 and Section 13.1', 'this Section 13.1 and Section 14.1', ['12.1', '12'])).toBe('consequential cross-reference-renumbered');
  });
  it('a renamed defined term, and a repaired reference', () => {
    expect(decide('each Dormant Meter', 'each Inactive Meter')).toBe('consequential term-renamed');
    expect(decide('SUBJECT TO SECTION 18.11.', 'SUBJECT TO SECTION 18.12.')).toBe('consequential reference-repaired');
    expect(decide('SUBJECT TO SECTION 18.11.', 'SUBJECT TO SECTION 18.13.')).toBe('substantive words-changed');
  });
  it('a reference changed otherwise is substantive', () => {
    expect(decide('this Section 14.2 will not apply', 'this Section 15 will not apply')).toBe('substantive words-changed');
  });
});

describe('table formatting', () => {
  const doc = (align: string): string => `---\ndocument: TMAD\nversion: "1"\ndate: 2020-01-01\n---\n## 4 M\n\n**4.1** The table.\n\n| A | B |\n|${align}|---|\n| x | y |\n`;
  it('a column alignment changed alone is editorial, table-formatting, and can be ignored', () => {
    const a = parseDocument(doc('---'), 'a.md').document;
    const b = parseDocument(doc(':--:'), 'b.md').document;
    expect(computeDelta(a, b).changes[0]).toMatchObject({ kind: 'amended', significance: 'editorial', reason: { rule: 'table-formatting' } });
    expect(computeDelta(a, b, { ignore: ['table-formatting'] }).changes[0]).toMatchObject({ kind: 'unchanged', ignored: true });
  });
});

describe('a clause that became unnumbered text', () => {
  const head = '---\ndocument: TMAD\nversion: "1"\ndate: 2020-01-01\n---\n';
  it('is editorial, became-unnumbered-text, paired with a was-clause change outside', () => {
    const a = parseDocument(`${head}## 4 M\n\n**4.1** The DCC shall act.\n\n## 5 N\n\n**5.1** The Panel shall review the plan every year.\n\n**5.2** The DCC shall report.\n`, 'a.md').document;
    const b = parseDocument(`${head}## 4 M\n\n**4.1** The DCC shall act.\n\n## 5 N\n\nThe Panel shall review the plan every year.\n\n**5.2** The DCC shall report.\n`, 'b.md').document;
    const delta = computeDelta(a, b);
    expect(delta.changes.find((c) => c.kind === 'deleted')).toMatchObject({ oldIds: ['5.1'], significance: 'editorial', reason: { rule: 'became-unnumbered-text' } });
    expect(delta.outside).toMatchObject([{ kind: 'was-clause', where: 'section-text', clauseId: '5.1', significance: 'editorial' }]);
  });
});
