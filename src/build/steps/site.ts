/**
 * Build step: the published site under `out/public/`: `index.html`, a page per version (clean text), per
 * consultation and per clause of the latest version (its history across the chain, the consultation that
 * changed it with the public comments on it and DCC's response, its conformance in the latest trace). Static,
 * relative links, works from `file://`. Links to PDFs only when the build makes them.
 * @module
 */
import { clauseHistory } from '../../delta/clause-history.js';
import type { ConsultationBundle } from '../../consult/load-consultation.js';
import { reportModel } from '../../consult/report-model.js';
import { readWording, REPORT_KEYS, WORDING_FILES, type ReportWording } from '../../consult/wording.js';
import { deltaBaseName, versionName } from '../../render/delta-files.js';
import { statsLine } from '../../render/change-summary.js';
import { cleanLayout } from '../../render/layout/clean-layout.js';
import { versionLabel } from '../../render/layout/cover.js';
import type { ClauseConsultation, SiteClause, SiteConsultation, SiteDelta, SiteModel, SiteVersion } from '../../render/site/site-model.js';
import { sitePages } from '../../render/site/site-pages.js';
import type { BuildContext, BuildStep, BuildVersion } from '../build-step.js';
import { buildShared } from '../shared.js';
import { buildTrace } from './trace-matrix.js';

/** Writes the site: `out/public/index.html` and the pages beside it. */
export const siteStep: BuildStep = {
  id: 'site',
  description: 'the site: out/public/index.html, a page per version, consultation and clause',
  async run(context) {
    if (context.versions.length === 0) return { outputs: [], diagnostics: [], skipped: ['site: no version under documents/, no site'] };
    const site = await siteModel(context);
    return { outputs: sitePages(site).map((page) => ({ path: page.path, content: page.content, public: true })), diagnostics: [] };
  },
};

function dirOf(version: BuildVersion): string {
  return version.path.slice(0, version.path.lastIndexOf('/') + 1);
}

/**
 * The site's content from the build context.
 * @param context The build context.
 * @returns The site model.
 */
export async function siteModel(context: BuildContext): Promise<SiteModel> {
  const shared = context.shared ?? buildShared(context);
  const pdf = (path: string): { pdf?: string } => (context.pdf ? { pdf: path.replace(/\.docx$/, '.pdf') } : {});
  const versions: SiteVersion[] = context.versions.map((version) => {
    const name = versionName(version.document.meta.version, version.document.file);
    const docx = `${dirOf(version)}${name}.docx`;
    return {
      label: versionLabel(version.document.meta, version.document.file),
      version: String(version.document.meta.version ?? ''),
      date: String(version.document.meta.date ?? ''),
      status: String(version.document.meta.status ?? ''),
      page: `${dirOf(version)}${name}.html`,
      layout: cleanLayout(version.document, shared.publishContext(version)),
      files: { docx, ...pdf(docx) },
    };
  });
  const deltas: SiteDelta[] = [];
  for (const version of context.versions) {
    const old = shared.previous(version);
    if (!old) continue;
    const delta = shared.delta(old, version);
    const base = `${dirOf(version)}${deltaBaseName(delta)}`;
    deltas.push({ label: `${versionLabel(version.document.meta, version.document.file)} – changes since ${versionLabel(old.document.meta, old.document.file)}`, page: `${base}.html`, stats: statsLine(delta), files: { docx: `${base}.docx`, ...pdf(`${base}.docx`), md: `${base}.md`, json: `${base}.json` } });
  }
  const latest = context.versions[context.versions.length - 1];
  const trace = buildTrace(context).report;
  const matrix = trace ? `trace/${trace.documentKey.toLowerCase()}-${trace.version}-matrix.html` : null;
  const consultations = await consultationData(context);
  const clauses: SiteClause[] = [];
  if (latest) {
    const { versions: line, chain } = shared.chain(latest);
    const documents = line.map((v) => v.document);
    const key = String(latest.document.meta.document ?? 'TMAD');
    const latestName = versionName(latest.document.meta.version, latest.document.file);
    for (const clause of latest.document.clauses) {
      const history = clauseHistory(chain, documents, clause.id, documents.length - 1);
      const page = `clauses/${dirOf(latest)}${clause.id.replace(/[^A-Za-z0-9.]+/g, '-')}.html`;
      const inConsultations: ClauseConsultation[] = consultations.flatMap(({ bundle, comments, reported }) => {
        const proposed = String(bundle.proposed.meta.version ?? '');
        const idThen = history.entries.find((e) => e.version === proposed)?.id;
        if (!idThen || !bundle.clauses.some((c) => c.id === idThen)) return [];
        const c = bundle.consultation;
        return [
          {
            id: c.id,
            title: c.title,
            page: `consultations/${c.id}/index.html`,
            questions: c.questions.map((q) => ({ id: q.id, text: q.text, dccResponse: bundle.conclusions?.responses[q.id] ?? [] })),
            comments: comments.filter((comment) => comment.clause === idThen).map(({ who, comment }) => ({ who, comment })),
            reported,
          },
        ];
      });
      const traced = trace && trace.version === String(latest.document.meta.version ?? '') && trace.documentKey === key ? trace.clauses.find((c) => c.id === clause.id) : undefined;
      clauses.push({
        address: `${key} ${clause.id}`,
        id: clause.id,
        heading: clause.heading,
        page,
        history,
        consultations: inConsultations,
        conformance: traced && trace ? { version: trace.version, status: traced.status, checks: traced.links.map((l) => ({ name: l.link.name, where: `${l.link.file}:${l.link.line}`, state: l.state, detail: l.detail })) } : null,
        inVersion: `${dirOf(latest)}${latestName}.html#clause-${clause.id.replace(/[^A-Za-z0-9]+/g, '-')}`,
      });
    }
  }
  const siteConsultations: SiteConsultation[] = consultations.map(({ bundle, reported, noReport }) => {
    const c = bundle.consultation;
    const folder = `consultations/${c.id}/`;
    return {
      id: c.id,
      title: c.title,
      issued: c.issued,
      closes: c.closes.replace('T', ' '),
      page: `${folder}index.html`,
      versions: { base: versionLabel(bundle.base.meta, bundle.base.file), proposed: versionLabel(bundle.proposed.meta, bundle.proposed.file) },
      questions: c.questions.map((q) => ({ id: q.id, text: q.text })),
      drafting: c.drafting,
      template: `${folder}response-template.docx`,
      report: reported ? { docx: `${folder}report-public.docx`, ...pdf(`${folder}report-public.docx`), md: `${folder}report-public.md` } : null,
      ...(noReport ? { noReport } : {}),
    };
  });
  const newest = latest?.document;
  return {
    title: newest?.title || String(newest?.meta.title ?? 'Documents'),
    versions,
    deltas,
    clauses,
    consultations: siteConsultations,
    matrix,
    classification: typeof newest?.meta.classification === 'string' ? newest.meta.classification : '',
  };
}

interface ConsultationData {
  bundle: ConsultationBundle;
  /** Clause comments of the public report (nothing confidential). */
  comments: Array<{ clause: string; who: string; comment: string }>;
  reported: boolean;
  noReport?: string;
}

async function consultationData(context: BuildContext): Promise<ConsultationData[]> {
  const shared = context.shared ?? buildShared(context);
  const reportText = context.templates.get(WORDING_FILES.report);
  const templateText = context.templates.get(WORDING_FILES.template);
  const out: ConsultationData[] = [];
  for (const loaded of shared.consultations()) {
    const bundle = loaded.bundle;
    if (!bundle) continue;
    if (!bundle.conclusions || !reportText || !templateText) {
      out.push({ bundle, comments: [], reported: false, noReport: bundle.conclusions ? 'No conclusion report: the wording files are missing.' : 'No conclusion report yet (no conclusions.md).' });
      continue;
    }
    const texts = { report: new TextDecoder().decode(reportText), template: new TextDecoder().decode(templateText) };
    const responses = await shared.responses(bundle, texts);
    if (!responses) {
      out.push({ bundle, comments: [], reported: false, noReport: 'No responses yet, so no conclusion report.' });
      continue;
    }
    const wording = readWording<ReportWording>(texts.report, `templates/${WORDING_FILES.report}`, REPORT_KEYS);
    const model = reportModel({ consultation: bundle.consultation, responses, conclusions: bundle.conclusions, finalDelta: bundle.finalDelta, redlineDelta: bundle.redlineDelta, wording }, 'public');
    out.push({ bundle, comments: model.clauseComments.map(({ clause, who, comment }) => ({ clause, who, comment })), reported: true });
  }
  return out;
}
