/**
 * Delta: clause alignment, word diff and change classification.
 * @module
 */
export { computeDelta, CHANGE_KINDS } from './compute-delta.js';
export { wordDiff, countChangedWords, sideText } from './word-diff.js';
export { countWords } from './words.js';
