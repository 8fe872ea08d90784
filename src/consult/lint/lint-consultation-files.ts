/**
 * Lint every consultation under `documents/consultations/` from the files read (what the
 * `tmad lint` hook calls): loading problems and the rules' findings, as diagnostics.
 * @module
 */
import type { Diagnostic } from '../../model/diagnostic.js';
import { consultationIds, loadConsultation } from '../load-consultation.js';
import { lintConsultation } from './lint-consultation.js';

/**
 * Lint consultations.
 * @param files Files keyed by path relative to `documents/`.
 * @param ids Which consultations (default: all of them).
 * @param root Prefix of paths in diagnostics, e.g. `documents/`.
 * @returns Diagnostics.
 */
export function lintConsultationFiles(files: ReadonlyMap<string, Uint8Array>, ids: readonly string[] = consultationIds(files), root = 'documents/'): Diagnostic[] {
  const text = (path: string): string | null => {
    const bytes = files.get(path);
    return bytes ? new TextDecoder().decode(bytes) : null;
  };
  return ids.flatMap((id) => {
    const { bundle, diagnostics } = loadConsultation(files, id, root);
    if (!bundle) return diagnostics;
    const folder = `consultations/${id}/`;
    const conclusions = text(`${folder}conclusions.md`);
    return [
      ...diagnostics,
      ...lintConsultation({
        consultation: bundle.consultation,
        source: text(`${folder}consultation.md`) ?? '',
        file: `${root}${folder}consultation.md`,
        delta: bundle.delta,
        proposedClauses: bundle.proposed.clauses.map((c) => c.id),
        conclusions: conclusions === null ? null : { text: conclusions, file: `${root}${folder}conclusions.md` },
        responses: bundle.responseFiles.length,
      }),
    ];
  });
}
