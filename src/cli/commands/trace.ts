/**
 * `tmad trace`: which checks verify which clauses, whether they pass, and whether they were
 * reviewed against the clause text in force; `tmad trace review <clause...>` re-pins links;
 * `tmad trace --fix` follows renumbered clauses in the sources.
 * @module
 */
import type { Command } from 'commander';
import { existsSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import type { CommandEnv, RegisterCommand } from '../command.js';
import { EXIT, inputError, usageError } from '../errors.js';
import { oneFormat } from '../formats.js';
import { listFiles, readText, writeFilesAtomic } from '../io.js';
import { readDocument, readVersionFile } from '../read-document.js';
import { computeDelta } from '../../delta/compute-delta.js';
import type { Document } from '../../model/document.js';
import type { TraceConfig } from '../../trace/config.js';
import { fixLinks } from '../../trace/fix.js';
import { serialiseLock, type TraceLock } from '../../trace/lock.js';
import { renderTraceReport, TRACE_FORMATS } from '../../trace/render/render-report.js';
import { reviewClauses, type ClauseReview } from '../../trace/review.js';
import type { SourceFile } from '../../trace/scan/scan-sources.js';
import { CONFIG_FILE, isTraceSource, normaliseRoot, readResultsFiles, readTraceConfig, readTraceLock, reviewedVersionsOf, traceSources } from '../../trace/trace-project.js';
import type { TestResult, TraceReport } from '../../trace/types.js';

/** Options shared by `tmad trace` and `tmad trace review`. */
interface TraceOptions {
  config?: string;
  doc?: string;
  src?: string[];
  results?: string[];
  lock?: string;
}

/** Everything a trace run reads, loaded. */
interface Loaded {
  root: string;
  config: TraceConfig;
  document: Document;
  sources: SourceFile[];
  results: TestResult[] | undefined;
  lock: TraceLock;
  lockPath: string;
  report: TraceReport;
  notes: string[];
}

function addSharedOptions(command: Command): Command {
  return command
    .option('-c, --config <file>', `config file (default: ${CONFIG_FILE} in the working directory, if any)`)
    .option('-d, --doc <file>', 'the version to check (default: trace.document in the config)')
    .option('-s, --src <dirs...>', 'directories or files to scan for links (default: trace.src)')
    .option('-r, --results <files...>', 'JUnit XML results (default: trace.results)')
    .option('-l, --lock <file>', 'lock file (default: trace.lock, tmad-trace.lock.json)');
}

const HELP = `
A check declares the clauses it verifies with their address in its test name or in a comment
directly above it, in TypeScript/JavaScript, Python, Java, Go or C#:

  it('TMAD 4.24 migrates a Dormant installation only with the switch off', ...)
  // TMAD 4.24A, 4.44B
  @Test void switchOff() { ... }

Clause status: conformant (all linked checks ran and passed), failing, skipped, unverified
(a linked check has no result), untested (normative, no link), not-normative.
Link state: ok, failing, skipped, no-result, stale (clause changed since review: run
\`tmad trace review <clause>\`), unreviewed, renumbered (run \`tmad trace --fix\`), orphan.

--check exits 1 when the policy fails (untested, failing, stale, orphaned... each rule can be
relaxed in ${CONFIG_FILE}, e.g. to require coverage only in some sections).

Examples:
  $ npm run conformance                       # tests with JUnit output, then tmad trace --check
  $ tmad trace --check                        # defaults from ${CONFIG_FILE}
  $ tmad trace --doc documents/tmad/8.0.md --check
  test/conformance/dormant.test.ts:22  stale  Dormant Migration > TMAD 4.24 ...
  $ tmad trace --format sarif > trace.sarif
  $ tmad trace --format html --out out/trace.html
  $ tmad trace review 4.24 4.24A              # re-pin, and show what changed since the last review
  $ tmad trace --fix                          # rewrite links to renumbered clauses
`;

/** Register `tmad trace` and `tmad trace review`. */
export const registerTrace: RegisterCommand = (program, env) => {
  const trace = addSharedOptions(
    program
      .command('trace')
      .description('Trace conformance: link checks to clauses (TMAD 4.24A), join test results, detect stale and orphaned links, apply the policy.'),
  )
    .option('--check', 'exit 1 when the policy fails')
    .option('--fix', 'rewrite links to renumbered clauses in the source files (and the lock)')
    .option('-f, --format <format>', `output: ${TRACE_FORMATS.join(', ')}`, 'text')
    .option('-o, --out <file>', 'write the report to this file instead of stdout')
    .addHelpText('after', HELP)
    .action(async (options: TraceOptions & { check?: boolean; fix?: boolean; format: string; out?: string }) => {
      const format = oneFormat(options.format, TRACE_FORMATS);
      const loaded = await load(env, options);
      for (const note of loaded.notes) env.stderr(`tmad trace: ${note}\n`);
      if (options.fix) {
        await fix(env, loaded);
        return;
      }
      const text = renderTraceReport(loaded.report, format);
      if (options.out) {
        await writeFilesAtomic([{ path: env.resolve(options.out), content: text }]);
        env.stderr(`tmad trace: wrote ${options.out} (${loaded.report.passed ? 'policy passed' : 'policy failed'})\n`);
      } else env.stdout(text);
      if (options.check && !loaded.report.passed) env.exit(EXIT.findings);
    });

  addSharedOptions(
    trace
      .command('review')
      .description('Re-pin the links of clauses to their current text (after reading what changed), updating the lock file.')
      .argument('[clauses...]', 'clause ids (4.24A) or addresses ("TMAD 4.24A")'),
  )
    .option('-a, --all', 'review every clause that has links (e.g. to create the lock file)')
    .addHelpText('after', '\nShows, for each clause, the word diff between the text its links were last reviewed\nagainst and the current text: [-deleted-] {+inserted+}.\n\nExample:\n  $ tmad trace review 4.24 4.24A\n  TMAD 4.24: 2 links re-pinned (last reviewed in 8.0)\n    ... provided that: but only where: ...\n')
    .action(async (clauses: string[], own: TraceOptions & { all?: boolean }) => {
      // Shared options given after `review` may be parsed by `trace` itself: take both.
      const options = { ...trace.opts<TraceOptions>(), ...own };
      if (clauses.length === 0 && !options.all) throw usageError('Unexpected `tmad trace review` without clauses, expected clause ids (`tmad trace review 4.24 4.24A`) or --all');
      const loaded = await load(env, options);
      for (const note of loaded.notes) env.stderr(`tmad trace: ${note}\n`);
      const ids = options.all ? loaded.report.clauses.filter((clause) => clause.links.length > 0).map((clause) => clause.id) : clauses;
      const result = reviewClauses(loaded.report, loaded.document, loaded.lock, ids);
      for (const problem of result.problems) env.stderr(`tmad trace review: ${problem}\n`);
      for (const review of result.reviews) env.stdout(formatReview(review, options.all === true));
      if (result.reviews.length > 0) {
        await writeFilesAtomic([{ path: resolve(loaded.root, loaded.lockPath), content: serialiseLock(result.lock) }]);
        env.stderr(`tmad trace review: ${result.reviews.length} clause${result.reviews.length === 1 ? '' : 's'} reviewed, ${loaded.lockPath} updated\n`);
      }
      if (result.problems.length > 0) env.exit(EXIT.findings);
    });
  trace.commands.forEach((command) => command.exitOverride().configureOutput({ writeOut: env.stdout, writeErr: env.stderr }));
};

function formatReview(review: ClauseReview, brief: boolean): string {
  const links = `${review.links.length} link${review.links.length === 1 ? '' : 's'}`;
  if (review.unchanged) return brief ? '' : `${review.address}: ${links} re-pinned, unchanged since reviewed in ${review.previous?.version ?? review.current.version}\n`;
  if (!review.previous) return `${review.address}: ${links} pinned to the text of ${review.current.version} (first review)\n`;
  const diff = review.parts.map((part) => (part.op === 'equal' ? part.text : part.op === 'insert' ? `{+${part.text}+}` : `[-${part.text}-]`)).join('');
  return `${review.address}: ${links} re-pinned (last reviewed in ${review.previous.version}); changes since:\n${indent(diff)}\n\n`;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
}

/** Re-read nothing: rewrite the renumbered links found, and the lock, as one atomic set. */
async function fix(env: CommandEnv, loaded: Loaded): Promise<void> {
  const documentKey = loaded.document.meta.document ?? 'TMAD';
  const result = fixLinks(loaded.report, loaded.sources, loaded.lock, documentKey);
  for (const problem of result.problems) env.stderr(`tmad trace --fix: ${problem}\n`);
  if (result.fixes.length === 0) {
    env.stderr('tmad trace --fix: no link points at a renumbered clause\n');
  } else {
    await writeFilesAtomic([
      ...result.files.map((file) => ({ path: resolve(loaded.root, file.path), content: file.text })),
      { path: resolve(loaded.root, loaded.lockPath), content: serialiseLock(result.lock) },
    ]);
    for (const entry of result.fixes) env.stdout(`${entry.file}:${entry.line}:${entry.column}: ${documentKey} ${entry.from} -> ${documentKey} ${entry.to}\n`);
    env.stderr(`tmad trace --fix: rewrote ${result.fixes.length} link${result.fixes.length === 1 ? '' : 's'} in ${result.files.length} file${result.files.length === 1 ? '' : 's'}; run the tests again\n`);
  }
  if (result.problems.length > 0) env.exit(EXIT.findings);
}

/** Load config, version, sources, results and lock, and trace. */
async function load(env: CommandEnv, options: TraceOptions): Promise<Loaded> {
  const notes: string[] = [];
  const configPath = options.config ? env.resolve(options.config) : env.resolve(CONFIG_FILE);
  const configText = options.config || existsSync(configPath) ? await readText(configPath, options.config ?? CONFIG_FILE) : undefined;
  const configRead = readTraceConfig(configText);
  if ('reason' in configRead) throw inputError(options.config ?? configRead.file, configRead.reason);
  const { config } = configRead;
  const root = configText === undefined ? env.cwd : dirname(configPath);
  // Paths on the command line are relative to the working directory; in the config, to the config's directory.
  const fromCli = (path: string) => toRoot(root, env.resolve(path));
  const docPath = options.doc ? fromCli(options.doc) : config.document;
  if (!docPath) throw usageError(`Unexpected missing version, expected --doc FILE (or trace.document in ${CONFIG_FILE})`);
  const document = await readDocument(resolve(root, docPath), docPath);
  const documentKey = document.meta.document ?? 'TMAD';

  const roots = options.src ? options.src.map(fromCli) : config.src;
  const sources: SourceFile[] = [];
  for (const sourceRoot of roots.map(normaliseRoot)) {
    const absolute = resolve(root, sourceRoot);
    if (!existsSync(absolute)) throw inputError(sourceRoot || '.', 'no such file or directory, expected a directory of checks');
    const paths = statSync(absolute).isDirectory() ? (await listFiles(absolute)).map((path) => (sourceRoot ? `${sourceRoot}/${path}` : path)) : [sourceRoot];
    for (const path of paths) {
      if (!isTraceSource(path, [sourceRoot], config.ignore)) continue;
      sources.push({ path, text: await readText(resolve(root, path), path) });
    }
  }

  const resultPaths = options.results ? options.results.map(fromCli) : config.results;
  const resultFiles: Array<{ path: string; text: string }> = [];
  for (const path of resultPaths) {
    if (!options.results && !existsSync(resolve(root, path))) {
      notes.push(`${path}: no such results file (run the tests with JUnit output first, e.g. \`npm run conformance\`)`);
      continue;
    }
    resultFiles.push({ path, text: await readText(resolve(root, path), path) });
  }
  const resultsRead = readResultsFiles(resultFiles);
  if ('reason' in resultsRead) throw inputError(resultsRead.file, resultsRead.reason);
  const results = resultFiles.length > 0 ? resultsRead.results : undefined;

  const lockPath = options.lock ? fromCli(options.lock) : config.lock;
  const lockText = existsSync(resolve(root, lockPath)) ? await readText(resolve(root, lockPath), lockPath) : undefined;
  const lockRead = readTraceLock(lockText, lockPath, documentKey);
  if ('reason' in lockRead) throw inputError(lockRead.file, lockRead.reason);
  const { lock } = lockRead;

  const versions = new Map<string, Document>();
  const versionsDir = config.versions ?? dirname(docPath);
  for (const version of reviewedVersionsOf(lock, String(document.meta.version ?? ''))) {
    const path = `${versionsDir}/${version}.md`;
    if (!existsSync(resolve(root, path))) {
      notes.push(`${path}: not found; links reviewed in ${version} are followed by fingerprint only`);
      continue;
    }
    versions.set(version, (await readVersionFile(resolve(root, path), path)).document);
  }
  const { report } = traceSources({ document, sources, results, lock, config, versions, computeDelta });
  return { root, config, document, sources, results, lock, lockPath, report, notes };
}

function toRoot(root: string, absolute: string): string {
  const path = relative(root, absolute).split(sep).join('/');
  return path === '' ? '.' : path;
}

/**
 * The repository files the `trace` build step reads, keyed by repository-relative path: the
 * config, the lock, the test sources and the results files (those that exist). For `tmad build`.
 * @param env The command environment (its working directory is the repository root).
 * @returns The files' bytes.
 */
export async function readTraceProjectFiles(env: CommandEnv): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  const configPath = env.resolve(CONFIG_FILE);
  if (!existsSync(configPath)) return files;
  const configText = await readText(configPath, CONFIG_FILE);
  files.set(CONFIG_FILE, new TextEncoder().encode(configText));
  const configRead = readTraceConfig(configText);
  if ('reason' in configRead) return files;
  const { config } = configRead;
  const add = async (path: string) => {
    if (existsSync(env.resolve(path)) && statSync(env.resolve(path)).isFile()) files.set(path, new TextEncoder().encode(await readText(env.resolve(path), path)));
  };
  await add(config.lock);
  for (const path of config.results) await add(path);
  for (const sourceRoot of config.src.map(normaliseRoot)) {
    const absolute = env.resolve(sourceRoot || '.');
    if (!existsSync(absolute)) continue;
    const paths = statSync(absolute).isDirectory() ? (await listFiles(absolute)).map((path) => (sourceRoot ? `${sourceRoot}/${path}` : path)) : [sourceRoot];
    for (const path of paths) if (isTraceSource(path, [sourceRoot], config.ignore)) await add(path);
  }
  return files;
}
