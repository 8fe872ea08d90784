/**
 * The public API of the package (what `import ... from 'tmad'` gives).
 */
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';

describe('public API', () => {
  it('exports the parser, lint, model helpers and build', () => {
    for (const name of [
      'parseDocument',
      'remarkTmad',
      'mdastToDocument',
      'lintDocument',
      'lintRules',
      'reportText',
      'compareClauseIds',
      'fingerprint',
      'normaliseText',
      'clauseAddress',
      'build',
      'documentToJson',
      'DOCUMENT_SCHEMA_VERSION',
    ]) {
      expect(api, name).toHaveProperty(name);
    }
  });
  it('parses and lints through the exports alone', () => {
    const { document, file } = api.parseDocument('---\ndocument: TMAD\nversion: "1"\ndate: 2020-01-01\n---\n## 4 M\n\n**4.1** The DCC shall act under Clause 4.2.\n', 'a.md');
    const linted = api.lintDocument(document, file);
    expect(linted.schemaVersion).toBe(api.DOCUMENT_SCHEMA_VERSION);
    expect(linted.diagnostics.map((d) => d.ruleId)).toEqual(['broken-cross-reference']);
    expect(api.reportText(linted.diagnostics)).toMatch(/^a\.md:8:33-8:43: error Unexpected reference to clause `4\.2`/);
  });
  it('lint rules are a plain registry with unique ids', () => {
    const ids = api.lintRules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['duplicate-clause-id', 'clause-order', 'broken-cross-reference', 'undefined-term', 'empty-clause', 'missing-metadata']));
  });
});
