/**
 * Raw WordprocessingML for what the `docx` package cannot write: content controls (`w:sdt`) with
 * tag and alias, and bookmarks around them. Inserted through `ImportedXmlComponent`.
 * @module
 */
import type { FieldKeys } from './field-keys.js';

export { escapeXml } from '../xml/escape-xml.js';
import { escapeXml } from '../xml/escape-xml.js';

/** Numbering of ids inside one generated document (content controls and bookmarks). */
export interface IdCounter {
  /** The next id. */
  next(): number;
}

/**
 * A counter of ids starting at `start`.
 * @param start The first id.
 * @returns The counter.
 */
export function idCounter(start: number): IdCounter {
  let value = start;
  return { next: () => value++ };
}

const PLACEHOLDER_RUN = '<w:rPr><w:color w:val="767676"/></w:rPr>';

/**
 * A table-cell paragraph holding an inline content control (a plain text field or a drop-down
 * list), with a bookmark around the control.
 * @param keys The field's keys.
 * @param ids Id counter.
 * @param options `items` for a drop-down list; `locked` value for a read-only field.
 * @returns `<w:p>` XML.
 */
export function inlineFieldParagraph(keys: FieldKeys, ids: IdCounter, options: { items?: readonly string[]; value?: string; locked?: boolean } = {}): string {
  const bookmarkId = ids.next();
  const value = options.value;
  const type = options.items
    ? `<w:dropDownList>${options.items.map((item) => `<w:listItem w:displayText="${escapeXml(item)}" w:value="${escapeXml(item)}"/>`).join('')}</w:dropDownList>`
    : '<w:text/>';
  const lock = options.locked ? '<w:lock w:val="sdtContentLocked"/>' : '';
  const placeholderFlag = value === undefined ? '<w:showingPlcHdr/>' : '';
  const run = value === undefined ? `<w:r>${PLACEHOLDER_RUN}<w:t xml:space="preserve">${escapeXml(keys.placeholder)}</w:t></w:r>` : `<w:r><w:t xml:space="preserve">${escapeXml(value)}</w:t></w:r>`;
  return `<w:p><w:bookmarkStart w:id="${bookmarkId}" w:name="${keys.bookmark}"/><w:sdt><w:sdtPr><w:alias w:val="${escapeXml(keys.alias)}"/><w:tag w:val="${escapeXml(keys.tag)}"/><w:id w:val="${ids.next()}"/>${lock}${placeholderFlag}${type}</w:sdtPr><w:sdtContent>${run}</w:sdtContent></w:sdt><w:bookmarkEnd w:id="${bookmarkId}"/></w:p>`;
}

/**
 * A block-level rich-text content control for a multi-paragraph answer: one placeholder
 * paragraph, with a bookmark from its start to its end.
 * @param keys The field's keys.
 * @param ids Id counter.
 * @returns `<w:sdt>` XML.
 */
export function blockField(keys: FieldKeys, ids: IdCounter): string {
  const bookmarkId = ids.next();
  return `<w:sdt><w:sdtPr><w:alias w:val="${escapeXml(keys.alias)}"/><w:tag w:val="${escapeXml(keys.tag)}"/><w:id w:val="${ids.next()}"/><w:showingPlcHdr/><w:richText/></w:sdtPr><w:sdtContent><w:p><w:bookmarkStart w:id="${bookmarkId}" w:name="${keys.bookmark}"/><w:r>${PLACEHOLDER_RUN}<w:t xml:space="preserve">${escapeXml(keys.placeholder)}</w:t></w:r><w:bookmarkEnd w:id="${bookmarkId}"/></w:p></w:sdtContent></w:sdt>`;
}
