/**
 * Bytes to text for text formats: UTF-8 only, binary content refused, the first bad byte named.
 * @module
 */
import { ReadVersionError } from './read-error.js';

/** Decoded text, or why the bytes are not UTF-8 text. */
export type DecodedText = { text: string } | { reason: string };

/**
 * Decode bytes as UTF-8 text.
 * @param bytes The bytes.
 * @param binaryExpected What to say was expected when the bytes are binary (contain NUL bytes).
 * @returns The text (a byte order mark kept), or the reason it is not text:
 *   `is binary (it contains NUL bytes), expected ...` or `is not valid UTF-8 (first bad byte at offset N), expected UTF-8 text`.
 */
export function decodeUtf8(bytes: Uint8Array, binaryExpected = 'UTF-8 text'): DecodedText {
  if (bytes.includes(0)) return { reason: `is binary (it contains NUL bytes), expected ${binaryExpected}` };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { reason: `is not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)}), expected UTF-8 text` };
  }
}

/** Offset of the first byte that makes the prefix invalid UTF-8 (binary search over prefixes). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let low = 0;
  let high = bytes.length;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  while (high - low > 1) {
    const middle = (low + high) >> 1;
    try {
      decoder.decode(bytes.subarray(0, middle));
      low = middle;
    } catch {
      high = middle;
    }
  }
  return low;
}

/**
 * The text of a Markdown version: UTF-8, its byte order mark dropped, not blank.
 * @param bytes The file's bytes.
 * @returns The text.
 * @throws ReadVersionError when the bytes are not UTF-8 text or hold nothing but white space.
 */
export function markdownText(bytes: Uint8Array): string {
  const decoded = decodeUtf8(bytes, 'UTF-8 text (Markdown), a Word .docx or a PDF');
  if ('reason' in decoded) throw new ReadVersionError(decoded.reason);
  const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
  if (text.trim() === '') throw new ReadVersionError('is empty, expected a Markdown document');
  return text;
}
