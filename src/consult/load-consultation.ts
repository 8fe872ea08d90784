/**
 * Everything about one consultation, from the files under `documents/`: the consultation, its
 * versions and delta, the conclusions, the response files and the seed document.
 * @module
 */
import { computeDelta } from '../delta/compute-delta.js';
import type { Delta } from '../model/delta.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Document } from '../model/document.js';
import { ReadVersionError } from '../read/read-error.js';
import { readVersionSync } from '../read/read-version-sync.js';
import { changedClauses, type ChangedClause } from './changed-clauses.js';
import { parseConclusions, type Conclusions } from './conclusions.js';
import type { Consultation } from './consultation.js';
import { extractSeed, type SeedExtraction } from './extract-seed.js';
import { parseConsultation } from './parse-consultation.js';

/** A consultation with what it refers to. */
export interface ConsultationBundle {
  /** The consultation. */
  consultation: Consultation;
  /** The base version. */
  base: Document;
  /** The proposed version. */
  proposed: Document;
  /** Base -> proposed. */
  delta: Delta;
  /** Clauses offered for comment. */
  clauses: ChangedClause[];
  /** DCC's conclusions, when written. */
  conclusions: Conclusions | null;
  /** The final version, when the conclusions name one. */
  final: Document | null;
  /** Proposed -> final (changes made as a result of the consultation), when there is a final version. */
  finalDelta: Delta | null;
  /** Base -> final (the redline of the final legal drafting). */
  redlineDelta: Delta | null;
  /** Response files (`responses/*`), by name, sorted. */
  responseFiles: Array<{ name: string; bytes: Uint8Array }>;
  /** The seed (the consultation document as published), when `source:` names one. */
  seed: SeedExtraction | null;
}

/**
 * Ids of the consultations under `documents/consultations/`.
 * @param files Files keyed by path relative to `documents/`.
 * @returns Sorted ids (folders with a `consultation.md`).
 */
export function consultationIds(files: ReadonlyMap<string, Uint8Array>): string[] {
  return [...files.keys()]
    .map((path) => /^consultations\/([^/]+)\/consultation\.md$/.exec(path)?.[1])
    .filter((id): id is string => id !== undefined)
    .sort();
}

/**
 * Load one consultation.
 * @param files Files keyed by path relative to `documents/`.
 * @param id The consultation id (its folder name).
 * @param root Prefix for paths in diagnostics.
 * @returns The bundle (null when it cannot be used) and diagnostics.
 */
export function loadConsultation(files: ReadonlyMap<string, Uint8Array>, id: string, root = 'documents/'): { bundle: ConsultationBundle | null; diagnostics: Diagnostic[] } {
  const folder = `consultations/${id}/`;
  const diagnostics: Diagnostic[] = [];
  const text = (path: string): string | null => {
    const bytes = files.get(path);
    return bytes ? new TextDecoder('utf-8').decode(bytes) : null;
  };
  const missing = (path: string, what: string): void => {
    diagnostics.push({ ruleId: 'consultation', source: 'tmad-consult', severity: 'error', reason: `Unexpected missing ${what} \`${root}${path}\``, file: `${root}${path}` });
  };
  const source = text(`${folder}consultation.md`);
  if (source === null) {
    missing(`${folder}consultation.md`, 'consultation file');
    return { bundle: null, diagnostics };
  }
  const parsed = parseConsultation(source, `${root}${folder}consultation.md`);
  diagnostics.push(...parsed.diagnostics);
  const consultation = parsed.consultation;
  if (!consultation) return { bundle: null, diagnostics };
  const version = (path: string): Document | null => {
    const bytes = files.get(path);
    if (!bytes) {
      missing(path, 'version');
      return null;
    }
    try {
      return readVersionSync(bytes, `${root}${path}`).document;
    } catch (error) {
      if (!(error instanceof ReadVersionError)) throw error;
      diagnostics.push({ ruleId: 'consultation', source: 'tmad-consult', severity: 'error', reason: `The version ${error.message}`, file: `${root}${path}` });
      return null;
    }
  };
  const base = version(consultation.base);
  const proposed = version(consultation.proposed);
  if (!base || !proposed) return { bundle: null, diagnostics };
  const delta = computeDelta(base, proposed);
  let conclusions: Conclusions | null = null;
  const conclusionsText = text(`${folder}conclusions.md`);
  if (conclusionsText !== null) {
    const result = parseConclusions(conclusionsText, `${root}${folder}conclusions.md`, consultation.questions.map((q) => q.id));
    diagnostics.push(...result.diagnostics);
    conclusions = result.conclusions;
  }
  const final = conclusions ? version(conclusions.final) : null;
  const seedPath = sourcePath(source, folder);
  const seedText = seedPath ? text(seedPath) : null;
  const seed = seedText !== null && seedPath ? extractSeed(seedText, `${root}${seedPath}`) : null;
  const responseFiles = [...files.entries()]
    .filter(([path]) => path.startsWith(`${folder}responses/`) && !path.slice(`${folder}responses/`.length).includes('/'))
    .map(([path, bytes]) => ({ name: path.slice(`${folder}responses/`.length), bytes }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return {
    bundle: {
      consultation,
      base,
      proposed,
      delta,
      clauses: describeClauses(changedClauses(delta), consultation, delta, proposed),
      conclusions,
      final,
      finalDelta: final ? computeDelta(proposed, final) : null,
      redlineDelta: final ? computeDelta(base, final) : null,
      responseFiles,
      seed,
    },
    diagnostics,
  };
}

function sourcePath(consultationText: string, folder: string): string | null {
  const match = /^source:\s*(\S+)\s*$/m.exec(consultationText.split(/\n---/)[0] ?? '');
  return match ? `${folder}${match[1]}` : null;
}

/**
 * Describe each changed clause for respondents: the consultation's own description when its
 * drafting table lists the clause, the definitions added or changed when the clause holds them,
 * else the delta's one-line summary.
 */
function describeClauses(clauses: ChangedClause[], consultation: Consultation, delta: Delta, proposed: Document): ChangedClause[] {
  return clauses.map((clause) => {
    const row = consultation.drafting.find((d) => d.clauses.includes(clause.id));
    if (row) return { ...clause, description: row.description };
    const text = proposed.clauses.find((c) => c.id === clause.id)?.text ?? '';
    const terms = delta.definitions.filter((d) => text.includes(d.term)).map((d) => `${d.kind} definition "${d.term}"`);
    return terms.length > 0 ? { ...clause, description: `${terms.join('; ').replace(/^./, (c) => c.toUpperCase())} (${clause.description})` } : clause;
  });
}
