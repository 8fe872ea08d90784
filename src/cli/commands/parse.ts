/**
 * `tmad parse <file>`: the document model as JSON (or an outline).
 * @module
 */
import type { RegisterCommand } from '../command.js';
import { oneFormat } from '../formats.js';
import { readDocument } from '../read-document.js';
import { writeFilesAtomic } from '../io.js';
import { documentToJson } from '../../render/document-json.js';
import { documentOutline } from '../../render/document-outline.js';

/** Register `tmad parse`. */
export const registerParse: RegisterCommand = (program, env) => {
  program
    .command('parse')
    .description('Parse a TMAD version (Markdown, Word .docx or PDF, told by content) into its document model: sections, clauses, definitions, references.')
    .argument('<file>', 'one version: Markdown, Word (.docx) or PDF, e.g. documents/tmad/8.1.md')
    .option('-f, --format <format>', 'json (the model, schema in src/model/document-schema.md) or text (an outline)', 'json')
    .option('-o, --out <file>', 'write to this file instead of stdout')
    .addHelpText(
      'after',
      '\nExamples:\n  $ tmad parse documents/tmad/8.1.md > 8.1.json\n  $ tmad parse documents/tmad/8.1.md --format text\n  4 Migration\n    4.24    normative  refs 4.24A       terms Dormant Meter, Communications Hub\n',
    )
    .action(async (file: string, options: { format: string; out?: string }) => {
      const format = oneFormat(options.format, ['json', 'text'] as const);
      const document = await readDocument(env.resolve(file), file);
      const text = format === 'json' ? documentToJson(document) : documentOutline(document);
      if (options.out) await writeFilesAtomic([{ path: env.resolve(options.out), content: text }]);
      else env.stdout(text);
    });
};
