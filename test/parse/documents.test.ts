/**
 * The repository's own documents parse with zero lint errors and carry what later stages need.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintDocument } from '../../src/lint/lint-document.js';
import { parseDocument } from '../../src/parse/parse-document.js';

const root = join(import.meta.dirname, '../../documents/tmad');
const versions = readdirSync(root).filter((name) => name.endsWith('.md')).sort();

function load(name: string) {
  const { document, file } = parseDocument(readFileSync(join(root, name), 'utf8'), `documents/tmad/${name}`);
  return lintDocument(document, file);
}

describe('documents/tmad', () => {
  it('has the four versions', () => {
    expect(versions).toEqual(['7.1.md', '7.2.md', '8.0.md', '8.1.md']);
  });
  for (const name of versions) {
    it(`${name}: no lint findings, realistic size`, () => {
      const document = load(name);
      expect(document.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
      expect(document.clauses.length).toBeGreaterThanOrEqual(60);
      expect(document.sections.filter((s) => s.number !== null).length).toBeGreaterThanOrEqual(5);
      expect(document.definitions.length).toBeGreaterThanOrEqual(20);
      const blocks = document.clauses.flatMap((c) => c.blocks);
      expect(blocks.filter((b) => b.kind === 'table' && !b.definitions).length).toBeGreaterThanOrEqual(3);
      expect(blocks.some((b) => b.kind === 'subparagraph' && b.level === 2)).toBe(true);
      expect(document.clauses.some((c) => c.refs.length > 0)).toBe(true);
      expect(document.meta.document).toBe('TMAD');
      expect(document.meta.version).toBe(name.replace(/\.md$/, ''));
    });
  }

  it('8.1 has the FOCb clauses 4.24, 4.24A and 4.44B with their refs and terms', () => {
    const document = load('8.1.md');
    const byId = new Map(document.clauses.map((c) => [c.id, c]));
    for (const id of ['4.24', '4.24A', '4.44B']) {
      const clause = byId.get(id);
      expect(clause?.normative).toBe(true);
      expect(clause?.terms).toContain('Half-Hourly Data Switch');
    }
    expect(byId.get('4.24')?.refs).toContain('4.24A');
    expect(byId.get('4.44B')?.terms).toEqual(expect.arrayContaining(['Active Supplier', 'Mixed Meter', 'Active Meter']));
    expect(load('8.0.md').clauses.map((c) => c.id)).not.toContain('4.44B');
  });

  it('a renumbered clause keeps its fingerprint across versions (7.1 6.5 = 7.2 6.4)', () => {
    const old = load('7.1.md').clauses.find((c) => c.id === '6.5');
    const renumbered = load('7.2.md').clauses.find((c) => c.id === '6.4');
    expect(old?.fingerprint).toBeDefined();
    expect(renumbered?.fingerprint).toBe(old?.fingerprint);
  });
});
