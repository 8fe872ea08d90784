/**
 * Escaping text for XML: the one function every XML writer of the project uses (Word bodies, content
 * controls, document properties), so no character XML 1.0 forbids reaches a file.
 * @module
 */

/**
 * Characters XML 1.0 forbids: C0 controls other than tab, line feed and carriage return; U+FFFE and U+FFFF;
 * surrogates that are not part of a pair (a lone high surrogate, or a low one not preceded by a high one).
 */
const FORBIDDEN = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };

/**
 * Text with every character XML 1.0 forbids removed (for text handed to a library that escapes markup itself).
 * @param text Any text.
 * @returns The same text without forbidden characters.
 */
export function xmlSafeText(text: string): string {
  return text.replace(FORBIDDEN, '');
}

/**
 * Escape text for XML character data and attribute values: markup characters and both quotes as entities,
 * characters XML 1.0 forbids dropped.
 * @param text Any text.
 * @returns Escaped text.
 */
export function escapeXml(text: string): string {
  return xmlSafeText(text).replace(/[&"'<>]/g, (char) => ESCAPES[char] ?? char);
}
