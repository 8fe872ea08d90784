/** Loading the trace fixtures (test/fixtures/trace). */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Document } from '../../src/model/document.js';
import { parseDocument } from '../../src/parse/parse-document.js';
import type { SourceFile } from '../../src/trace/scan/scan-sources.js';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const FIXTURES = 'test/fixtures/trace';

export function fixtureDocument(version: '1.0' | '1.1'): Document {
  const path = `${FIXTURES}/docs/${version}.md`;
  return parseDocument(readFileSync(`${REPO}${path}`, 'utf8'), path).document;
}

export function fixtureSources(languages: readonly string[] = ['ts', 'python', 'java', 'go', 'csharp']): SourceFile[] {
  return languages.flatMap((language) =>
    readdirSync(`${REPO}${FIXTURES}/src/${language}`).map((name) => {
      const path = `${FIXTURES}/src/${language}/${name}`;
      return { path, text: readFileSync(`${REPO}${path}`, 'utf8') };
    }),
  );
}

export function fixtureResults(name: string): { path: string; text: string } {
  const path = `${FIXTURES}/results/${name}`;
  return { path, text: readFileSync(`${REPO}${path}`, 'utf8') };
}
