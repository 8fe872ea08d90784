/**
 * The repository built in memory (every step, every document and consultation), for tests of what the
 * build publishes.
 * @module
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type BuildResult } from '../../src/build/build.js';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Every file under a folder of the repository, keyed relative to it.
 * @param folder `documents` or `templates`.
 * @returns The files.
 */
export function tree(folder: string): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  const base = join(ROOT, folder);
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(base, path).split('\\').join('/'), new Uint8Array(readFileSync(path)));
    }
  };
  walk(base);
  return files;
}

/**
 * Build the repository's documents (no test results, no PDFs).
 * @param options `pdf: true` when the caller converts the Word files (the site links the PDFs).
 * @returns The build result.
 */
export function buildRepository(options: { pdf?: boolean } = {}): Promise<BuildResult> {
  const project = new Map<string, Uint8Array>(['tmad.config.json', 'tmad-trace.lock.json'].map((path): [string, Uint8Array] => [path, new Uint8Array(readFileSync(join(ROOT, path)))]));
  for (const name of readdirSync(join(ROOT, 'test/conformance'))) project.set(`test/conformance/${name}`, new Uint8Array(readFileSync(join(ROOT, 'test/conformance', name))));
  return build({ files: tree('documents'), templates: tree('templates'), project, pdf: options.pdf === true });
}
