/**
 * Untrusted text (what respondents typed: names, organisations, answers, comments) as Markdown
 * that shows exactly that text: no HTML (`<script>`, `<img onerror>`), no links or images
 * (`[x](javascript:...)`, `<javascript:...>`), no emphasis, headings, lists or table cells of its own.
 * @module
 */

/**
 * Escape untrusted text for Markdown inline content (a paragraph, a list item or a table cell).
 * `<`, `>` and `&` become character references (safe in every Markdown renderer, raw HTML
 * included); Markdown punctuation is backslash-escaped; a line start that would begin a block
 * (`#`, `>`, `-`, `+`, `=`, the `.` of `1.`) is escaped too. Parentheses are left as typed: with
 * `[` and `]` escaped they cannot make a link.
 * @param text The text.
 * @returns Markdown.
 */
export function markdownText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]#|~])/g, '\\$1')
    .replace(/^([ \t]*)([-+=])/gm, '$1\\$2')
    .replace(/^([ \t]*\d+)([.)])/gm, '$1\\$2');
}
