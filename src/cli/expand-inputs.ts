/**
 * Command-line file arguments: a file as it is, a folder as the versions in it, a glob
 * (`documents/tmad/*.md`, `docs/**\/*.docx`) as the files it matches, sorted. Node 20 has no
 * `fs.glob`; this small expander covers `*`, `?`, `**` and `[...]`. A folder or glob that
 * matches nothing is an input error (exit 3), never "0 files: no problems".
 * @module
 */
import { stat } from 'node:fs/promises';
import { inputError } from './errors.js';
import { listFiles } from './io.js';

/** Extensions of the files a folder gives by default: versions in any readable format. */
export const VERSION_EXTENSIONS = ['.md', '.docx', '.pdf'] as const;

/**
 * Expand file arguments.
 * @param args The arguments as typed.
 * @param resolve Resolves a typed path against the working directory.
 * @param extensions What a folder gives (default: versions).
 * @returns The files, as paths to show (typed folders and globs joined with the relative paths found).
 */
export async function expandInputs(args: readonly string[], resolve: (path: string) => string, extensions: readonly string[] = VERSION_EXTENSIONS): Promise<string[]> {
  const files: string[] = [];
  for (const arg of args) {
    if (/[*?[]/.test(arg)) {
      const matches = await expandGlob(arg, resolve);
      if (matches.length === 0) throw inputError(arg, 'matches no file, expected a glob such as documents/tmad/*.md');
      files.push(...matches);
      continue;
    }
    const info = await stat(resolve(arg)).catch(() => undefined);
    if (info?.isDirectory()) {
      const base = arg.replace(/\/+$/, '');
      const found = (await listFiles(resolve(arg))).filter((path) => extensions.some((ext) => path.toLowerCase().endsWith(ext)));
      if (found.length === 0) throw inputError(arg, `is a folder with no ${extensions.join(', ')} file, expected versions in it`);
      files.push(...found.map((path) => `${base}/${path}`));
      continue;
    }
    files.push(arg);
  }
  return files;
}

/** The files a glob matches, walking from its fixed leading folders. */
async function expandGlob(pattern: string, resolve: (path: string) => string): Promise<string[]> {
  const parts = pattern.split('/');
  const fixed: string[] = [];
  while (parts.length > 1 && !/[*?[]/.test(parts[0] ?? '')) fixed.push(parts.shift() ?? '');
  const base = fixed.join('/');
  const info = await stat(resolve(base === '' ? '.' : base)).catch(() => undefined);
  if (!info?.isDirectory()) return [];
  const matcher = globRegExp(parts.join('/'));
  const found = await listFiles(resolve(base === '' ? '.' : base));
  return found.filter((path) => matcher.test(path)).map((path) => (base === '' ? path : `${base}/${path}`));
}

/**
 * A glob as a regular expression over `/`-separated relative paths: `*` and `?` stay within one
 * folder, `**` crosses folders, `[...]` is a character class.
 * @param glob The glob.
 * @returns The expression, anchored.
 */
export function globRegExp(glob: string): RegExp {
  let source = '';
  for (let index = 0; index < glob.length; index++) {
    const char = glob[index] ?? '';
    if (char === '*' && glob[index + 1] === '*') {
      const slash = glob[index + 2] === '/';
      source += slash ? '(?:.*/)?' : '.*';
      index += slash ? 2 : 1;
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else if (char === '[') {
      const close = glob.indexOf(']', index + 1);
      if (close === -1) source += '\\[';
      else {
        source += `[${glob.slice(index + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        index = close;
      }
    } else source += char.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}
