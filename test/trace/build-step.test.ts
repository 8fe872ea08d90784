import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { traceMatrix } from '../../src/build/steps/trace-matrix.js';
import { lintDocument } from '../../src/lint/lint-document.js';
import { parseDocument } from '../../src/parse/parse-document.js';
import { REPO } from './helpers.js';

const bytes = (path: string) => new Uint8Array(readFileSync(join(REPO, path)));

function context(withResults: boolean) {
  const versions = ['8.0', '8.1'].map((version) => {
    const path = `tmad/${version}.md`;
    const { document, file } = parseDocument(readFileSync(join(REPO, 'documents', path), 'utf8'), `documents/${path}`);
    return { path, document: lintDocument(document, file) };
  });
  const project = new Map<string, Uint8Array>([
    ['tmad.config.json', bytes('tmad.config.json')],
    ['tmad-trace.lock.json', bytes('tmad-trace.lock.json')],
    ...['dormant', 'authorisation'].map((name): [string, Uint8Array] => [`test/conformance/${name}.test.ts`, bytes(`test/conformance/${name}.test.ts`)]),
  ]);
  if (withResults) project.set('out/conformance/junit.xml', new TextEncoder().encode('<testsuites><testsuite name="s" tests="1"><testcase classname="test/conformance/dormant.test.ts" name="Dormant Migration &gt; TMAD 4.21 an installation with only Dormant Meters is Migrated without any Migration Authorisation"/></testsuite></testsuites>'));
  return { files: new Map(), templates: new Map(), versions, project };
}

describe('build step: traceability matrix', () => {
  it('writes md and html for the configured version, from the project files, deterministically', () => {
    const result = traceMatrix(context(true));
    expect(result.outputs.map((output) => output.path)).toEqual(['trace/tmad-8.1-matrix.md', 'trace/tmad-8.1-matrix.html']);
    const md = String(result.outputs[0]?.content);
    expect(md).toMatch(/\| TMAD 4\.21 \| conformant \|/);
    expect(md).toMatch(/\| TMAD 4\.24 \| unverified \|/);
    expect(result.diagnostics).toEqual([]);
    expect(traceMatrix(context(true)).outputs).toEqual(result.outputs);
  });

  it('without results, builds the matrix anyway and says so', () => {
    const result = traceMatrix(context(false));
    expect(String(result.outputs[0]?.content)).toContain('No test results were given');
    expect(result.diagnostics[0]?.severity).toBe('info');
  });

  it('does nothing without a trace config', () => {
    expect(traceMatrix({ ...context(false), project: new Map() })).toEqual({ outputs: [], diagnostics: [] });
  });
});
