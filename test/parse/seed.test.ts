/**
 * The real consultation (converted from PDF, with HTML fragments and odd tables) parses without
 * crashing, and the parser says what it found and what it could not understand.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintDocument } from '../../src/lint/lint-document.js';
import { parseDocument } from '../../src/parse/parse-document.js';

const seeds = join(import.meta.dirname, '../../../shared/seeds');
let names: string[] = [];
try {
  names = readdirSync(seeds).filter((name) => name.endsWith('.md'));
} catch {
  console.warn(`skipped: no seeds at ${seeds}`);
}

describe.skipIf(names.length === 0)('seed consultation', () => {
  it('parses, finds its sections and reports what it could not use', () => {
    for (const name of names) {
      const { document, file } = parseDocument(readFileSync(join(seeds, name), 'utf8'), name);
      const linted = lintDocument(document, file);
      const numbered = linted.sections.filter((s) => s.number !== null).map((s) => `${s.number} ${s.title}`);
      expect(numbered).toEqual(['1 Introduction and Context', '2 Changes to the TMAD', '3 Next Steps', '4 How to Respond', '5 Attachments']);
      // No front matter: the parser says so rather than guessing.
      expect(linted.diagnostics.map((d) => d.ruleId)).toContain('missing-metadata');
      // Its text is kept: the FOCb question is somewhere in the model.
      const text = JSON.stringify(linted);
      expect(text).toContain('FOCb TMAD Q1');
      console.info(`${name}: ${numbered.length} numbered sections, ${linted.clauses.length} clause-like paragraphs, ${linted.diagnostics.length} diagnostics (${[...new Set(linted.diagnostics.map((d) => d.ruleId))].join(', ')})`);
    }
  });
});
