import { describe, expect, it } from 'vitest';
import { changedClauses, fillTemplate, makeResponses, makeTemplate, readDocx } from '../../src/index.js';
import { computeDelta } from '../../src/delta/compute-delta.js';
import { parseDocument } from '../../src/parse/parse-document.js';
import { focb } from './support.js';

const front = (version: string): string => `---\ndocument: TMAD\ntitle: T\nversion: "${version}"\nstatus: draft\ndate: 2020-10-16\n---\n# T\n## 6 Section\n`;
const oldText = `${front('1.0')}**6.9** The DCC shall keep a register of Dormant Meters.\n\n**6.10** The DCC shall publish the register every week to all Suppliers.\n\n**6.11** Each Supplier shall check the register before it authorises any migration.\n`;
const newText = `${front('1.1')}**6.9** The DCC shall keep a register of Dormant Meters.\n\n**6.10** Each Supplier shall check the register before it authorises any migration.\n`;

describe('clause rows keyed by the change (issue 16.1)', () => {
  const delta = computeDelta(parseDocument(oldText, 'old.md').document, parseDocument(newText, 'new.md').document);
  const clauses = changedClauses(delta);

  it('keeps a row for the deleted 6.10 and one for the 6.11 that becomes 6.10, showing both numbers', () => {
    expect(clauses.map((c) => [c.label, c.kind])).toEqual(expect.arrayContaining([['6.10 (deleted)', 'Deleted'], ['6.10 (was 6.11)', 'Renumbered']]));
    expect(new Set(clauses.map((c) => c.label)).size).toBe(clauses.length);
  });

  it('maps each comment back to its own row', async () => {
    const { bundle, texts } = focb();
    const renumbered = { ...bundle, clauses };
    const template = await makeTemplate(renumbered, texts);
    const content = await readDocx(template, { view: 'accept' });
    expect(content.contentControls.map((c) => c.tag)).toEqual(expect.arrayContaining(['tmad:clause:6.10 (deleted):comment', 'tmad:clause:6.10 (was 6.11):comment']));
    const filled = fillTemplate(
      template,
      new Map([
        ['tmad:respondent:organisation', ['Org']],
        ['tmad:clause:6.10 (deleted):comment', ['Keep the weekly register.']],
        ['tmad:clause:6.10 (was 6.11):comment', ['The check is fine.']],
      ]),
      { author: 'a', date: '2020-11-25T10:00:00Z' },
    );
    const set = await makeResponses(renumbered, texts, [{ name: 'r.docx', bytes: filled }]);
    expect(set.responses[0]?.clauseComments.map((c) => [c.clause, c.comment])).toEqual([
      ['6.10 (deleted)', 'Keep the weekly register.'],
      ['6.10 (was 6.11)', 'The check is fine.'],
    ]);
  });
});
