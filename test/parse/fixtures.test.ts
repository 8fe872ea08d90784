/**
 * Fixture tests: every convention and every lint rule. Each `test/fixtures/parse/<case>/input.md`
 * is parsed and linted; the projection must equal `expected.json`. Regenerate after a deliberate
 * change with `UPDATE_FIXTURES=1 npx vitest run test/parse/fixtures.test.ts`, then review the diff.
 */
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintDocument } from '../../src/lint/lint-document.js';
import { parseDocument } from '../../src/parse/parse-document.js';
import { project } from '../support/project.js';

const root = join(import.meta.dirname, '../fixtures/parse');
const cases = readdirSync(root).sort();

describe('parse fixtures', () => {
  it('has a fixture for every convention and lint rule', () => {
    expect(cases.length).toBeGreaterThanOrEqual(17);
  });
  for (const name of cases) {
    it(name, () => {
      const input = readFileSync(join(root, name, 'input.md'), 'utf8');
      const { document, file } = parseDocument(input, 'input.md');
      const actual = project(lintDocument(document, file));
      const expectedPath = join(root, name, 'expected.json');
      if (process.env.UPDATE_FIXTURES) writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
      expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
    });
  }
});
