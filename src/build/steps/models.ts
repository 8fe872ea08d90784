/**
 * Build step: the JSON model of every version.
 * @module
 */
import { documentToJson } from '../../render/document-json.js';
import type { BuildStep } from '../build-step.js';

/** Writes `out/<key>/<version>.json` for every version. */
export const modelsStep: BuildStep = {
  id: 'models',
  description: 'the JSON model of every version: out/tmad/<version>.json',
  run(context) {
    return {
      outputs: context.versions.map((version) => ({ path: version.path.replace(/\.(?:md|docx|pdf)$/, '.json'), content: documentToJson(version.document) })),
      diagnostics: context.versions.flatMap((version) => version.document.diagnostics),
    };
  },
};
