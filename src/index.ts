/**
 * tmad: the public API. The command-line interface is `tmad` (src/cli); everything here is pure.
 * @module
 */
export * from './model/index.js';
export * from './parse/index.js';
export * from './lint/index.js';
export * from './build/index.js';
export { documentToJson } from './render/document-json.js';
export { documentOutline } from './render/document-outline.js';
