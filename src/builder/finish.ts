/**
 * Completing the document once every block is in: clause text, fingerprints, terms, obligations,
 * references resolved, the preamble as a section.
 * @module
 */
import type { Clause, Document } from '../model/document.js';
import { DOCUMENT_SCHEMA_VERSION } from '../model/document.js';
import { fingerprint } from '../model/text.js';
import { blockLine } from '../parse/block-text.js';
import { isNormative } from '../parse/normative.js';
import { createTermMatcher } from '../parse/terms.js';
import { documentDiagnostics } from './diagnostics.js';
import { sortIds, toCrossRef, type SortedIds } from './references.js';
import type { BuilderState, Draft } from './state.js';

/**
 * The finished document.
 * @param state The builder state after the last block.
 * @returns The document.
 */
export function finishDocument(state: BuilderState): Document {
  const ids = sortIds(state.clauses.map((draft) => draft.clause.id));
  const matcher = createTermMatcher(state.definitions.map((definition) => definition.term));
  const clauses = state.clauses.map((draft) => completeClause(state, draft, ids, matcher.termsIn));
  const title = state.title !== '' ? state.title : typeof state.meta.title === 'string' ? state.meta.title : '';
  const first = state.preamble[0];
  if (first) {
    state.sections.unshift({ key: 'preamble', number: null, title: '', depth: 1, blocks: state.preamble, clauseIds: [], children: [], position: first.position });
  }
  return {
    schemaVersion: DOCUMENT_SCHEMA_VERSION,
    file: state.file.path ?? '',
    format: state.format,
    meta: state.meta,
    title,
    sections: state.sections,
    clauses,
    definitions: state.definitions,
    diagnostics: documentDiagnostics(state.file, state.format, clauses),
  };
}

function completeClause(state: BuilderState, draft: Draft, ids: SortedIds, termsIn: (text: string) => string[]): Clause {
  const clause = draft.clause;
  const lines = clause.title ? [clause.title] : [];
  const termLines: string[] = [];
  for (const block of clause.blocks) {
    const line = blockLine(block);
    lines.push(line);
    if (block.kind !== 'table' || !block.definitions) termLines.push(line);
  }
  clause.text = lines.join('\n');
  clause.fingerprint = fingerprint(clause.text);
  clause.terms = termsIn(termLines.join('\n'));
  clause.normative = isNormative(clause.text);
  const last = clause.blocks.at(-1);
  if (last) clause.position = { start: clause.position.start, end: last.position.end };
  const refs = new Set<string>();
  clause.crossRefs = draft.found.map(({ ref, blockPosition }) => {
    const crossRef = toCrossRef(ref, blockPosition, ids, state.locate);
    for (const id of crossRef.clauseIds) refs.add(id);
    return crossRef;
  });
  clause.refs = [...refs];
  return clause;
}
