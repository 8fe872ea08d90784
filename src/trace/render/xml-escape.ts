/**
 * Escaping text for XML and HTML.
 * @module
 */

/**
 * Escape text for XML/HTML element content and double-quoted attributes; characters XML 1.0
 * forbids (control characters) are dropped.
 * @param text Any text.
 * @returns The escaped text.
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
