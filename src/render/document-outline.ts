/**
 * A Document as a text outline for people.
 * @module
 */
import type { Document, Section } from '../model/document.js';

/**
 * An outline: title and version, then each section with its clauses, whether each is normative,
 * what it cites and which defined terms it uses.
 * @param document The document.
 * @returns Text ending in a newline.
 */
export function documentOutline(document: Document): string {
  const byId = new Map(document.clauses.map((clause) => [clause.id, clause]));
  const lines = [
    `${document.title || document.file}${document.meta.version ? ` — version ${document.meta.version}` : ''}${document.meta.date ? ` (${document.meta.date})` : ''}`,
    `${document.sections.length} sections, ${document.clauses.length} clauses (${document.clauses.filter((c) => c.normative).length} normative), ${document.definitions.length} defined terms`,
    '',
  ];
  const walk = (sections: readonly Section[], indent: string): void => {
    for (const section of sections) {
      lines.push(`${indent}${section.number ? `${section.number} ` : ''}${section.title}`);
      for (const id of section.clauseIds) {
        const clause = byId.get(id);
        if (!clause) continue;
        const parts = [`${indent}  ${clause.id.padEnd(7)} ${clause.normative ? 'normative' : '         '}`];
        if (clause.refs.length > 0) parts.push(`refs ${clause.refs.join(', ')}`);
        if (clause.terms.length > 0) parts.push(`terms ${clause.terms.join(', ')}`);
        lines.push(parts.join('  '));
      }
      walk(section.children, `${indent}  `);
    }
  };
  walk(document.sections, '');
  return `${lines.join('\n')}\n`;
}
