/**
 * `tmad lint [files...]`: structural checks, with file:line:column.
 * @module
 */
import type { RegisterCommand } from '../command.js';
import { EXIT } from '../errors.js';
import { oneFormat } from '../formats.js';
import { expandInputs } from '../expand-inputs.js';
import { readDocument } from '../read-document.js';
import { lintRules } from '../../lint/registry.js';
import { reportText } from '../../lint/report-text.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import { lintConsultationsIn } from './template.js';

/** Register `tmad lint`. */
export const registerLint: RegisterCommand = (program, env) => {
  program
    .command('lint')
    .description('Check TMAD versions: duplicate or out-of-order clause numbers, broken cross-references, empty clauses, unused or undefined terms, missing front matter.')
    .argument('[files...]', 'versions (Markdown, Word, PDF), folders or globs such as \'documents/tmad/*.md\' (default: documents/tmad/)')
    .option('-f, --format <format>', 'text (one line per finding) or json', 'text')
    .option('-q, --quiet', 'show errors only')
    .addHelpText(
      'after',
      `\nRules:\n${lintRules.map((rule) => `  ${rule.id.padEnd(24)} ${rule.severity.padEnd(8)} ${rule.description}`).join('\n')}\n\nExit code 1 when any error is found (warnings alone exit 0).\n\nExample:\n  $ tmad lint documents/tmad/8.1.md\n  documents/tmad/8.1.md:212:1-214:40: error Unexpected duplicate clause \`4.24\`, expected a number not used before (first used at 203:1) [duplicate-clause-id]\n    documents/tmad/8.1.md:203:1-205:12: Clause \`4.24\` first defined here\n`,
    )
    .action(async (files: string[], options: { format: string; quiet?: boolean }) => {
      const format = oneFormat(options.format, ['text', 'json'] as const);
      const targets = await expandInputs(files.length > 0 ? files : ['documents/tmad'], env.resolve);
      const diagnostics: Diagnostic[] = [];
      for (const file of targets) {
        const document = await readDocument(env.resolve(file), file);
        diagnostics.push(...document.diagnostics.filter((d) => !options.quiet || d.severity === 'error'));
      }
      if (files.length === 0) diagnostics.push(...(await lintConsultationsIn(env.resolve('documents'))).filter((d) => !options.quiet || d.severity === 'error'));
      if (format === 'json') env.stdout(`${JSON.stringify({ files: targets, diagnostics }, null, 2)}\n`);
      else env.stderr(reportText(diagnostics) || `${targets.length} file${targets.length === 1 ? '' : 's'}: no problems\n`);
      if (diagnostics.some((d) => d.severity === 'error')) env.exit(EXIT.findings);
    });
};
