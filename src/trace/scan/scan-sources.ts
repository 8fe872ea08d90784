/**
 * Scanning a source tree for links: every check that declares a clause address.
 * @module
 */
import { assertNever } from '../../model/assert-never.js';
import type { Link, SourceLanguage } from '../types.js';
import { linksOfCheck, type FoundCheck } from './declarations.js';
import { scanGo } from './scan-go.js';
import { scanJavaLike } from './scan-java-like.js';
import { scanPython } from './scan-python.js';
import { scanTypeScript } from './scan-typescript.js';

/** A source file to scan: repository-relative path and text. */
export interface SourceFile {
  /** Path relative to the repository root, `/` separators. */
  path: string;
  /** Its text. */
  text: string;
}

const EXTENSIONS: ReadonlyArray<[RegExp, SourceLanguage]> = [
  [/\.(?:[cm]?[jt]sx?)$/, 'typescript'],
  [/\.py$/, 'python'],
  [/\.(?:java|kt)$/, 'java'],
  [/_test\.go$/, 'go'],
  [/\.cs$/, 'csharp'],
];

/**
 * The language of a source file, from its name (`.ts`/`.js`/..., `.py`, `.java`, `_test.go`, `.cs`).
 * @param path File path.
 * @returns The language, or `undefined` for a file the scanner does not read.
 */
export function languageOf(path: string): SourceLanguage | undefined {
  return EXTENSIONS.find(([pattern]) => pattern.test(path))?.[1];
}

/**
 * The checks of one file, by its language.
 * @param file The file.
 * @param language Its language.
 * @returns Its checks.
 */
export function scanChecks(file: SourceFile, language: SourceLanguage): FoundCheck[] {
  switch (language) {
    case 'typescript':
      return scanTypeScript(file.text, file.path);
    case 'python':
      return scanPython(file.text, file.path);
    case 'java':
    case 'csharp':
      return scanJavaLike(file.text, file.path, language);
    case 'go':
      return scanGo(file.text, file.path);
    default:
      return assertNever(language);
  }
}

/**
 * Every link declared in a set of source files, in file then line order. Files in languages the
 * scanner does not know, and files that never mention the document key, are skipped.
 * @param files The files (any order).
 * @param documentKey The document key, e.g. `TMAD`.
 * @returns The links.
 */
export function scanLinks(files: readonly SourceFile[], documentKey: string): Link[] {
  const links: Link[] = [];
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const file of sorted) {
    const language = languageOf(file.path);
    if (!language || !file.text.includes(documentKey)) continue;
    for (const check of scanChecks(file, language)) links.push(...linksOfCheck(check, file.path, language, documentKey));
  }
  return links;
}
