/**
 * Results several build steps need, computed once per build: the trace report, the consultations (loaded
 * once), the delta of each pair of versions, the version history and drafting descriptions the published
 * documents show. Memoised in a closure made per build (no module-level state).
 * @module
 */
import { computeDelta } from '../delta/compute-delta.js';
import { consultationIds, loadConsultation, type ConsultationBundle } from '../consult/load-consultation.js';
import { parseConclusions } from '../consult/conclusions.js';
import type { Consultation } from '../consult/consultation.js';
import { parseConsultation } from '../consult/parse-consultation.js';
import type { Delta, DeltaChain } from '../model/delta.js';
import { computeChain } from '../delta/compute-chain.js';
import { makeResponses, type WordingTexts } from '../consult/consultation-outputs.js';
import type { ResponseSet } from '../consult/consultation.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { HistoryRow, PublishContext } from '../render/layout/publish-layout.js';
import type { BuildContext, BuildVersion } from './build-step.js';
import { computeBuildTrace, type BuildTrace } from './steps/trace-matrix.js';

/** A consultation as the published documents need it: its facts and which versions it concerns. */
export interface ConsultationFacts {
  /** The consultation. */
  consultation: Consultation;
  /** The final version the conclusions name (path relative to `documents/`), when written. */
  final: string | null;
  /** Date of the conclusions, when written. */
  concluded: string | null;
}

/** Results shared by the steps of one build. */
export interface BuildShared {
  /** The trace report of the configured version (computed on first use). */
  trace(): BuildTrace;
  /** Every consultation, loaded once, with the loader's diagnostics. */
  consultations(): Array<{ id: string; bundle: ConsultationBundle | null; diagnostics: Diagnostic[] }>;
  /** Every consultation's facts (front matter only: no version is parsed for these). */
  consultationFacts(): ConsultationFacts[];
  /** The delta between two versions (computed once per pair). */
  delta(old: BuildVersion, next: BuildVersion): Delta;
  /** The chain ending at a version (following `previous`), oldest first, with its deltas (computed once). */
  chain(version: BuildVersion): { versions: BuildVersion[]; chain: DeltaChain };
  /** The responses of a consultation, read once (`null` when it has none). */
  responses(bundle: ConsultationBundle, texts: WordingTexts): Promise<ResponseSet | null>;
  /** The version before a version (its `previous`, in the same folder). */
  previous(version: BuildVersion): BuildVersion | undefined;
  /** What the published documents of a version (and of its delta against `old`) show besides the text. */
  publishContext(version: BuildVersion, old?: BuildVersion): PublishContext;
}

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

function memo<T>(compute: () => T): () => T {
  let done = false;
  let value: T | undefined;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    // `done` is set only after `value` is assigned.
    return value as T;
  };
}

/**
 * The shared results of a build, computed on first use.
 * @param context The build context (without `shared`).
 * @returns The shared results.
 */
export function buildShared(context: Omit<BuildContext, 'shared'>): BuildShared {
  const deltas = new Map<string, Delta>();
  const chains = new Map<string, { versions: BuildVersion[]; chain: DeltaChain }>();
  const responses = new Map<string, Promise<ResponseSet | null>>();
  const lineage = (version: BuildVersion): BuildVersion[] => {
    const chain: BuildVersion[] = [];
    const seen = new Set<string>();
    for (let at: BuildVersion | undefined = version; at && !seen.has(at.path); at = previousVersion(at, context.versions)) {
      seen.add(at.path);
      chain.unshift(at);
    }
    return chain;
  };
  const facts = memo((): ConsultationFacts[] =>
    consultationIds(context.files).flatMap((id) => {
      const text = (path: string): string | null => {
        const bytes = context.files.get(path);
        return bytes ? new TextDecoder().decode(bytes) : null;
      };
      const source = text(`consultations/${id}/consultation.md`);
      const consultation = source === null ? null : parseConsultation(source, `consultations/${id}/consultation.md`).consultation;
      if (!consultation) return [];
      const conclusionsText = text(`consultations/${id}/conclusions.md`);
      const conclusions = conclusionsText === null ? null : parseConclusions(conclusionsText, `consultations/${id}/conclusions.md`, consultation.questions.map((q) => q.id)).conclusions;
      return [{ consultation, final: conclusions?.final ?? null, concluded: conclusions?.date ?? null }];
    }),
  );
  const shared: BuildShared = {
    trace: memo(() => computeBuildTrace(context)),
    consultations: memo(() => consultationIds(context.files).map((id) => ({ id, ...loadConsultation(context.files, id) }))),
    consultationFacts: facts,
    delta(old, next) {
      const key = `${old.path}\n${next.path}`;
      if (!deltas.has(key)) {
        // A consecutive pair is a step of the longest chain through it: compute that chain once, and take its step.
        const through = context.versions
          .map((v) => lineage(v))
          .filter((line) => line.some((v, i) => v === next && line[i - 1] === old))
          .sort((a, b) => b.length - a.length)[0];
        if (through) shared.chain(through[through.length - 1] ?? next);
      }
      let delta = deltas.get(key);
      if (!delta) {
        delta = computeDelta(old.document, next.document);
        deltas.set(key, delta);
      }
      return delta;
    },
    chain(version) {
      let found = chains.get(version.path);
      if (!found) {
        const versions = lineage(version);
        const chain = computeChain(versions.map((v) => v.document));
        chain.steps.forEach((step, i) => {
          const before = versions[i];
          const after = versions[i + 1];
          if (before && after) deltas.set(`${before.path}\n${after.path}`, step);
        });
        found = { versions, chain };
        chains.set(version.path, found);
      }
      return found;
    },
    responses(bundle, texts) {
      let read = responses.get(bundle.consultation.id);
      if (!read) {
        read = bundle.responseFiles.length === 0 ? Promise.resolve(null) : makeResponses(bundle, texts);
        responses.set(bundle.consultation.id, read);
      }
      return read;
    },
    previous: (version) => previousVersion(version, context.versions),
    publishContext(version, old) {
      const chain = lineage(version);
      const history = chain.map((entry) => historyRow(entry, facts()));
      const descriptions: Record<string, string> = {};
      if (old) {
        for (const fact of facts()) {
          const c = fact.consultation;
          if (c.base !== old.path || (c.proposed !== version.path && fact.final !== version.path)) continue;
          for (const row of c.drafting) for (const clause of row.clauses) descriptions[clause] ??= row.description;
        }
      }
      return { history, descriptions };
    },
  };
  return shared;
}

function historyRow(version: BuildVersion, facts: readonly ConsultationFacts[]): HistoryRow {
  const meta = version.document.meta;
  const notes: string[] = [];
  for (const fact of facts) {
    const c = fact.consultation;
    const closes = c.closes.slice(0, 10);
    if (c.proposed === version.path) notes.push(`Proposed in consultation ${c.id.toUpperCase()} (issued ${c.issued}, closed ${closes})`);
    if (fact.final === version.path) notes.push(`Submitted for designation after ${c.id.toUpperCase()}${fact.concluded ? ` (conclusions ${fact.concluded})` : ''}`);
    if (c.base === version.path) notes.push(`Base of consultation ${c.id.toUpperCase()}`);
  }
  return { version: String(meta.version ?? ''), date: String(meta.date ?? ''), status: String(meta.status ?? ''), note: notes.join('; ') };
}
