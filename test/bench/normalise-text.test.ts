/**
 * `normaliseText` skips the steps that cannot change a text (for speed); it must give what the
 * plain chain of steps gives, on any text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../src/model/text.js';

const SMART: Record<string, string> = { '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"', '\u00A0': ' ' };

/** The original chain, every step always applied: the reference. */
function reference(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u201C\u201D\u201E\u201F\u2033\u00A0]/g, (c) => SMART[c] ?? c)
    .replace(/(^|[\s(])[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}(?=$|[\s).,;:])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

const piece = fc.constantFrom('a', 'The', ' ', '  ', '\n', '\t', '*', '**', '_', '(', ')', '.', ';', '\u2019', '\u201C', '\u00A0', '\u2003', 'e\u0301', 'é', 'x', '4.24');

describe('normaliseText', () => {
  it('gives what the plain chain of steps gives', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 25 }).map((parts) => parts.join('')), (text) => {
        expect(normaliseText(text)).toBe(reference(text));
      }),
      { numRuns: 5000 },
    );
  });
});
