/**
 * Delta: clause alignment, word diff and change classification; chains of versions and clause histories.
 * @module
 */
export { computeDelta, CHANGE_KINDS, type DeltaOptions } from './compute-delta.js';
export { computeChain, composeIdMaps } from './compute-chain.js';
export { clauseHistory } from './clause-history.js';
export { historyText } from './history-text.js';
export { orderVersions } from './order-versions.js';
export { partsText, changeRedline, blockRedline, deltaRedline } from './redline-text.js';
export { DEFAULT_PROFILE, IGNORE_KINDS, resolveProfile } from './apply-profile.js';
export { wordDiff, countChangedWords, sideText } from './word-diff.js';
export { countWords } from './words.js';
