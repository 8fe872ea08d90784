/**
 * Build step: a clean Word copy of every version, `out/<key>/<version>.docx`.
 * @module
 */
import { renderCleanFile } from '../../render/delta-files.js';
import type { BuildStep } from '../build-step.js';

/** Writes a clean .docx of every version. */
export const cleanDocxStep: BuildStep = {
  id: 'clean-docx',
  description: 'a clean Word copy of every version: out/tmad/<version>.docx',
  async run(context) {
    const outputs = [];
    for (const version of context.versions) {
      const dir = version.path.slice(0, version.path.lastIndexOf('/') + 1);
      const file = await renderCleanFile(version.document, context.shared?.publishContext(version) ?? {});
      outputs.push({ path: `${dir}${file.name}`, content: file.content, public: true });
    }
    return { outputs, diagnostics: [] };
  },
};
