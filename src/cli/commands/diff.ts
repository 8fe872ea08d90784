/**
 * `tmad diff <old.md> <new.md>`: the delta between two versions, as JSON on stdout or as redlines
 * (Word with tracked changes, HTML, Markdown, JSON) in a directory.
 * @module
 */
import type { RegisterCommand } from '../command.js';
import { formatList } from '../formats.js';
import { writeFilesAtomic } from '../io.js';
import { readDocument } from '../read-document.js';
import { computeDelta } from '../../delta/compute-delta.js';
import { renderDeltaJson } from '../../render/delta-json.js';
import { DELTA_FORMATS, renderCleanFile, renderDeltaFiles } from '../../render/delta-files.js';

/** Register `tmad diff`. */
export const registerDiff: RegisterCommand = (program, env) => {
  program
    .command('diff')
    .description('Compare two versions clause by clause: renumbering, moves, splits and merges are recognised, words are diffed only inside matched clauses.')
    .argument('<old>', 'Markdown file of the old version, e.g. documents/tmad/7.1.md')
    .argument('<new>', 'Markdown file of the new version, e.g. documents/tmad/7.2.md')
    .option('-o, --out <dir>', 'write <new>-delta-vs-<old>.<ext> files here (without it: the JSON delta on stdout)')
    .option('-f, --format <formats>', `comma-separated, any of ${DELTA_FORMATS.join(',')} (with --out)`, DELTA_FORMATS.join(','))
    .option('--clean', 'also write a clean Word copy of the new version, <new>.docx (with --out)')
    .option('--full-json', 'JSON on stdout with the blocks of unchanged clauses too (default: compact, schema in src/model/delta-schema.md)')
    .addHelpText(
      'after',
      `
The Word redline uses real tracked changes (author from the new version's "author", else DCC; date
from its "date"): Accept All gives the new version, Reject All the old one. The JSON schema is in
src/model/delta-schema.md.

Examples:
  $ tmad diff documents/tmad/7.1.md documents/tmad/7.2.md --out out/
  wrote out/7.2-delta-vs-7.1.docx, .html, .md, .json: 10 amended, 1 inserted, 1 deleted, 10 renumbered, ...
  $ tmad diff documents/tmad/7.1.md documents/tmad/7.2.md --format html,md --out out/ --clean
  $ tmad diff documents/tmad/7.1.md documents/tmad/7.2.md | jq '.idMap["6.4"]'
  [ "6.3" ]
`,
    )
    .action(async (oldFile: string, newFile: string, options: { out?: string; format: string; clean?: boolean; fullJson?: boolean }) => {
      const formats = formatList(options.format, DELTA_FORMATS);
      const oldDoc = await readDocument(env.resolve(oldFile), oldFile, { lint: false });
      const newDoc = await readDocument(env.resolve(newFile), newFile, { lint: false });
      const delta = computeDelta(oldDoc, newDoc);
      if (!options.out) {
        env.stdout(renderDeltaJson(delta, { full: options.fullJson === true }));
        return;
      }
      const dir = options.out.replace(/\/+$/, '') || '.';
      const files = await renderDeltaFiles(delta, formats);
      if (options.clean) files.push(await renderCleanFile(newDoc));
      await writeFilesAtomic(files.map((file) => ({ path: env.resolve(`${dir}/${file.name}`), content: file.content })));
      const s = delta.stats;
      env.stderr(`tmad diff: wrote ${files.map((file) => `${dir}/${file.name}`).join(', ')}\n  ${s.amended} amended, ${s.inserted} inserted, ${s.deleted} deleted, ${s.renumbered} renumbered, ${s.moved} moved, ${s.split} split, ${s.merged} merged; ${s.substantive} substantive\n`);
    });
};
