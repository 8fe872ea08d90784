/**
 * Text normalisation and fingerprints.
 * @module
 */
import { createHash } from 'node:crypto';

const SMART_QUOTES: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u2033': '"',
  '\u00A0': ' ',
};

/**
 * Normalise clause text for comparison: Unicode NFC, smart quotes to straight ones, non-breaking
 * spaces to spaces, Markdown emphasis markers (`*`, `_` around words) removed, and every run of
 * white space folded to one space, trimmed.
 * @param text Plain or lightly marked-up text.
 * @returns The normalised text.
 */
export function normaliseText(text: string): string {
  // Each step is skipped when it cannot change the text (most clause text is plain ASCII with
  // single spaces): the result is the same, found several times faster.
  let result = text;
  if (/[^\x00-\x7f]/.test(result)) {
    result = result
      .normalize('NFC')
      .replace(/[\u2018\u2019\u201A\u201B\u2032\u201C\u201D\u201E\u201F\u2033\u00A0]/g, (c) => SMART_QUOTES[c] ?? c);
  }
  if (result.includes('*') || result.includes('_')) result = result.replace(/(^|[\s(])[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}(?=$|[\s).,;:])/g, '$1');
  if (/\s\s|[^\S ]/.test(result)) result = result.replace(/\s+/g, ' ');
  return result.trim();
}

/**
 * A stable fingerprint of a text: the first 16 hex digits of the SHA-256 of its normalised form,
 * prefixed `sha256:`. Two texts that differ only in white space, emphasis or quote style share
 * a fingerprint; any change of wording changes it.
 * @param text The text (for a clause: its text without its number).
 * @returns For example `sha256:3f2a0c9d81b7e4aa`.
 */
export function fingerprint(text: string): string {
  return `sha256:${createHash('sha256').update(normaliseText(text)).digest('hex').slice(0, 16)}`;
}
