/**
 * `documentToMarkdown` then reading back gives the same model: clause ids, texts, fingerprints,
 * blocks, definitions and tables, on every repository version, every parse fixture and the
 * corpus texts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/model/document.js';
import { parseDocument } from '../../src/parse/parse-document.js';
import { documentToMarkdown, escapeInline } from '../../src/render/document-markdown.js';

const root = join(import.meta.dirname, '../..');
const fixtures = join(root, 'test/fixtures/parse');
const corpus = join(root, '../shared/corpus/texts');

/** What must survive: everything but positions and diagnostics. */
function model(document: Document) {
  return {
    meta: document.meta,
    title: document.title,
    clauses: document.clauses.map((clause) => ({
      id: clause.id,
      section: clause.section,
      title: clause.title,
      text: clause.text,
      fingerprint: clause.fingerprint,
      refs: clause.refs,
      terms: clause.terms,
      blocks: clause.blocks.map(({ position: _position, ...block }) => block),
    })),
    definitions: document.definitions.map(({ term, meaning, fingerprint }) => ({ term, meaning, fingerprint })),
    sections: document.sections.map(function section(s): unknown {
      return { number: s.number, title: s.title, clauseIds: s.clauseIds, blocks: s.blocks.map(({ position: _position, ...block }) => block), children: s.children.map(section) };
    }),
  };
}

const inputs: Array<[string, string]> = [];
for (const name of readdirSync(join(root, 'documents/tmad')).filter((name) => name.endsWith('.md'))) inputs.push([`documents/tmad/${name}`, join(root, 'documents/tmad', name)]);
for (const name of readdirSync(fixtures).sort()) inputs.push([`fixture ${name}`, join(fixtures, name, 'input.md')]);
if (existsSync(corpus)) for (const name of readdirSync(corpus).sort()) for (const file of ['old.tmad.md', 'new.tmad.md']) if (existsSync(join(corpus, name, file))) inputs.push([`corpus ${name}/${file}`, join(corpus, name, file)]);

describe('import: Document -> TMAD Markdown -> the same Document', () => {
  for (const [name, path] of inputs) {
    it(name, () => {
      const original = parseDocument(readFileSync(path, 'utf8'), 'in.md').document;
      const written = documentToMarkdown(original);
      const again = parseDocument(written, 'out.md').document;
      expect(model(again)).toEqual(model(original));
      // Writing is a fixed point after one round.
      expect(documentToMarkdown(again)).toBe(written);
    });
  }

  it('escapes what Markdown would read as markup', () => {
    const text = '# - *not* `code` [link] <b> & a|b ~x~ \\ _u_';
    const { document } = parseDocument(`## 4 M\n\n**4.1** x\n\n${escapeInline(text, true)}\n`, 'e.md');
    expect(document.clauses[0]?.blocks[1]).toMatchObject({ kind: 'paragraph', text });
  });
});
