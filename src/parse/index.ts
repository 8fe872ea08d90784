/**
 * Markdown -> Document.
 * @module
 */
export * from './parse-document.js';
export * from './parse-document-lazily.js';
export * from './remark-tmad.js';
export * from './fast-mdast.js';
export * from './mdast-to-document.js';
export * from './cross-refs.js';
export * from './terms.js';
export * from './normative.js';
export * from './markers.js';
export * from './block-text.js';
export * from './inline-text.js';
export * from './source-map.js';
