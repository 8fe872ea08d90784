/**
 * The one document builder: what every reader (Markdown, Word, PDF) gives, a `SourceDocument`,
 * becomes a `Document`. The rules of what a section, a clause, a sub-paragraph, a definition, a
 * reference or a term is live here once, for every format. One pass over the blocks, then one
 * pass to resolve references: linear in the size of the document.
 * @module
 */
import type { VFile } from 'vfile';
import type { Document } from '../model/document.js';
import type { SourceBlock, SourceDocument, SourceTable } from '../read/source-block.js';
import { assertNever } from '../model/assert-never.js';
import { addBlock, paragraph, withNumber } from './clauses.js';
import { isDefinitionsHeader, tableDefinitions } from './definitions.js';
import { reportMetaProblem, reportNote, withPage } from './diagnostics.js';
import { finishDocument } from './finish.js';
import { createLocator } from './locate.js';
import { heading } from './sections.js';
import type { BuilderState } from './state.js';

/**
 * Build a `Document` from a reader's output. What could not be understood becomes a message on
 * `file` (ruleId, source and place set), copied into `document.diagnostics`. Never throws on odd
 * content.
 * @param source The reader's output.
 * @param file The vfile of the version (its `path` names the file; for Markdown its `value` is the source text).
 * @returns The document.
 */
export function buildDocument(source: SourceDocument, file: VFile): Document {
  const state: BuilderState = {
    file,
    format: source.format,
    locate: createLocator(file),
    meta: source.meta,
    title: '',
    sections: [],
    stack: [],
    clauses: [],
    current: undefined,
    definitions: [],
    preamble: [],
  };
  for (const problem of source.metaProblems) reportMetaProblem(file, problem);
  for (const block of source.blocks) take(state, block);
  return finishDocument(state);
}

function take(state: BuilderState, block: SourceBlock): void {
  switch (block.kind) {
    case 'heading':
      return heading(state, block.depth, withNumber(block.text, block.number), withPage(block.position, block.page));
    case 'paragraph':
      return paragraph(state, block.page === undefined ? block : { ...block, position: withPage(block.position, block.page) });
    case 'table':
      return table(state, block);
    case 'note':
      return reportNote(state.file, block);
    default:
      return assertNever(block);
  }
}

function table(state: BuilderState, block: SourceTable): void {
  const position = withPage(block.position, block.page);
  const definitions = isDefinitionsHeader(block.header);
  addBlock(state, { kind: 'table', header: block.header, rows: block.rows, align: block.align, definitions, position });
  if (definitions) {
    const rowPositions = block.rowPositions.map((row) => withPage(row, block.page));
    for (const definition of tableDefinitions(block.rows, rowPositions, position)) state.definitions.push(definition);
  }
}
