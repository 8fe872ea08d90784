import { describe, expect, it } from 'vitest';
import { compareClauseIds, parseClauseId } from '../../src/model/clause-id.js';
import { fingerprint, normaliseText } from '../../src/model/text.js';

describe('clause ids', () => {
  it('sort naturally: 4.24 < 4.24A < 4.24AA < 4.24B < 4.25 < 4.100 < 5.1', () => {
    const ids = ['5.1', '4.100', '4.25', '4.24B', '4.24AA', '4.24A', '4.24', '4.3', '10.1', '4.24.1'];
    expect([...ids].sort(compareClauseIds)).toEqual(['4.3', '4.24', '4.24A', '4.24AA', '4.24B', '4.24.1', '4.25', '4.100', '5.1', '10.1']);
  });
  it('parses parts and rejects non-ids', () => {
    expect(parseClauseId('4.24A')).toEqual({ numbers: [4, 24], digits: ['4', '24'], suffix: 'A' });
    expect(parseClauseId('4')).toBeUndefined();
    expect(parseClauseId('4.24a')).toBeUndefined();
  });
});

describe('fingerprints', () => {
  const base = 'The DCC shall migrate each “Dormant Meter” where the switch is off.';
  it('ignore white space, emphasis and quote style', () => {
    expect(fingerprint('The  DCC *shall* migrate each "Dormant Meter"\nwhere the switch is off.')).toBe(fingerprint(base));
    expect(fingerprint('The DCC **shall** migrate each \u2018Dormant Meter\u2019 where the switch is off.'.replace(/\u2018|\u2019/g, '"'))).toBe(fingerprint(base));
  });
  it('change with any change of wording', () => {
    expect(fingerprint(base.replace('off', 'on'))).not.toBe(fingerprint(base));
    expect(fingerprint(base.replace('shall', 'shall not'))).not.toBe(fingerprint(base));
  });
  it('normalise to one line', () => {
    expect(normaliseText('  a\u00a0 b\n\tc ')).toBe('a b c');
  });
});
