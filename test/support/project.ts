/**
 * A compact, readable projection of a parsed document for fixture expectations: positions as
 * `file:line:column-line:column` strings.
 */
import type { Block, Document } from '../../src/model/document.js';
import type { Position } from '../../src/model/position.js';
import { formatPosition } from '../../src/model/position.js';

/** `input.md:3:1-3:24`. */
export function at(file: string, position: Position): string {
  return `${file}:${formatPosition(position)}`;
}

function block(file: string, b: Block): unknown {
  switch (b.kind) {
    case 'paragraph':
      return { paragraph: b.text, at: at(file, b.position) };
    case 'subparagraph':
      return { subparagraph: b.label, level: b.level, text: b.text, at: at(file, b.position) };
    case 'item':
      return { item: b.text, level: b.level, ordered: b.ordered, at: at(file, b.position) };
    case 'table':
      return { table: [b.header, ...b.rows], align: b.align, at: at(file, b.position) };
  }
}

/** The parts of a document a fixture asserts. */
export function project(document: Document) {
  const file = document.file;
  return {
    meta: document.meta,
    title: document.title,
    sections: document.sections.map(function section(s): unknown {
      return { key: s.key, number: s.number, title: s.title, clauseIds: s.clauseIds, ...(s.blocks.length ? { blocks: s.blocks.map((b) => block(file, b)) } : {}), ...(s.children.length ? { children: s.children.map(section) } : {}) };
    }),
    clauses: document.clauses.map((c) => ({
      id: c.id,
      at: at(file, c.position),
      section: c.section,
      heading: c.heading,
      ...(c.title ? { title: c.title } : {}),
      normative: c.normative,
      refs: c.refs,
      terms: c.terms,
      crossRefs: c.crossRefs.map((r) => ({ text: r.text, kind: r.kind, targets: r.targets, clauseIds: r.clauseIds, ...(r.document ? { document: r.document } : {}), ...(r.subparagraphs ? { subparagraphs: r.subparagraphs } : {}), at: at(file, r.position) })),
      blocks: c.blocks.map((b) => block(file, b)),
    })),
    definitions: document.definitions.map((d) => ({ term: d.term, meaning: d.meaning, at: at(file, d.position) })),
    diagnostics: document.diagnostics.map((d) => ({
      ruleId: d.ruleId,
      severity: d.severity,
      reason: d.reason,
      at: d.place ? at(d.file, d.place) : d.file,
      ...(d.related ? { related: `${at(d.file, d.related.place)} ${d.related.reason}` } : {}),
    })),
  };
}
