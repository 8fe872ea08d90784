/**
 * Build step: for every version whose front matter names a `previous` version, the delta against it
 * in all four formats: `out/<key>/<new>-delta-vs-<old>.{docx,html,md,json}`.
 * @module
 */
import { computeDelta } from '../../delta/compute-delta.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import { DELTA_FORMATS, renderDeltaFiles } from '../../render/delta-files.js';
import type { BuildOutput, BuildStep } from '../build-step.js';
import { previousVersion } from '../shared.js';

/** The version a version names as `previous` (see `shared.ts`). */
export { previousVersion } from '../shared.js';

/** Writes the delta of each version against its `previous` version. */
export const deltasStep: BuildStep = {
  id: 'deltas',
  description: 'each version against its `previous`: out/tmad/<new>-delta-vs-<old>.{docx,html,md,json}',
  async run(context) {
    const outputs: BuildOutput[] = [];
    const diagnostics: Diagnostic[] = [];
    for (const version of context.versions) {
      const previous = version.document.meta.previous;
      if (typeof previous !== 'string' || previous.trim() === '') continue;
      const old = context.shared ? context.shared.previous(version) : previousVersion(version, context.versions);
      if (!old) {
        diagnostics.push({
          ruleId: 'missing-previous',
          source: 'tmad-build',
          severity: 'warning',
          reason: `Unexpected \`previous: "${previous}"\`: no version ${previous} beside this file, so no delta is written`,
          file: version.document.file,
        });
        continue;
      }
      const dir = version.path.slice(0, version.path.lastIndexOf('/') + 1);
      const delta = context.shared ? context.shared.delta(old, version) : computeDelta(old.document, version.document);
      const publish = context.shared?.publishContext(version, old) ?? {};
      for (const file of await renderDeltaFiles(delta, DELTA_FORMATS, publish)) outputs.push({ path: `${dir}${file.name}`, content: file.content, public: true });
    }
    return { outputs, diagnostics };
  },
};
