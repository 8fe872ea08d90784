/**
 * The one document builder: reader output (`SourceDocument`) -> `Document`.
 * @module
 */
export { buildDocument } from './build-document.js';
export { PARSE_SOURCE } from './state.js';
export { paragraphDefinitions, isDefinitionsHeader } from './definitions.js';
