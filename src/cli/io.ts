/**
 * The file system, for the CLI only: reading inputs with clear errors, writing outputs atomically.
 * @module
 */
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { decodeUtf8 } from '../read/decode-text.js';
import { inputError } from './errors.js';

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

/**
 * Write files atomically as a set: every file goes to a temporary name beside its target first,
 * and only when all are written are they renamed into place. On failure the temporary files are
 * removed and no target is touched.
 * @param files The files.
 */
export async function writeFilesAtomic(files: readonly OutputFile[]): Promise<void> {
  const temporary: Array<{ temp: string; path: string }> = [];
  try {
    for (const [index, file] of files.entries()) {
      await mkdir(dirname(file.path), { recursive: true });
      const temp = join(dirname(file.path), `.${index}.${process.pid}.tmad-tmp`);
      temporary.push({ temp, path: file.path });
      await writeFile(temp, file.content);
    }
  } catch (error) {
    await Promise.all(temporary.map(({ temp }) => rm(temp, { force: true })));
    throw error;
  }
  for (const { temp, path } of temporary) await rename(temp, path);
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
