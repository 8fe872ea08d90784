/**
 * Footnotes (`word/footnotes.xml`) as plain text by id, in one view of tracked changes: kept out of
 * the body text, they become notes at the paragraph that references them.
 * @module
 */
import { childElements, findElement, type XmlNode } from '../../docx/xml.js';
import { readInline } from './body/read-runs.js';

/**
 * The text of each footnote (separators left out).
 * @param nodes The parsed part, or null.
 * @param view Which side of tracked changes to read.
 * @returns Footnote text by `w:id`.
 */
export function readFootnotes(nodes: readonly XmlNode[] | null, view: 'accept' | 'reject'): Map<string, string> {
  const out = new Map<string, string>();
  const root = nodes ? findElement(nodes, 'w:footnotes') : undefined;
  for (const footnote of root ? childElements(root, 'w:footnote') : []) {
    const id = footnote.attributes['w:id'];
    const type = footnote.attributes['w:type'];
    if (id === undefined || (type !== undefined && type !== 'normal')) continue;
    const texts = childElements(footnote, 'w:p').map((paragraph) => {
      let text = '';
      readInline(paragraph.children, {
        view,
        stack: [],
        sink: { push: (segment) => (text += segment.kind === 'text' ? segment.text : segment.cached), note: () => undefined, contents: () => undefined },
        bookmark: () => undefined,
        footnote: () => undefined,
      });
      return text.trim();
    });
    out.set(id, texts.filter((text) => text !== '').join(' '));
  }
  return out;
}
