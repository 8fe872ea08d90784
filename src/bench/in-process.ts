/**
 * The in-process half of the benchmark, run by the harness as a child process (so its peak memory
 * is its own): `node in-process.js <old.md> <new.md> <repeat> <result.json>`. It times each stage
 * on the pair (the median of `repeat` runs): parse, lint, delta, each renderer, and `build` end to
 * end over a documents tree holding the two versions; then writes the timings as JSON.
 * @module
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { VFile } from 'vfile';
import { build } from '../build/build.js';
import { computeDelta } from '../delta/compute-delta.js';
import { lintDocument } from '../lint/lint-document.js';
import { parseDocument } from '../parse/parse-document.js';
import { renderDeltaHtml } from '../render/delta-html.js';
import { renderDeltaJson } from '../render/delta-json.js';
import { renderDeltaMarkdown } from '../render/delta-md.js';
import { renderDocxRedline } from '../render/docx/index.js';
import { median } from './measure.js';
import type { InProcessResult, StageName } from './bench-result.js';

const [oldPath = '', newPath = '', repeatText = '1', resultPath = ''] = process.argv.slice(2);
const repeat = Math.max(1, Number.parseInt(repeatText, 10) || 1);
const oldText = readFileSync(oldPath, 'utf8');
const newText = readFileSync(newPath, 'utf8');
const stages: Partial<Record<StageName, number>> = {};
const sizes: Record<string, number> = {};

async function stage<T>(name: StageName, run: () => T | Promise<T>): Promise<T> {
  const times: number[] = [];
  let value: T | undefined;
  for (let index = 0; index < repeat; index++) {
    const started = performance.now();
    value = await run();
    times.push(performance.now() - started);
  }
  stages[name] = median(times);
  return value as T;
}

const parsed = await stage('parse', () => [parseDocument(oldText, oldPath), parseDocument(newText, newPath)] as const);
const [oldDoc, newDoc] = await stage('lint', () => parsed.map(({ document, file }) => lintDocument(document, freshFile(file))));
if (!oldDoc || !newDoc) throw new Error('parse failed');
const delta = await stage('delta', () => computeDelta(oldDoc, newDoc));
sizes.json = (await stage('json', () => renderDeltaJson(delta))).length;
sizes.md = (await stage('md', () => renderDeltaMarkdown(delta))).length;
sizes.html = (await stage('html', () => renderDeltaHtml(delta))).length;
sizes.docx = (await stage('docx', () => renderDocxRedline(delta))).length;
const key = 'syn';
const files = new Map([
  [`${key}/${basename(oldPath)}`, new TextEncoder().encode(oldText)],
  [`${key}/${basename(newPath)}`, new TextEncoder().encode(newText)],
]);
const built = await stage('build', () => build({ files }));

const result: InProcessResult = {
  stages,
  outputBytes: sizes,
  buildOutputs: built.outputs.length,
  buildErrors: built.diagnostics.filter((d) => d.severity === 'error').length,
  clauses: { old: oldDoc.clauses.length, new: newDoc.clauses.length },
  lintErrors: [...oldDoc.diagnostics, ...newDoc.diagnostics].filter((d) => d.severity === 'error').length,
  changes: delta.changes.length,
  stats: { ...delta.stats },
};
writeFileSync(resultPath, `${JSON.stringify(result, null, 2)}\n`);

/** Lint adds its messages to the file: each run starts again from a copy holding the parser's messages. */
function freshFile(file: VFile): VFile {
  const copy = new VFile({ value: file.value, path: file.path });
  copy.messages.push(...file.messages);
  return copy;
}
