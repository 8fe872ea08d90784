/**
 * `tmad report <consultation>`: the conclusion report for BEIS (confidential parts marked) or for
 * publication (nothing confidential), as .docx and Markdown.
 * @module
 */
import type { RegisterCommand } from '../command.js';
import { EXIT, inputError, usageError } from '../errors.js';
import { reportText } from '../../lint/report-text.js';
import { readText, writeFilesAtomic } from '../io.js';
import { checkRedaction, conformanceLines, makeReport, makeResponses } from '../../consult/consultation-outputs.js';
import { JsonShapeError, responseSetFromJson, traceSummaryFromJson } from '../../consult/validate-json.js';
import { consultationTarget, loadForCommand } from './template.js';

/** Register `tmad report`. */
export const registerReport: RegisterCommand = (program, env) => {
  program
    .command('report')
    .description('Write the conclusion report of a consultation (.docx and .md) for BEIS or for publication.')
    .argument('<consultation>', 'an id (focb) or a folder documents/consultations/<id>')
    .option('-a, --audience <audience>', 'beis (everything, confidential parts marked) or public (no confidential text, name or organisation)', 'beis')
    .option('-o, --out <dir>', 'where to write (default out/consultations/<id>)')
    .option('-r, --responses <file>', 'a responses.json from `tmad responses` (default: read the consultation\'s responses/ folder)')
    .option('--trace <file>', 'a trace report (`tmad trace --format json`) for the conformance annex')
    .option('-d, --documents <dir>', 'where the TMAD versions and consultations are', 'documents')
    .option('-t, --templates <dir>', 'editable wording', 'templates')
    .option('--verify', 'check report-public.md in --out against report-beis.md there (every difference a withheld, marked part; counts reconcile) and write redaction-log.md for BEIS; exit 1 on a finding')
    .addHelpText(
      'after',
      `
Sections: introduction and background; the consultation; per question the positions by respondent
category (a table with a bar chart drawn in coloured block characters: the docx library cannot
write native Word charts), the points made and DCC's response (from conclusions.md); the changes
made as a result (proposed -> final); next steps; annexes: respondents, the final legal drafting as
a redline with tracked changes, the conformance status (when --trace is given).

--verify checks report-public.md against report-beis.md (both in --out) block by block, section
by section: every block only in the BEIS report must be marked CONFIDENTIAL (or be a count or the
named form of a published point), every block only in the public report must be its wording or
the less-named form of a BEIS block, respondent rows must be ones respondents let DCC publish, and
per question the public counts plus the withheld answers must equal the BEIS counts. It writes
redaction-log.md (for BEIS: what was withheld, from whom, why) and exits 1 on any finding.

Example:
  $ tmad report focb --audience public
  tmad report: wrote out/consultations/focb/report-public.docx, out/consultations/focb/report-public.md
`,
    )
    .action(async (argument: string, options: { audience: string; out?: string; responses?: string; trace?: string; documents: string; templates: string; verify?: boolean }) => {
      if (options.audience !== 'beis' && options.audience !== 'public') throw usageError(`Unexpected --audience \`${options.audience}\`, expected beis or public`);
      const audience = options.audience;
      const target = await consultationTarget(argument, env.resolve(options.documents), env.resolve);
      const { bundle, texts } = await loadForCommand(target, env.resolve(options.templates), env.stderr);
      if (!bundle.conclusions) throw inputError(`${options.documents}/consultations/${bundle.consultation.id}/conclusions.md`, 'missing: DCC\'s response to each question is needed for the report');
      const responses = options.responses ? readJson(await readText(env.resolve(options.responses), options.responses), options.responses, responseSetFromJson, 'a responses.json written by `tmad responses`') : await makeResponses(bundle, texts);
      const out = options.out ?? `out/consultations/${bundle.consultation.id}`;
      if (options.verify) {
        const files = { beis: `${out}/report-beis.md`, public: `${out}/report-public.md` };
        const reports = { beis: await readText(env.resolve(files.beis), files.beis), public: await readText(env.resolve(files.public), files.public), files };
        const { check, log } = checkRedaction(bundle, responses, texts, reports);
        await writeFilesAtomic([{ path: env.resolve(`${out}/redaction-log.md`), content: log }]);
        if (check.diagnostics.length > 0) env.stderr(reportText(check.diagnostics));
        env.stderr(`tmad report --verify: ${check.ok ? 'the public report is the BEIS report minus withheld parts' : `${check.diagnostics.length} finding(s)`}; ${check.withheld.length} withheld part(s); wrote ${out}/redaction-log.md\n`);
        if (!check.ok) env.exit(EXIT.findings);
        return;
      }
      const trace = options.trace ? readJson(await readText(env.resolve(options.trace), options.trace), options.trace, traceSummaryFromJson, 'the output of `tmad trace --format json`') : null;
      const report = await makeReport(bundle, responses, texts, audience, trace ? conformanceLines(trace) : null);
      await writeFilesAtomic([
        { path: env.resolve(`${out}/report-${audience}.docx`), content: report.docx },
        { path: env.resolve(`${out}/report-${audience}.md`), content: report.markdown },
      ]);
      env.stderr(`tmad report: wrote ${out}/report-${audience}.docx, ${out}/report-${audience}.md${trace ? '' : ' (no --trace: conformance annex left out)'}\n`);
    });
};

/** Parse and validate a JSON file given on the command line: a wrong shape is one line, exit 3. */
function readJson<T>(text: string, file: string, validate: (value: unknown) => T, what: string): T {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw inputError(file, `is not valid JSON (${error instanceof Error ? error.message : String(error)}), expected ${what}`);
  }
  try {
    return validate(value);
  } catch (error) {
    if (error instanceof JsonShapeError) throw inputError(file, `${error.message} (is it ${what}?)`);
    throw error;
  }
}
