/**
 * The import half of the benchmark, run by the harness as a child process:
 * `node import-formats.js <version.md> <work dir> <repeat> <result.json> <pdf cache dir>`. It reads
 * the Markdown version (the baseline), writes it as our clean .docx and, when LibreOffice is
 * installed, prints that to a text PDF (cached under the cache directory by the .docx's hash, since
 * printing a million words takes minutes), then times reading each back into a `Document` and
 * counts the clauses that come back with the same id and fingerprint as from the Markdown.
 * @module
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { readVersion } from '../read/read-version.js';
import { renderDocxClean } from '../render/docx/index.js';
import type { FormatImport, ImportResult } from './bench-result.js';
import { median } from './measure.js';

const [mdPath = '', workDir = '', repeatText = '1', resultPath = '', cacheDir = ''] = process.argv.slice(2);
const repeat = Math.max(1, Number.parseInt(repeatText, 10) || 1);

const markdown = new Uint8Array(readFileSync(mdPath));
const baseline = await timed(() => readVersion(markdown, basename(mdPath)));
const docxBytes = await renderDocxClean(baseline.value.document);
const docxPath = join(workDir, basename(mdPath).replace(/\.md$/, '.docx'));
writeFileSync(docxPath, docxBytes);

const result: ImportResult = {
  markdownParseMs: baseline.ms,
  clauses: baseline.value.document.clauses.length,
  docx: await importFile(docxBytes, basename(docxPath), 'Word'),
  pdf: await importPdf(),
};
writeFileSync(resultPath, `${JSON.stringify(result, null, 2)}\n`);

async function importPdf(): Promise<FormatImport> {
  const key = createHash('sha256').update(docxBytes).digest('hex').slice(0, 16);
  const cached = join(cacheDir, `${key}.pdf`);
  if (!existsSync(cached)) {
    if (spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status !== 0) return { skipped: 'soffice (LibreOffice) not installed: no PDF to read' };
    const profile = mkdtempSync(join(tmpdir(), 'tmad-bench-lo-'));
    const out = mkdtempSync(join(tmpdir(), 'tmad-bench-pdf-'));
    const started = performance.now();
    const run = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', out, docxPath], { stdio: 'ignore', timeout: 30 * 60_000 });
    const printed = join(out, basename(docxPath).replace(/\.docx$/, '.pdf'));
    if (run.status !== 0 || !existsSync(printed)) return { skipped: `soffice could not print the .docx to PDF (exit ${run.status})` };
    mkdirSync(cacheDir, { recursive: true });
    // Written beside, then renamed: a cache entry is complete or absent.
    copyFileSync(printed, `${cached}.part`);
    renameSync(`${cached}.part`, cached);
    rmSync(profile, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
    process.stderr.write(`import-formats: printed ${basename(docxPath)} to PDF in ${((performance.now() - started) / 1000).toFixed(0)} s (cached as ${cached})\n`);
  }
  const bytes = new Uint8Array(readFileSync(cached));
  return importFile(bytes, basename(docxPath).replace(/\.docx$/, '.pdf'), 'PDF');
}

async function importFile(bytes: Uint8Array, name: string, format: 'Word' | 'PDF'): Promise<FormatImport> {
  let read;
  try {
    read = await timed(() => readVersion(bytes, name));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // The registry's placeholder for a reader this build lacks (the Word reader arrives in its own branch).
    if (/not available in this build/.test(message)) return { skipped: `no ${format} reader in this build` };
    throw error;
  }
  const expected = new Map(baseline.value.document.clauses.map((clause) => [clause.id, clause.fingerprint]));
  const same = read.value.document.clauses.filter((clause) => expected.get(clause.id) === clause.fingerprint).length;
  return { ms: read.ms, bytes: bytes.length, clauses: read.value.document.clauses.length, sameClauses: same };
}

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const times: number[] = [];
  let value: T | undefined;
  for (let index = 0; index < repeat; index++) {
    const started = performance.now();
    value = await run();
    times.push(performance.now() - started);
  }
  if (value === undefined) throw new Error('no run');
  return { ms: median(times), value };
}
