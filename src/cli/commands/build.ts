/**
 * `tmad build`: everything from `documents/` into `out/` (the main job, `npm start`). The build itself is
 * pure (`src/build`); this command reads the inputs, writes the whole output tree into a temporary sibling
 * folder, converts the Word files to PDF there when LibreOffice is installed, and swaps the folder in whole:
 * no stale file survives, and a crash or kill leaves the previous `out/` as it was (the next build removes the
 * leftover temporary folder).
 * @module
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rename, rm, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type { RegisterCommand } from '../command.js';
import { EXIT, inputError, usageError } from '../errors.js';
import { listFiles, readBytes } from '../io.js';
import { build, type BuildResult } from '../../build/build.js';
import type { BuildOutput } from '../../build/build-step.js';
import { buildSteps } from '../../build/registry.js';
import { reportText } from '../../lint/report-text.js';
import { readTraceProjectFiles } from './trace.js';

/** Folder of `out/` that holds what may be published (nothing confidential). */
const PUBLIC_DIR = 'public';

/** Register `tmad build`. */
export const registerBuild: RegisterCommand = (program, env) => {
  program
    .command('build')
    .description('Build everything from documents/ into out/ (the main job, `npm start`).')
    .option('-d, --documents <dir>', 'where the TMAD versions and consultations are', 'documents')
    .option('-t, --templates <dir>', 'editable wording and layout', 'templates')
    .option('-o, --out <dir>', 'where to write', 'out')
    .option('--no-pdf', 'do not convert the Word files to PDF (default: convert when LibreOffice is installed)')
    .addHelpText(
      'after',
      `\nSteps:\n${buildSteps.map((step) => `  ${step.id.padEnd(12)} ${step.description}`).join('\n')}\n  ${'pdf'.padEnd(12)} a PDF beside every redline, clean copy and report (LibreOffice, soffice, when installed)\n
What may be published goes to out/${PUBLIC_DIR}/ (the site, redlines, clean copies, the public report);
responses and the BEIS report stay outside it. out/ is replaced whole: files a build no longer makes disappear;
test results the trace reads from out/ (tmad.config.json trace.results) are kept.

Nothing is written when any version has a lint error (exit 1).

Example:
  $ tmad build
  tmad build: 4 versions, 1 consultation; wrote 52 files to out/ (38 in out/${PUBLIC_DIR}/)
`,
    )
    .action(async (options: { documents: string; templates: string; out: string; pdf: boolean }) => {
      // A mistyped --documents must not replace out/ with an empty build.
      if (!existsSync(env.resolve(options.documents))) throw inputError(options.documents, 'no such directory, expected the folder of the versions and consultations (default documents/)');
      const files = await readTree(env.resolve(options.documents), options.documents);
      const templates = await readTree(env.resolve(options.templates), options.templates);
      const project = await readTraceProjectFiles(env);
      const soffice = options.pdf ? await findSoffice() : null;
      const result = await build({ files, templates, project, displayRoot: `${options.documents.replace(/\/$/, '')}/`, pdf: soffice !== null });
      const problems = result.diagnostics.filter((d) => d.severity !== 'info');
      if (problems.length > 0) env.stderr(reportText(problems));
      if (problems.some((d) => d.severity === 'error')) {
        env.stderr('tmad build: errors found, nothing written\n');
        env.exit(EXIT.findings);
        return;
      }
      const outDir = env.resolve(options.out.replace(/\/+$/, '') || 'out');
      // out/ is replaced whole: it must not hold the inputs (or be the working directory).
      for (const input of [env.resolve(options.documents), env.resolve(options.templates), env.cwd]) {
        if (input === outDir || input.startsWith(`${outDir}/`) || (input !== env.cwd && outDir.startsWith(`${input}/`))) throw usageError(`--out ${options.out} would replace or sit inside ${input === env.cwd ? 'the working directory' : input}; expected a folder of its own, e.g. --out out`);
      }
      const outShown = `${options.out.replace(/\/+$/, '')}/`;
      const kept = [...project.keys()].filter((path) => env.resolve(path).startsWith(`${outDir}/`));
      const written = await writeOut(outDir, result, kept.map((path) => ({ from: path, to: env.resolve(path).slice(outDir.length + 1), content: project.get(path) ?? new Uint8Array() })), soffice);
      env.stderr(summary(result, written, outShown, kept, options.pdf ? soffice : false));
    });
};

/** Where an output goes under `out/`: public ones under `public/`. */
function destination(output: BuildOutput): string {
  return output.public ? `${PUBLIC_DIR}/${output.path}` : output.path;
}

/** Whether a Word output gets a PDF: redlines, clean copies and reports (not the response template, which respondents fill in). */
function wantsPdf(output: BuildOutput): boolean {
  return output.path.endsWith('.docx') && !output.path.endsWith('response-template.docx');
}

interface Written {
  /** Paths written, relative to `out/`. */
  paths: string[];
  /** Why PDFs were not made, when they were not. */
  pdfProblem: string | null;
}

async function writeOut(outDir: string, result: BuildResult, kept: Array<{ from: string; to: string; content: Uint8Array }>, soffice: string | null): Promise<Written> {
  const parent = dirname(outDir);
  const name = basename(outDir);
  await mkdir(parent, { recursive: true });
  await removeLeftovers(parent, name);
  const temp = await mkdtemp(join(parent, `.${name}.tmad-build-${process.pid}-`));
  try {
    const paths: string[] = [];
    const put = async (path: string, content: string | Uint8Array): Promise<void> => {
      await mkdir(dirname(join(temp, path)), { recursive: true });
      await writeFile(join(temp, path), content);
      paths.push(path);
    };
    for (const output of result.outputs) await put(destination(output), output.content);
    for (const file of kept) await put(file.to, file.content);
    let pdfProblem: string | null = null;
    if (soffice) {
      const targets = result.outputs.filter(wantsPdf).map(destination);
      const converted = await convertToPdf(soffice, temp, targets);
      paths.push(...converted.made);
      pdfProblem = converted.problem;
    }
    const old = `${join(parent, `.${name}.tmad-old-${process.pid}`)}`;
    if (existsSync(outDir)) await rename(outDir, old);
    await rename(temp, outDir);
    await rm(old, { recursive: true, force: true });
    return { paths: paths.sort(), pdfProblem };
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
}

/** Remove temporary folders a killed build left beside `out/` (only those whose process is gone). */
async function removeLeftovers(parent: string, name: string): Promise<void> {
  const pattern = new RegExp(`^\\.${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.tmad-(?:build|old)-(\\d+)`);
  for (const entry of await readdir(parent)) {
    const pid = Number(pattern.exec(entry)?.[1] ?? NaN);
    if (Number.isNaN(pid) || (pid !== process.pid && alive(pid))) continue;
    await rm(join(parent, entry), { recursive: true, force: true });
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}

/** The LibreOffice binary, or `null` when it is not installed. */
async function findSoffice(): Promise<string | null> {
  const run = await runProcess('soffice', ['--version'], 30_000);
  return run.code === 0 ? 'soffice' : null;
}

/**
 * Convert Word files to PDF with one LibreOffice call (a private profile, so it runs beside other instances):
 * the files are staged under unique names, converted, and each PDF put beside its .docx.
 */
async function convertToPdf(soffice: string, root: string, targets: readonly string[]): Promise<{ made: string[]; problem: string | null }> {
  if (targets.length === 0) return { made: [], problem: null };
  const work = await mkdtemp(join(tmpdir(), 'tmad-pdf-'));
  try {
    const staged = targets.map((target, index) => ({ target, name: `${String(index).padStart(4, '0')}-${basename(target)}` }));
    await mkdir(join(work, 'in'));
    for (const file of staged) await copyFile(join(root, file.target), join(work, 'in', file.name));
    const args = [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', join(work, 'pdf'), ...staged.map((file) => join(work, 'in', file.name))];
    const run = await runProcess(soffice, args, 600_000);
    const made: string[] = [];
    const missing: string[] = [];
    for (const file of staged) {
      const pdf = join(work, 'pdf', file.name.replace(/\.docx$/, '.pdf'));
      const target = file.target.replace(/\.docx$/, '.pdf');
      if (existsSync(pdf)) {
        await copyFile(pdf, join(root, target));
        made.push(target);
      } else missing.push(file.target);
    }
    const problem = missing.length === 0 ? null : `LibreOffice did not convert ${missing.join(', ')} (exit ${run.code}${run.stderr ? `: ${run.stderr.trim().split('\n')[0]}` : ''})`;
    return { made, problem };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

function runProcess(command: string, args: readonly string[], timeout: number): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    let stderr = '';
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], timeout });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', () => resolve({ code: null, stderr }));
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

function summary(result: BuildResult, written: Written, outShown: string, kept: readonly string[], soffice: string | null | false): string {
  const { versions, consultations } = result.counts;
  const publicCount = written.paths.filter((p) => p.startsWith(`${PUBLIC_DIR}/`)).length;
  const lines = [`tmad build: ${versions} versions, ${consultations} consultation${consultations === 1 ? '' : 's'}; wrote ${written.paths.length} files to ${outShown} (${publicCount} in ${outShown}${PUBLIC_DIR}/)`];
  const byDir = new Map<string, string[]>();
  for (const path of written.paths) {
    const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '';
    byDir.set(dir, [...(byDir.get(dir) ?? []), path.slice(dir.length)]);
  }
  lines.push('  written:');
  for (const [dir, names] of byDir) lines.push(`    ${outShown}${dir}: ${names.length > 24 ? `${names.length} files (${names.slice(0, 3).join(', ')}, …)` : names.join(', ')}`);
  if (kept.length > 0) lines.push(`  kept: ${kept.join(', ')} (test results the trace reads)`);
  const skipped = [...result.skipped];
  if (soffice === false) skipped.push('PDF: skipped, --no-pdf given');
  else if (soffice === null) skipped.push('PDF: skipped, LibreOffice (soffice) not found; install libreoffice-writer-nogui to get PDFs');
  else if (written.pdfProblem) skipped.push(`PDF: ${written.pdfProblem}`);
  if (skipped.length > 0) lines.push('  skipped:', ...skipped.map((line) => `    ${line}`));
  return `${lines.join('\n')}\n`;
}

async function readTree(root: string, shown: string): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  for (const path of await listFiles(root)) files.set(path, await readBytes(`${root}/${path}`, `${shown}/${path}`));
  return files;
}
