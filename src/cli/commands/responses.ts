/**
 * `tmad responses <consultation> [files...]`: read filled response templates into
 * `responses.json` and `responses.csv`; bad files are listed with their reason and the rest are read.
 * @module
 */
import { basename } from 'node:path';
import type { RegisterCommand } from '../command.js';
import { EXIT, ExitError } from '../errors.js';
import { readBytes, writeFilesAtomic } from '../io.js';
import { makeResponses } from '../../consult/consultation-outputs.js';
import { responsesToCsv, responsesToJson } from '../../consult/responses-output.js';
import { consultationTarget, loadForCommand } from './template.js';

/** Register `tmad responses`. */
export const registerResponses: RegisterCommand = (program, env) => {
  program
    .command('responses')
    .description('Read filled response templates (.docx) into responses.json and responses.csv.')
    .argument('<consultation>', 'an id (focb) or a folder documents/consultations/<id>')
    .argument('[files...]', 'filled templates (default: every file in documents/consultations/<id>/responses/)')
    .option('-o, --out <dir>', 'where to write (default out/consultations/<id>)')
    .option('-d, --documents <dir>', 'where the TMAD versions and consultations are', 'documents')
    .option('-t, --templates <dir>', 'editable wording (labels and placeholders key the fields)', 'templates')
    .addHelpText(
      'after',
      `
Files are untrusted: a zip bomb, a DOCTYPE or entity declaration, a truncated zip, an empty file or
a document that is not a response to this consultation is rejected with its reason, and the other
files are still read. Text is read as typed, tracked changes as if accepted: paragraphs one a line,
list items "- item", table rows "a | b". Exit code 1 when any file was rejected.

Example:
  $ tmad responses focb replies/*.docx --out out/focb
  tmad responses: read 9 responses, rejected 1
    replies/bomb.docx: entry word/media/zeros.bin unpacks to 83886080 bytes, more than the limit of 33554432 (a zip bomb?)
  wrote out/focb/responses.json, out/focb/responses.csv
`,
    )
    .action(async (argument: string, paths: string[], options: { out?: string; documents: string; templates: string }) => {
      const target = await consultationTarget(argument, env.resolve(options.documents), env.resolve);
      const { bundle, texts } = await loadForCommand(target, env.resolve(options.templates), env.stderr);
      const files = paths.length === 0 ? bundle.responseFiles : [];
      const unreadable: Array<{ file: string; reason: string }> = [];
      for (const path of paths) {
        try {
          files.push({ name: path, bytes: await readBytes(env.resolve(path), path) });
        } catch (error) {
          unreadable.push({ file: path, reason: error instanceof ExitError ? error.message.replace(`${path}: `, '') : String(error) });
        }
      }
      const set = await makeResponses(bundle, texts, files);
      set.rejected.push(...unreadable);
      set.rejected.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
      const out = options.out ?? `out/consultations/${bundle.consultation.id}`;
      await writeFilesAtomic([
        { path: env.resolve(`${out}/responses.json`), content: responsesToJson(set) },
        { path: env.resolve(`${out}/responses.csv`), content: responsesToCsv(set, bundle.consultation) },
      ]);
      const lines = [`tmad responses: read ${set.responses.length} response(s), rejected ${set.rejected.length}`];
      for (const rejected of set.rejected) lines.push(`  ${rejected.file}: ${rejected.reason}`);
      for (const response of set.responses) for (const note of response.notes) lines.push(`  note ${basename(response.file)}: ${note}`);
      lines.push(`wrote ${out}/responses.json, ${out}/responses.csv`);
      env.stderr(`${lines.join('\n')}\n`);
      if (set.rejected.length > 0) env.exit(EXIT.findings);
    });
};
