/**
 * Build step: for every version whose front matter names a `previous` version, the delta against it
 * in all four formats: `out/<key>/<new>-delta-vs-<old>.{docx,html,md,json}`.
 * @module
 */
import { computeDelta } from '../../delta/compute-delta.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import { DELTA_FORMATS, renderDeltaFiles } from '../../render/delta-files.js';
import type { BuildOutput, BuildStep, BuildVersion } from '../build-step.js';

/**
 * The version a version names as `previous`, in the same directory.
 * @param version The version.
 * @param versions Every version.
 * @returns The previous version, or `undefined` when there is none or it is not found.
 */
export function previousVersion(version: BuildVersion, versions: readonly BuildVersion[]): BuildVersion | undefined {
  const previous = version.document.meta.previous;
  if (typeof previous !== 'string' || previous.trim() === '') return undefined;
  const dir = version.path.slice(0, version.path.lastIndexOf('/') + 1);
  return versions.find((other) => other !== version && other.path.startsWith(dir) && !other.path.slice(dir.length).includes('/') && other.document.meta.version === previous);
}

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
      const old = previousVersion(version, context.versions);
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
      for (const file of await renderDeltaFiles(computeDelta(old.document, version.document), DELTA_FORMATS)) outputs.push({ path: `${dir}${file.name}`, content: file.content });
    }
    return { outputs, diagnostics };
  },
};
