/**
 * `tmad build` as data: steps over the documents.
 * @module
 */
export * from './build-step.js';
export * from './build.js';
export * from './registry.js';
