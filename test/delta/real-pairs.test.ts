/**
 * The two real pairs of the corpus (`../shared/corpus/texts/<pair>/{old,new}.tmad.md`) against their
 * `truth.json`, established by reading both versions clause by clause: every clause listed is classified as
 * stated, every clause not listed is unchanged, and the changes outside clauses are the ones stated.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeDelta, partsText } from '../../src/delta/index.js';
import type { ClauseChange, Delta, OutsideChange } from '../../src/model/delta.js';
import { ROOT, load } from './helpers.js';

const TEXTS = join(ROOT, '..', 'shared', 'corpus', 'texts');

interface Pair {
  old: string;
  new: string;
}
interface Truth {
  clauses: {
    inserted?: string[];
    unchanged?: string[];
    unchanged_count?: number;
    amended_substantive?: Pair[];
    editorial_only?: Pair[];
    renumbered_identical?: Pair[];
    renumbered_consequential_only?: Pair[];
    judgement_left_open?: Pair[];
  };
  outside_clauses: string[];
}

function read(pair: string): { delta: Delta; truth: Truth; oldIds: string[] } {
  const dir = join(TEXTS, pair);
  const oldDoc = load(join(dir, 'old.tmad.md'), `${pair}/old.tmad.md`);
  const newDoc = load(join(dir, 'new.tmad.md'), `${pair}/new.tmad.md`);
  return { delta: computeDelta(oldDoc, newDoc), truth: JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as Truth, oldIds: oldDoc.clauses.map((c) => c.id) };
}

function changeOf(delta: Delta, pair: Pair): ClauseChange | undefined {
  return delta.changes.find((change) => change.oldIds.includes(pair.old));
}

function outsideText(change: OutsideChange): string {
  return change.blocks.map((block) => (block.kind === 'text' ? partsText(block.parts) : '')).join('\n');
}

/** Every clause as truth.json states it, and every other clause unchanged. */
function checkClauses(delta: Delta, truth: Truth, oldIds: readonly string[]): void {
  const c = truth.clauses;
  const listed = new Set<string>();
  for (const id of c.inserted ?? []) {
    expect(delta.changes.find((change) => change.newIds.includes(id)), `inserted ${id}`).toMatchObject({ kind: 'inserted', oldIds: [], significance: 'substantive' });
  }
  const expectPair = (pairs: Pair[] | undefined, want: (pair: Pair) => Partial<ClauseChange>): void => {
    for (const pair of pairs ?? []) {
      listed.add(pair.old);
      expect(changeOf(delta, pair), `${pair.old} -> ${pair.new}`).toMatchObject({ oldIds: [pair.old], newIds: [pair.new], ...want(pair) });
    }
  };
  expectPair(c.amended_substantive, () => ({ significance: 'substantive', substantive: true }));
  expectPair(c.editorial_only, (pair) => ({ kind: pair.old === pair.new ? 'amended' : 'renumbered', significance: 'editorial', substantive: false }));
  expectPair(c.renumbered_identical, () => ({ kind: 'renumbered', significance: 'editorial', reason: { rule: 'number-only', text: expect.any(String) as string }, wordsAdded: 0, wordsRemoved: 0 }));
  expectPair(c.renumbered_consequential_only, () => ({ kind: 'renumbered', significance: 'consequential', consequential: true, substantive: false }));
  // Left open by the truth: only matched, whatever its significance.
  expectPair(c.judgement_left_open, () => ({}));
  for (const id of c.unchanged ?? []) {
    listed.add(id);
    expect(changeOf(delta, { old: id, new: id }), `unchanged ${id}`).toMatchObject({ kind: 'unchanged', newIds: [id], significance: 'none' });
  }
  for (const id of oldIds.filter((id) => !listed.has(id))) {
    expect(changeOf(delta, { old: id, new: id }), `not listed, so unchanged: ${id}`).toMatchObject({ kind: 'unchanged', newIds: [id] });
  }
}

describe.skipIf(!existsSync(TEXTS))('real pair cddl-1.0-1.1 (CDDL 1.0 -> 1.1)', () => {
  const { delta, truth, oldIds } = read('cddl-1.0-1.1');
  it('classifies every clause as truth.json states', () => {
    checkClauses(delta, truth, oldIds);
    // truth.json says 22 unchanged, but its own lists leave 23 of the 27 old clauses unlisted (27 - 3.4, 3.5, 4.1, 6.3).
    expect(delta.stats.unchanged).toBe(oldIds.length - 4);
    expect(delta.stats).toMatchObject({ inserted: 1, renumbered: 1, amended: 3, substantive: 2, consequential: 0, editorial: 3 });
  });
  it('finds the changes outside clauses truth.json states, and no others', () => {
    expect(truth.outside_clauses).toHaveLength(3);
    const [preamble, section7, section9, section10, ...rest] = delta.outside;
    expect(rest).toEqual([]);
    // Not in truth.json: the preamble's version line, `Version 1.0` -> `Version 1.1`.
    expect(preamble).toMatchObject({ kind: 'amended', where: 'preamble', significance: 'substantive' });
    expect(outsideText(preamble as OutsideChange)).toBe('COMMON DEVELOPMENT AND DISTRIBUTION LICENSE (CDDL) Version [-1.0-]{+1.1+}');
    // "Section 7: 'LOST PROFITS,' deleted (substantive)"
    expect(section7).toMatchObject({ kind: 'amended', where: 'section-text', sections: { old: '7', new: '7' }, significance: 'substantive', wordsAdded: 0, wordsRemoved: 2 });
    expect(outsideText(section7 as OutsideChange)).toContain('[-LOST PROFITS, -]');
    // "Section 9: apostrophes only (editorial)"
    expect(section9).toMatchObject({ kind: 'amended', sections: { old: '9', new: '9' }, significance: 'editorial', reason: { rule: 'apostrophe' } });
    // "Section 10: a governing-law notice added (substantive)"
    expect(section10).toMatchObject({ kind: 'inserted', sections: { old: '10', new: '10' }, significance: 'substantive' });
    expect(outsideText(section10 as OutsideChange)).toContain('governed by the laws of the State of California');
    expect(delta.stats.outside).toBe(4);
  });
});

describe.skipIf(!existsSync(TEXTS))('real pair ghes-esla-2019 (GitHub Enterprise Server licence, 2019)', () => {
  const { delta, truth, oldIds } = read('ghes-esla-2019');
  it('classifies every clause as truth.json states (12.1 and 13.1 refer to themselves: consequential)', () => {
    checkClauses(delta, truth, oldIds);
    expect(changeOf(delta, { old: '12.1', new: '13.1' })?.reason.rule).toBe('self-reference');
    expect(delta.stats).toMatchObject({ unchanged: 2, inserted: 2, amended: 1, renumbered: 34, substantive: 4, consequential: 5 });
  });
  it('finds the changes outside clauses truth.json states', () => {
    const where = (w: OutsideChange['where'], section?: string): OutsideChange[] => delta.outside.filter((c) => c.where === w && (section === undefined || (c.sections.old ?? c.sections.new) === section));
    // "the title line removed"
    expect(where('preamble').find((c) => c.kind === 'deleted' && outsideText(c).includes('GITHUB ENTERPRISE SERVER LICENSE AGREEMENT'))).toMatchObject({ significance: 'substantive' });
    // "preamble: 'SECTION 18.11' -> '18.12' (consequential)" (the old version has no 18.11: the reference now names the old 17.11, renumbered 18.12)
    expect(where('preamble').find((c) => outsideText(c).includes('SECTION [-18.11-]{+18.12+}'))).toMatchObject({ kind: 'amended', significance: 'consequential', reason: { rule: 'reference-repaired' } });
    // Not in truth.json: the preamble's list of sections follows their renumbering.
    expect(where('preamble').find((c) => outsideText(c).includes('Section [-7-]{+8+}, Payment'))).toMatchObject({ significance: 'consequential', reason: { rule: 'cross-reference-renumbered' } });
    // "Section 1: 2 definitions inserted, 1 amended"
    expect(where('definition', '1').map((c) => `${c.kind} ${c.term ?? ''} ${c.significance}`)).toEqual(['inserted Add-On Software substantive', 'inserted Advanced Security substantive', 'amended Software substantive']);
    // "Section 4: a sentence deleted"
    expect(where('section-text', '4')).toMatchObject([{ kind: 'amended', significance: 'substantive', wordsAdded: 0, wordsRemoved: 27 }]);
    // "Section 5 'Feedback' inserted; Sections 5-17 renumbered 6-18"
    expect(delta.outside.filter((c) => c.where === 'heading' && c.kind === 'inserted')).toMatchObject([{ sections: { old: null, new: '5' }, significance: 'substantive' }]);
    const renumbered = delta.outside.filter((c) => c.where === 'heading' && c.reason.rule === 'number-only');
    expect(renumbered.map((c) => `${c.sections.old ?? ''}->${c.sections.new ?? ''}`)).toEqual(Array.from({ length: 13 }, (_, i) => `${i + 5}->${i + 6}`));
    expect(renumbered.every((c) => c.significance === 'editorial')).toBe(true);
    // "Sections 8 and 13: consequential references only" (each refers to itself: "this Section 8")
    for (const section of ['8', '13']) expect(where('section-text', section)).toMatchObject([{ kind: 'amended', significance: 'consequential', reason: { rule: 'self-reference' } }]);
    expect(delta.outside).toHaveLength(3 + 3 + 1 + 1 + 13 + 2);
    expect(delta.stats.outside).toBe(delta.outside.length);
  });
});
