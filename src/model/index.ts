/**
 * The model: types every stage shares, clause ids and fingerprints.
 * @module
 */
export * from './position.js';
export * from './clause-id.js';
export * from './text.js';
export * from './diagnostic.js';
export * from './document.js';
export * from './assert-never.js';
export * from './delta.js';
