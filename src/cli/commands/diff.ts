/**
 * `tmad diff <old.md> <new.md>`: the delta between two versions, as JSON on stdout or as redlines
 * (Word with tracked changes, HTML, Markdown, JSON) in a directory. With more than two versions (or
 * `--chain DIR`), each consecutive delta and the cumulative one, first -> last.
 * @module
 */
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import type { CommandEnv, RegisterCommand } from '../command.js';
import { inputError, usageError } from '../errors.js';
import { formatList } from '../formats.js';
import { readText, writeFilesAtomic } from '../io.js';
import { readDocument } from '../read-document.js';
import { computeChain } from '../../delta/compute-chain.js';
import { computeDelta } from '../../delta/compute-delta.js';
import { orderVersions } from '../../delta/order-versions.js';
import { readCompareConfig, readGranularity, readIgnore, readMoveThreshold } from '../../delta/profile-config.js';
import type { ComparisonProfile, Delta, DeltaChain } from '../../model/delta.js';
import type { Document } from '../../model/document.js';
import { compactDelta, renderDeltaJson } from '../../render/delta-json.js';
import { DELTA_FORMATS, renderCleanFile, renderDeltaFiles, type DeltaFormat } from '../../render/delta-files.js';

/** The config file read for the `compare` profile (in the working directory). */
const CONFIG_FILE = 'tmad.config.json';

/** Formats written as bytes, never to a terminal. */
const BINARY_FORMATS: readonly DeltaFormat[] = ['docx'];

/** The options of a comparison profile on the command line. */
export interface ProfileOptions {
  /** `--ignore editorial,case`. */
  ignore?: string;
  /** `--granularity word|character`. */
  granularity?: string;
  /** `--move-threshold 0.8`. */
  moveThreshold?: string;
}

/**
 * The comparison profile: the `compare` key of `tmad.config.json` in the working directory (if any), then the
 * command-line options over it. Untrusted input is checked here, each problem one line naming the key.
 * @param env The command's environment.
 * @param options The options given.
 * @returns The profile (keys not given are filled in by the delta's defaults).
 */
export async function readProfile(env: CommandEnv, options: ProfileOptions): Promise<Partial<ComparisonProfile>> {
  const path = env.resolve(CONFIG_FILE);
  let json: unknown;
  if (existsSync(path)) {
    const text = await readText(path, CONFIG_FILE);
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw inputError(CONFIG_FILE, `is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  const read = readCompareConfig(json);
  if (!read.ok) throw inputError(CONFIG_FILE, read.reason);
  const profile = { ...read.profile };
  if (options.ignore !== undefined) {
    const ignore = readIgnore(options.ignore, '--ignore');
    if (typeof ignore === 'string') throw usageError(ignore);
    profile.ignore = ignore;
  }
  if (options.granularity !== undefined) {
    const granularity = readGranularity(options.granularity, '--granularity');
    if (typeof granularity !== 'string') throw usageError(granularity.reason);
    profile.granularity = granularity;
  }
  if (options.moveThreshold !== undefined) {
    const threshold = readMoveThreshold(options.moveThreshold, '--move-threshold');
    if (typeof threshold === 'string') throw usageError(threshold);
    profile.moveThreshold = threshold;
  }
  return profile;
}

/**
 * The versions of a chain: the files given, in the order given, or every `*.md` of a directory ordered by their
 * `previous` links (falling back to version order).
 * @param env The command's environment.
 * @param files Files given on the command line.
 * @param chainDir `--chain DIR`, when given.
 * @returns The versions, oldest first.
 */
export async function readVersions(env: CommandEnv, files: readonly string[], chainDir: string | undefined): Promise<Document[]> {
  if (chainDir === undefined) return Promise.all(files.map((file) => readDocument(env.resolve(file), file, { lint: false })));
  if (files.length > 0) throw usageError(`Unexpected files with --chain (${files.join(', ')}), expected either --chain DIR or the versions in order`);
  const dir = chainDir.replace(/\/+$/, '') || '.';
  let names: string[];
  try {
    names = (await readdir(env.resolve(dir), { withFileTypes: true })).filter((entry) => entry.isFile() && entry.name.endsWith('.md')).map((entry) => entry.name).sort();
  } catch {
    throw inputError(dir, 'is not a readable directory, expected a directory of versions (<version>.md)');
  }
  if (names.length === 0) throw inputError(dir, 'holds no .md file, expected the versions of a document');
  const documents = await Promise.all(names.map((name) => readDocument(env.resolve(`${dir}/${name}`), `${dir}/${name}`, { lint: false })));
  return orderVersions(documents);
}

/**
 * The JSON form of a chain: the versions, each step and the cumulative delta, each delta in its compact form.
 * @param chain The chain.
 * @returns JSON text with a final newline.
 */
export function renderChainJson(chain: DeltaChain): string {
  return `${JSON.stringify({ versions: chain.versions, steps: chain.steps.map(compactDelta), cumulative: compactDelta(chain.cumulative) }, null, 2)}\n`;
}

function statsText(delta: Delta): string {
  const s = delta.stats;
  return `${s.amended} amended, ${s.inserted} inserted, ${s.deleted} deleted, ${s.renumbered} renumbered, ${s.moved} moved, ${s.split} split, ${s.merged} merged; ${s.substantive} substantive, ${s.consequential} consequential, ${s.editorial} editorial${s.ignored > 0 ? `, ${s.ignored} ignored` : ''}; ${s.outside} outside clauses`;
}

/** Register `tmad diff`. */
export const registerDiff: RegisterCommand = (program, env) => {
  program
    .command('diff')
    .description('Compare versions clause by clause: renumbering, moves, splits and merges are recognised, words are diffed only inside matched clauses; each change is substantive, consequential or editorial, with its reason.')
    .argument('[versions...]', 'Markdown files of the versions, oldest first: two for one delta, more for a chain, e.g. documents/tmad/7.1.md documents/tmad/7.2.md')
    .option('-o, --out <dir>', 'write <new>-delta-vs-<old>.<ext> files here (without it: the JSON delta on stdout)')
    .option('-f, --format <formats>', `comma-separated, any of ${DELTA_FORMATS.join(',')} (default: all with --out, json without)`)
    .option('--chain <dir>', 'every <version>.md in this directory, ordered by their `previous` links: each consecutive delta and the cumulative one')
    .option('--ignore <kinds>', 'changes not shown as changes: editorial,case,numbering-only,table-formatting (default: compare.ignore in tmad.config.json, else none)')
    .option('--granularity <unit>', 'word or character diffs (default: compare.granularity, else word)')
    .option('--move-threshold <similarity>', 'similarity 0-1 above which a clause found elsewhere is the same clause moved (default: compare.moveThreshold, else 0.5)')
    .option('--clean', 'also write a clean Word copy of the new version, <new>.docx (with --out)')
    .option('--full-json', 'JSON on stdout with the blocks of unchanged clauses too (default: compact, schema in src/model/delta-schema.md)')
    .addHelpText(
      'after',
      `
The Word redline uses real tracked changes (author from the new version's "author", else DCC; date
from its "date"): Accept All gives the new version, Reject All the old one. The JSON schema is in
src/model/delta-schema.md. A "compare" key in tmad.config.json sets the profile
({ "ignore": ["editorial"], "granularity": "word", "moveThreshold": 0.5 }); options override it.

Examples:
  $ tmad diff documents/tmad/7.1.md documents/tmad/7.2.md --out out/
  wrote out/7.2-delta-vs-7.1.docx, .html, .md, .json: 10 amended, 1 inserted, 1 deleted, 10 renumbered, ...
  $ tmad diff documents/tmad/7.1.md documents/tmad/7.2.md --format html,md --out out/ --clean
  $ tmad diff documents/tmad/7.1.md documents/tmad/7.2.md | jq '.idMap["6.4"]'
  [ "6.3" ]
  $ tmad diff documents/tmad/7.1.md documents/tmad/7.2.md --ignore editorial --granularity character
  $ tmad diff --chain documents/tmad --out out/     # 7.2 vs 7.1, 8.0 vs 7.2, 8.1 vs 8.0 and 8.1 vs 7.1
  $ tmad diff --chain documents/tmad | jq '.cumulative.idMap["6.4"]'
`,
    )
    .action(async (files: string[], options: ProfileOptions & { out?: string; format?: string; chain?: string; clean?: boolean; fullJson?: boolean }) => {
      if (options.chain === undefined && files.length < 2) {
        throw usageError(`Unexpected ${files.length === 0 ? 'no version' : 'one version'}, expected two (old new), several in order, or --chain DIR`);
      }
      const formats = options.format !== undefined ? formatList(options.format, DELTA_FORMATS) : options.out ? [...DELTA_FORMATS] : (['json'] as DeltaFormat[]);
      if (!options.out) {
        const binary = formats.find((format) => BINARY_FORMATS.includes(format));
        if (binary) throw usageError(`Unexpected --format ${binary} without --out: a .${binary} file is not written to the terminal; add --out DIR`);
        if (formats.length > 1) throw usageError(`Unexpected several formats (${formats.join(', ')}) without --out; add --out DIR, or give one of json, md, html`);
        if (options.clean) throw usageError('Unexpected --clean without --out; add --out DIR');
      }
      const profile = await readProfile(env, options);
      const documents = await readVersions(env, files, options.chain);
      const chainMode = options.chain !== undefined || documents.length > 2;
      const [oldDoc, newDoc] = documents;
      if (!chainMode && oldDoc && newDoc) {
        const delta = computeDelta(oldDoc, newDoc, profile);
        if (!options.out) {
          if (formats[0] === 'json') env.stdout(renderDeltaJson(delta, { full: options.fullJson === true }));
          else for (const file of await renderDeltaFiles(delta, formats)) env.stdout(typeof file.content === 'string' ? file.content : '');
          return;
        }
        const dir = options.out.replace(/\/+$/, '') || '.';
        const written = await renderDeltaFiles(delta, formats);
        if (options.clean) written.push(await renderCleanFile(newDoc));
        await writeFilesAtomic(written.map((file) => ({ path: env.resolve(`${dir}/${file.name}`), content: file.content })));
        env.stderr(`tmad diff: wrote ${written.map((file) => `${dir}/${file.name}`).join(', ')}\n  ${statsText(delta)}\n`);
        return;
      }
      if (documents.length < 2) throw usageError(`Unexpected ${documents.length} version in ${options.chain ?? 'the chain'}, expected at least two`);
      const chain = computeChain(documents, profile);
      if (!options.out) {
        if (formats[0] !== 'json') throw usageError(`Unexpected --format ${formats[0] ?? ''} for a chain without --out; add --out DIR (a chain prints only JSON)`);
        env.stdout(renderChainJson(chain));
        return;
      }
      const dir = options.out.replace(/\/+$/, '') || '.';
      const deltas = chain.steps.length > 1 ? [...chain.steps, chain.cumulative] : chain.steps;
      const written = (await Promise.all(deltas.map((delta) => renderDeltaFiles(delta, formats)))).flat();
      const last = documents[documents.length - 1];
      if (options.clean && last) written.push(await renderCleanFile(last));
      await writeFilesAtomic(written.map((file) => ({ path: env.resolve(`${dir}/${file.name}`), content: file.content })));
      const lines = deltas.map((delta, index) => `  ${delta.new.meta.version ?? delta.new.file} vs ${delta.old.meta.version ?? delta.old.file}${index === chain.steps.length ? ' (cumulative)' : ''}: ${statsText(delta)}`);
      env.stderr(`tmad diff: wrote ${written.length} files in ${dir}/\n${lines.join('\n')}\n`);
    });
};
