/**
 * A safe reader for untrusted Word (.docx) files.
 * @module
 */
export * from './docx-content.js';
export * from './docx-error.js';
export * from './limits.js';
export { blocksText, readDocx, type ReadDocxOptions } from './read-docx.js';
export { decodeEntities, parseXmlPart, type XmlElement, type XmlNode, type XmlText } from './xml.js';
export { deterministicDocx } from './deterministic-docx.js';
