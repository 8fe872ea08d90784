/**
 * Neutralising control characters in text a terminal will show: user text (a clause, a file name,
 * a front-matter value) printed as is could carry ESC sequences that rewrite the screen, BEL, NUL
 * or bidirectional overrides that make a message read differently from what it says.
 * @module
 */

/** C0 controls, DEL, C1 controls, and the Unicode bidirectional embeddings, overrides and isolates. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text safe to print: every control character is written as a visible escape (`ESC` gives `\x1b`,
 * U+202E gives `\u202e`), except line feeds and tabs when `keepNewlines` is set.
 * @param text Text that may come from a user's file.
 * @param options `keepNewlines: true` keeps `\n` and `\t` (for multi-line reports); default: one line.
 * @returns The text with controls escaped.
 */
export function safeText(text: string, options: { keepNewlines?: boolean } = {}): string {
  return text.replace(UNSAFE, (char) => {
    if (options.keepNewlines === true && (char === '\n' || char === '\t')) return char;
    const code = char.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
