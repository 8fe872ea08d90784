/**
 * The file system, for the CLI only: reading inputs with clear errors, writing outputs atomically.
 * @module
 */
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';
import { decodeUtf8 } from '../read/decode-text.js';
import { inputError, type ExitError } from './errors.js';

/** Largest text input accepted (bytes). A whole Smart Energy Code is about 10 MB. */
export const MAX_TEXT_BYTES = 256 * 1024 * 1024;

/**
 * Read a file's bytes, turning every failure into an exit-code-3 error naming the file.
 * @param path The file.
 * @param shown The name to use in messages (as the user typed it).
 * @returns Its bytes.
 */
export async function readBytes(path: string, shown = path): Promise<Uint8Array> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    throw inputError(shown, describe(error));
  }
  if (info.isDirectory()) throw inputError(shown, 'is a directory, expected a file');
  if (!info.isFile()) throw inputError(shown, 'is not a regular file');
  if (info.size > MAX_TEXT_BYTES) throw inputError(shown, `is ${info.size} bytes, more than the ${MAX_TEXT_BYTES}-byte limit`);
  try {
    return await readFile(path);
  } catch (error) {
    throw inputError(shown, describe(error));
  }
}

/**
 * Read a text file: it must be UTF-8 and not binary (no NUL bytes). A BOM is kept (the parser drops it).
 * @param path The file.
 * @param shown The name to use in messages.
 * @returns Its text.
 */
export async function readText(path: string, shown = path): Promise<string> {
  return decodeText(shown, await readBytes(path, shown));
}

/**
 * Decode bytes as UTF-8 text, rejecting binary content and invalid UTF-8 with exit code 3.
 * @param path The file, for the message.
 * @param bytes Its bytes.
 * @returns The text.
 */
export function decodeText(path: string, bytes: Uint8Array): string {
  const decoded = decodeUtf8(bytes);
  if ('reason' in decoded) throw inputError(path, decoded.reason);
  return decoded.text;
}

function describe(error: unknown): string {
  const code = (error as { code?: string }).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory, expected a file';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/** A file to write: path and content. */
export interface OutputFile {
  /** Where to write it. */
  path: string;
  /** Its content. */
  content: string | Uint8Array;
}

/** The longest file name (one path component) most file systems accept, in bytes. */
const MAX_NAME_BYTES = 255;

/**
 * Write files atomically as a set: every file goes to a temporary name beside its target first,
 * and only when all are written are they renamed into place. Before anything is written, every
 * target is checked (its name not too long, not a directory), so that a set that cannot be written
 * changes nothing; on failure the temporary files, and the directories made for them, are removed
 * and no target is touched. Failures are exit-code-3 errors naming the file, never a stack trace.
 * @param files The files.
 */
export async function writeFilesAtomic(files: readonly OutputFile[]): Promise<void> {
  for (const file of files) await checkTarget(file.path);
  await removeStaleTemporaries(new Set(files.map((file) => dirname(file.path))));
  const temporary: Array<{ temp: string; path: string }> = [];
  const created: string[] = [];
  let current = files[0]?.path ?? '';
  try {
    for (const [index, file] of files.entries()) {
      current = file.path;
      const made = await mkdir(dirname(file.path), { recursive: true });
      if (made !== undefined) created.push(made);
      const temp = join(dirname(file.path), `.${index}.${process.pid}.tmad-tmp`);
      temporary.push({ temp, path: file.path });
      await writeFile(temp, file.content);
    }
  } catch (error) {
    await Promise.all(temporary.map(({ temp }) => rm(temp, { force: true })));
    for (const dir of created.reverse()) await rm(dir, { recursive: true, force: true });
    throw outputError(current, error);
  }
  for (const [index, { temp, path }] of temporary.entries()) {
    try {
      await rename(temp, path);
    } catch (error) {
      await Promise.all(temporary.slice(index).map((left) => rm(left.temp, { force: true })));
      throw outputError(path, error);
    }
  }
}

/** The temporary files this writer makes: `.<index>.<pid>.tmad-tmp`. */
const TEMPORARY = /^\.\d+\.\d+\.tmad-tmp$/;

/**
 * Remove temporary files a killed earlier run left in the folders about to be written (a run
 * killed between writing and renaming leaves them; nothing else makes such names).
 */
async function removeStaleTemporaries(dirs: ReadonlySet<string>): Promise<void> {
  for (const dir of dirs) {
    let names: string[];
    try {
      names = await readdir(dir);
    } catch {
      continue; // not there yet
    }
    for (const name of names) if (TEMPORARY.test(name)) await rm(join(dir, name), { force: true });
  }
}

/** A target that cannot be written, found before anything is: a name too long, a directory in the way. */
async function checkTarget(path: string): Promise<void> {
  const name = basename(path);
  const bytes = Buffer.byteLength(name);
  if (bytes > MAX_NAME_BYTES) throw inputError(shorten(path), `cannot be written: its name is ${bytes} bytes, more than the ${MAX_NAME_BYTES} a file name may have`);
  let info;
  try {
    info = await stat(path);
  } catch {
    return; // absent (or its folder is): found out when writing
  }
  if (info.isDirectory()) throw inputError(path, 'cannot be written: it is a directory, expected a file or nothing');
}

function outputError(path: string, error: unknown): ExitError {
  const code = (error as { code?: string }).code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return inputError(shorten(path), 'cannot be written: permission denied');
    case 'ENOTDIR':
    case 'EEXIST':
      return inputError(shorten(path), 'cannot be written: a file is in the way where a directory is needed');
    case 'EISDIR':
      return inputError(shorten(path), 'cannot be written: it is a directory, expected a file or nothing');
    case 'ENAMETOOLONG':
      return inputError(shorten(path), 'cannot be written: the path is too long');
    case 'ENOSPC':
      return inputError(shorten(path), 'cannot be written: no space left on the device');
    default:
      return inputError(shorten(path), `cannot be written (${error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)})`);
  }
}

/** A path for a one-line message: long names cut in the middle. */
function shorten(path: string): string {
  return path.length > 160 ? `${path.slice(0, 100)}...${path.slice(-50)}` : path;
}

/**
 * Every file under a directory, as paths relative to it with `/` separators, sorted.
 * @param root The directory.
 * @returns Relative paths; empty when the directory does not exist.
 */
export async function listFiles(root: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(root, { recursive: true, withFileTypes: true });
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return [];
    throw inputError(root, describe(error));
  }
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}
