/**
 * Word output: redlines with real tracked changes, clean copies, and the redline body for embedding.
 * @module
 */
export { renderDocxRedline, renderDocxClean } from './render-docx.js';
export { redlineBody, NOTE_STYLE, revisionAuthorAndDate, type RedlineOptions } from './redline-body.js';
export { packDocx } from './pack-docx.js';
