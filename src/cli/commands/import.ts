/**
 * `tmad import <file>`: a version in any format (Word, PDF, Markdown) as TMAD Markdown.
 * @module
 */
import { existsSync } from 'node:fs';
import type { RegisterCommand } from '../command.js';
import { usageError } from '../errors.js';
import { writeFilesAtomic } from '../io.js';
import { readVersionFile } from '../read-document.js';
import { reportText } from '../../lint/report-text.js';
import type { DocumentMeta } from '../../model/document.js';
import { documentToMarkdown } from '../../render/document-markdown.js';

/** Front-matter keys the command line may set. */
const META_OPTIONS = ['document', 'title', 'version', 'date', 'status', 'previous'] as const;

type ImportOptions = { out?: string; force?: boolean; reject?: boolean } & Partial<Record<(typeof META_OPTIONS)[number], string>>;

/** Register `tmad import`. */
export const registerImport: RegisterCommand = (program, env) => {
  const command = program
    .command('import')
    .description('Turn a version in Word (.docx), PDF or Markdown into TMAD Markdown: front matter, numbered headings, **4.24** clauses, (a) sub-paragraphs, tables.')
    .argument('<file>', 'the version, e.g. TMAD-8.1.docx (the format is told by content)')
    .option('-o, --out <file>', 'write the Markdown here (default: stdout); an existing file is kept unless --force')
    .option('--force', 'overwrite the --out file if it exists')
    .option('--reject', 'Word: read with tracked changes rejected (default: accepted)');
  for (const key of META_OPTIONS) command.option(`--${key} <${key}>`, `set \`${key}\` in the front matter (overrides the document's own)`);
  command
    .addHelpText(
      'after',
      '\nExamples:\n  $ tmad import TMAD-8.1.docx --version 8.1 --date 2020-11-18 --status consultation -o documents/tmad/8.1.md\n  $ tmad import old.pdf --document TMAD | less\n',
    )
    .action(async (file: string, options: ImportOptions) => {
      const out = options.out;
      if (out && !options.force && existsSync(env.resolve(out))) throw usageError(`${out} exists; expected a new file, or --force to overwrite it`);
      const { document } = await readVersionFile(env.resolve(file), file, options.reject ? { view: 'reject' } : {});
      const meta: DocumentMeta = { ...document.meta };
      for (const key of META_OPTIONS) if (options[key] !== undefined) meta[key] = options[key];
      const markdown = documentToMarkdown({ ...document, meta });
      const problems = document.diagnostics.filter((d) => d.severity !== 'info');
      if (problems.length > 0) env.stderr(reportText(problems));
      if (!out) {
        env.stdout(markdown);
        return;
      }
      await writeFilesAtomic([{ path: env.resolve(out), content: markdown }]);
      env.stderr(`tmad import: wrote ${out} (${document.clauses.length} clauses, ${document.definitions.length} definitions, from ${document.format})\n`);
    });
};
