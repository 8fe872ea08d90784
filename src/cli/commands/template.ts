/**
 * `tmad template <consultation>`: the response template (.docx) of a consultation; or, given a
 * published consultation document (converted Markdown), what can be extracted from it.
 * @module
 */
import { basename, dirname, resolve as resolvePath } from 'node:path';
import { stat } from 'node:fs/promises';
import type { RegisterCommand } from '../command.js';
import { inputError, usageError } from '../errors.js';
import { listFiles, readBytes, readText, writeFilesAtomic } from '../io.js';
import { oneFormat } from '../formats.js';
import { buildTemplate } from '../../consult/build-template.js';
import { draftingClauses } from '../../consult/changed-clauses.js';
import { makeTemplate, templateWording, type WordingTexts } from '../../consult/consultation-outputs.js';
import { extractSeed, type SeedExtraction } from '../../consult/extract-seed.js';
import { loadConsultation, type ConsultationBundle } from '../../consult/load-consultation.js';
import { WORDING_FILES } from '../../consult/wording.js';
import { reportText } from '../../lint/report-text.js';
import { lintConsultationFiles } from '../../consult/lint/lint-consultation-files.js';
import type { Diagnostic } from '../../model/diagnostic.js';

/** Where a consultation argument points. */
export interface ConsultationTarget {
  /** The consultation id. */
  id: string;
  /** The `documents/` folder holding it. */
  documents: string;
}

/**
 * Resolve a consultation argument: an id (`focb`, looked up under `--documents`), a folder
 * (`documents/consultations/focb`) or its `consultation.md`.
 * @param argument As typed.
 * @param documents The `--documents` option, resolved.
 * @param resolve Resolves a path against the working directory.
 * @returns Id and documents folder.
 */
export async function consultationTarget(argument: string, documents: string, resolve: (path: string) => string): Promise<ConsultationTarget> {
  if (/^[a-z0-9][a-z0-9-]*$/.test(argument)) {
    const isDir = await stat(resolve(argument)).then((s) => s.isDirectory(), () => false);
    if (!isDir) return { id: argument, documents };
  }
  let folder = resolve(argument);
  if (basename(folder) === 'consultation.md') folder = dirname(folder);
  const parent = dirname(folder);
  if (basename(parent) !== 'consultations') throw usageError(`Unexpected consultation \`${argument}\`, expected an id (focb), a folder documents/consultations/<id> or its consultation.md`);
  return { id: basename(folder), documents: dirname(parent) };
}

/**
 * Load a consultation and the wording for a command, mapping problems to exit code 3.
 * @param target Where it is.
 * @param templates The `templates/` folder, resolved.
 * @param stderr Where to print diagnostics.
 * @returns The bundle and wording texts.
 */
export async function loadForCommand(target: ConsultationTarget, templates: string, stderr: (text: string) => void): Promise<{ bundle: ConsultationBundle; texts: WordingTexts }> {
  const files = new Map<string, Uint8Array>();
  for (const path of await listFiles(target.documents)) {
    if (path.startsWith('consultations/') && !path.startsWith(`consultations/${target.id}/`)) continue;
    files.set(path, await readBytes(`${target.documents}/${path}`));
  }
  const { bundle, diagnostics } = loadConsultation(files, target.id, `${target.documents}/`);
  const shown = diagnostics.filter((d) => d.severity === 'error');
  if (shown.length > 0) stderr(reportText(shown));
  if (!bundle) throw inputError(`${target.documents}/consultations/${target.id}`, 'cannot be used as a consultation (see above)');
  const texts = {
    template: await readText(`${templates}/${WORDING_FILES.template}`),
    report: await readText(`${templates}/${WORDING_FILES.report}`),
  };
  return { bundle, texts };
}

/**
 * Lint every consultation under a `documents/` folder (the `tmad lint` hook): reads the files,
 * calls `lintConsultationFiles`. No consultations folder: no diagnostics.
 * @param documents The `documents/` folder, resolved.
 * @param shown How the folder is named in diagnostics, e.g. `documents/`.
 * @returns Diagnostics.
 */
export async function lintConsultationsIn(documents: string, shown = 'documents/'): Promise<Diagnostic[]> {
  const paths = await listFiles(documents).catch(() => [] as string[]);
  if (!paths.some((path) => path.startsWith('consultations/'))) return [];
  const files = new Map<string, Uint8Array>();
  for (const path of paths) if (!path.startsWith('consultations/') || !path.includes('/responses/')) files.set(path, await readBytes(`${documents}/${path}`));
  for (const path of paths) if (path.includes('/responses/')) files.set(path, new Uint8Array());
  return lintConsultationFiles(files, undefined, shown);
}

/** Register `tmad template`. */
export const registerTemplate: RegisterCommand = (program, env) => {
  program
    .command('template')
    .description('Write the response template (.docx) of a consultation; or extract questions and drafting changes from a published consultation document.')
    .argument('<consultation>', 'an id (focb), a folder documents/consultations/<id>, or a published consultation converted to Markdown')
    .option('-o, --out <file>', 'the .docx to write (default out/consultations/<id>/response-template.docx)')
    .option('-d, --documents <dir>', 'where the TMAD versions and consultations are', 'documents')
    .option('-t, --templates <dir>', 'editable wording', 'templates')
    .option('-f, --format <format>', 'for a published document: text (what was and was not extracted) or json', 'text')
    .addHelpText(
      'after',
      `
The template has the title, deadline and contact, the confidentiality notice, respondent details
(name, organisation, email, category, whole-response confidentiality), one answer block per
question (position, rationale, confidential) and a comment row for every clause the proposed
version changes. Each field is a content control keyed by tag and title, wrapped in a bookmark, in
a table row whose label is its id, so it is read back after Word or LibreOffice has saved it.
Wording: templates/response-template.yaml.

Given a published consultation (Markdown converted from PDF), prints what it could extract (title,
dates, contact, questions, drafting-change table) and what it could not; with --out it also writes
a template from it (comment rows for the clauses of the drafting table).

Examples:
  $ tmad template focb
  tmad template: wrote out/consultations/focb/response-template.docx (1 question, 4 clause rows)
  $ tmad template documents/consultations/focb/source/focb-tmad-consultation-2020-11-18.md
  questions: FOCb TMAD Q1 (line 67)
  drafting:  4.24, 4.24A (line 60); 4.44B (line 61)
  not extracted: ... warning The proposed TMAD version is not stated in the document ...
`,
    )
    .action(async (argument: string, options: { out?: string; documents: string; templates: string; format: string }) => {
      const format = oneFormat(options.format, ['text', 'json'] as const);
      if (argument.endsWith('.md') && basename(argument) !== 'consultation.md') {
        const seed = extractSeed(await readText(env.resolve(argument), argument), argument);
        if (format === 'json') env.stdout(`${JSON.stringify(seed, null, 2)}\n`);
        else env.stdout(seedText(seed));
        if (options.out) {
          const texts = { template: await readText(env.resolve(`${options.templates}/${WORDING_FILES.template}`)), report: '' };
          const bytes = await templateFromSeed(seed, argument, texts);
          await writeFilesAtomic([{ path: env.resolve(options.out), content: bytes }]);
          env.stderr(`tmad template: wrote ${options.out} from the published document\n`);
        }
        return;
      }
      const target = await consultationTarget(argument, env.resolve(options.documents), env.resolve);
      const { bundle, texts } = await loadForCommand(target, env.resolve(options.templates), env.stderr);
      const out = options.out ?? `out/consultations/${bundle.consultation.id}/response-template.docx`;
      await writeFilesAtomic([{ path: env.resolve(out), content: await makeTemplate(bundle, texts) }]);
      env.stderr(`tmad template: wrote ${out} (${bundle.consultation.questions.length} question(s), ${bundle.clauses.length} clause row(s))\n`);
    });
};

function seedText(seed: SeedExtraction): string {
  const lines = [
    `${seed.file}`,
    `  title:     ${seed.title ?? '(not found)'}`,
    `  issued:    ${seed.issued ?? '(not found)'}`,
    `  closes:    ${seed.closes ?? '(not found)'}`,
    `  contact:   ${seed.contact ?? '(not found)'}`,
    `  base:      ${seed.baseVersion ? `TMAD ${seed.baseVersion}` : '(not found)'}`,
    `  questions: ${seed.questions.length === 0 ? '(none found)' : ''}`,
    ...seed.questions.map((q) => `    ${q.id} (line ${q.line}): ${q.text}`),
    `  drafting changes: ${seed.drafting.length === 0 ? '(none found)' : ''}`,
    ...seed.drafting.map((d) => `    ${d.clauses.join(', ')} (line ${d.line}): ${d.description}`),
    '',
    'Not extracted or read with a guess:',
    ...seed.diagnostics.map((d) => `  ${d.place ? `${d.place.start.line}`.padStart(4) : '    '}  ${d.severity.padEnd(7)} ${d.reason}`),
  ];
  return `${lines.join('\n')}\n`;
}

async function templateFromSeed(seed: SeedExtraction, file: string, texts: WordingTexts): Promise<Uint8Array> {
  const id = basename(file).replace(/\.md$/, '').replace(/[^a-z0-9-]+/gi, '-').toLowerCase();
  return buildTemplate({
    consultation: {
      id,
      title: seed.title ?? id,
      issued: seed.issued ?? '2000-01-01',
      closes: seed.closes ?? '2000-01-01T00:00',
      timeZone: 'Europe/London',
      contact: seed.contact ?? '',
      base: `tmad/${seed.baseVersion ?? 'unknown'}.md`,
      proposed: 'tmad/proposed.md',
      questions: seed.questions.map((q) => ({ id: q.id, text: q.text })),
      drafting: seed.drafting.map((d) => ({ clauses: d.clauses, description: d.description })),
      sections: [],
      file: resolvePath(file),
    },
    clauses: draftingClauses(seed.drafting),
    wording: templateWording(texts),
  });
}
