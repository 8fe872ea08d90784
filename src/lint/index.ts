/**
 * Structural rules over a Document.
 * @module
 */
export * from './rule.js';
export * from './registry.js';
export * from './lint-document.js';
export * from './report-text.js';
