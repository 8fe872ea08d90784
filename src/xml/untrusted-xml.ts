/**
 * The one definition of how tmad parses XML it did not write (responses' .docx parts, JUnit
 * results): no DOCTYPE or entity declarations at all, no entity expansion, text kept exactly.
 * @module
 */
import type { X2jOptions } from 'fast-xml-parser';

/**
 * `true` when the text declares a DOCTYPE or entities. Neither Word nor any test runner needs them;
 * they are how billion-laughs and external-entity attacks start, so such input is refused whole.
 * @param text XML text.
 * @returns Whether it declares a DOCTYPE or an entity.
 */
export function declaresDoctype(text: string): boolean {
  return /<!DOCTYPE/i.test(text) || /<!ENTITY/i.test(text);
}

/**
 * fast-xml-parser options for untrusted XML: entities are never expanded (`processEntities`,
 * `htmlEntities` off), text and attribute values are kept as written (no trimming, no number
 * parsing), attributes are read without a prefix. Callers add their own shape options
 * (`preserveOrder`, `isArray`).
 */
export const UNTRUSTED_XML_OPTIONS: Partial<X2jOptions> = {
  ignoreAttributes: false,
  attributeNamePrefix: '',
  processEntities: false,
  htmlEntities: false,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
};
