/**
 * Build step: for every consultation under `documents/consultations/<id>/`, the response template,
 * what could be extracted from the published consultation document, and (when responses exist) the
 * responses read and both conclusion reports.
 * @module
 */
import type { Diagnostic } from '../../model/diagnostic.js';
import { consultationIds, loadConsultation, type ConsultationBundle } from '../../consult/load-consultation.js';
import { conformanceLines, makeReport, makeResponses, makeTemplate, type WordingTexts } from '../../consult/consultation-outputs.js';
import type { TraceReport } from '../../trace/types.js';
import { buildTrace } from './trace-matrix.js';
import { responsesToCsv, responsesToJson } from '../../consult/responses-output.js';
import { WORDING_FILES } from '../../consult/wording.js';
import type { BuildContext, BuildOutput, BuildStep, BuildStepResult } from '../build-step.js';

/** Writes `out/consultations/<id>/…` for every consultation. */
export const consultationsStep: BuildStep = {
  id: 'consultations',
  description: 'per consultation: response-template.docx, seed-extraction.json; with responses: responses.{json,csv}, report-{beis,public}.{docx,md}',
  async run(context) {
    const result: BuildStepResult = { outputs: [], diagnostics: [] };
    const ids = consultationIds(context.files);
    if (ids.length === 0) return result;
    const texts = wordingTexts(context, result.diagnostics);
    if (!texts) return result;
    // The trace step reports the trace's own problems; here the report only feeds the annex.
    const trace = buildTrace(context).report;
    const loadedAll = context.shared ? context.shared.consultations() : ids.map((id) => ({ id, ...loadConsultation(context.files, id) }));
    for (const loaded of loadedAll) {
      result.diagnostics.push(...loaded.diagnostics);
      if (loaded.bundle) await consultationOutputs(loaded.bundle, texts, result, trace, context);
      else (result.skipped ??= []).push(`${loaded.id}: the consultation could not be read (see the errors above), nothing written`);
    }
    return result;
  },
};

function wordingTexts(context: BuildContext, diagnostics: Diagnostic[]): WordingTexts | null {
  const read = (name: string): string | null => {
    const bytes = context.templates.get(name);
    if (!bytes) diagnostics.push({ ruleId: 'wording', source: 'tmad-consult', severity: 'error', reason: `Unexpected missing wording file \`templates/${name}\``, file: `templates/${name}` });
    return bytes ? new TextDecoder().decode(bytes) : null;
  };
  const template = read(WORDING_FILES.template);
  const report = read(WORDING_FILES.report);
  return template !== null && report !== null ? { template, report } : null;
}

async function consultationOutputs(bundle: ConsultationBundle, texts: WordingTexts, result: BuildStepResult, trace: TraceReport | undefined, context: BuildContext): Promise<void> {
  const id = bundle.consultation.id;
  const out = (name: string, content: string | Uint8Array, published = false): BuildOutput => ({ path: `consultations/${id}/${name}`, content, ...(published ? { public: true } : {}) });
  const skip = (why: string): void => {
    (result.skipped ??= []).push(`${id}: ${why}`);
  };
  result.outputs.push(out('response-template.docx', await makeTemplate(bundle, texts), true));
  if (bundle.seed) {
    // The consultation's own front matter names the proposed version, so its absence from the
    // published document is worth a note, not a warning, here.
    const proposedKnown = bundle.consultation.proposed !== '';
    result.diagnostics.push(
      ...bundle.seed.diagnostics.map((d) => (proposedKnown && d.ruleId === 'seed-no-proposed-version' ? { ...d, severity: 'info' as const } : d)),
    );
    const changed = bundle.clauses.map((c) => c.id);
    const inSeed = bundle.seed.drafting.flatMap((row) => row.clauses);
    for (const clause of changed.filter((c) => !inSeed.includes(c))) {
      result.diagnostics.push({ ruleId: 'seed-extraction', source: 'tmad-consult', severity: 'info', reason: `Clause ${clause} changes from ${bundle.consultation.base} to ${bundle.consultation.proposed} but is not in the document's drafting table`, file: bundle.seed.file });
    }
    result.outputs.push(out('seed-extraction.json', `${JSON.stringify(bundle.seed, null, 2)}\n`));
  }
  if (bundle.responseFiles.length === 0) {
    skip('no responses yet, no responses file and no report');
    return;
  }
  const responses = (context.shared ? await context.shared.responses(bundle, texts) : null) ?? (await makeResponses(bundle, texts));
  for (const rejected of responses.rejected) {
    result.diagnostics.push({ ruleId: 'response-rejected', source: 'tmad-consult', severity: 'warning', reason: `Rejected response: ${rejected.reason}`, file: `documents/consultations/${id}/responses/${rejected.file}` });
  }
  result.outputs.push(out('responses.json', responsesToJson(responses)), out('responses.csv', responsesToCsv(responses, bundle.consultation)));
  if (!bundle.conclusions) {
    result.diagnostics.push({ ruleId: 'conclusions', source: 'tmad-consult', severity: 'info', reason: `No conclusions.md yet: the conclusion reports of ${id} are not written`, file: `documents/consultations/${id}/conclusions.md` });
    skip('no conclusions.md yet, no report');
    return;
  }
  // The conformance annex speaks of the version the report recommends (final, else proposed), and
  // only where test results exist.
  const recommended = String((bundle.final ?? bundle.proposed).meta.version ?? '');
  const conformance = trace?.hasResults === true && trace.version === recommended ? conformanceLines(trace) : null;
  for (const audience of ['beis', 'public'] as const) {
    const report = await makeReport(bundle, responses, texts, audience, conformance);
    result.outputs.push(out(`report-${audience}.docx`, report.docx, audience === 'public'), out(`report-${audience}.md`, report.markdown, audience === 'public'));
  }
}
