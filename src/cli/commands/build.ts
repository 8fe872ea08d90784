/**
 * `tmad build`: everything from `documents/` into `out/` (the main job, `npm start`).
 * @module
 */
import type { RegisterCommand } from '../command.js';
import { EXIT } from '../errors.js';
import { listFiles, readBytes, writeFilesAtomic } from '../io.js';
import { build, isVersionPath } from '../../build/build.js';
import { buildSteps } from '../../build/registry.js';
import { reportText } from '../../lint/report-text.js';
import { readTraceProjectFiles } from './trace.js';

/** Register `tmad build`. */
export const registerBuild: RegisterCommand = (program, env) => {
  program
    .command('build')
    .description('Build everything from documents/ into out/ (the main job, `npm start`).')
    .option('-d, --documents <dir>', 'where the TMAD versions and consultations are', 'documents')
    .option('-t, --templates <dir>', 'editable wording and layout', 'templates')
    .option('-o, --out <dir>', 'where to write', 'out')
    .addHelpText(
      'after',
      `\nSteps:\n${buildSteps.map((step) => `  ${step.id.padEnd(12)} ${step.description}`).join('\n')}\n\nNothing is written when any version has a lint error (exit 1).\n\nExample:\n  $ tmad build\n  tmad build: 4 versions, wrote 4 files to out/\n`,
    )
    .action(async (options: { documents: string; templates: string; out: string }) => {
      const files = await readTree(env.resolve(options.documents), options.documents);
      const templates = await readTree(env.resolve(options.templates), options.templates);
      const project = await readTraceProjectFiles(env);
      const result = await build({ files, templates, project, displayRoot: `${options.documents.replace(/\/$/, '')}/` });
      const problems = result.diagnostics.filter((d) => d.severity !== 'info');
      if (problems.length > 0) env.stderr(reportText(problems));
      if (problems.some((d) => d.severity === 'error')) {
        env.stderr('tmad build: errors found, nothing written\n');
        env.exit(EXIT.findings);
        return;
      }
      await writeFilesAtomic(result.outputs.map((output) => ({ path: env.resolve(`${options.out}/${output.path}`), content: output.content })));
      const versions = [...files.keys()].filter(isVersionPath).length;
      env.stderr(`tmad build: ${versions} version${versions === 1 ? '' : 's'} read, wrote ${result.outputs.length} files to ${options.out}/ (${result.steps.map((s) => `${s.id} ${s.outputs}`).join(', ')})\n`);
    });
};

async function readTree(root: string, shown: string): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  for (const path of await listFiles(root)) files.set(path, await readBytes(`${root}/${path}`, `${shown}/${path}`));
  return files;
}
