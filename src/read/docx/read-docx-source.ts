/**
 * The Word reader: a .docx as DCC keeps it (automatic multi-level numbering through styles,
 * numbers typed as text, tracked changes, fields, merged table cells) into the reader contract
 * `SourceDocument`, for the one document builder.
 * @module
 */
import type { SourceDocument } from '../source-block.js';
import { readBody } from './body/read-body.js';
import { readDocxMeta } from './docx-properties.js';
import { openDocxPackage } from './docx-package.js';
import { readFootnotes } from './footnotes.js';
import { readNumberingDefinitions } from './numbering/numbering-definitions.js';
import { readStyles } from './styles.js';
import { assembleSourceBlocks } from './to-source-blocks.js';

/** Options of `readDocxSource`. */
export interface ReadDocxSourceOptions {
  /** `accept` (default): the text Accept All gives; `reject`: the text Reject All gives. */
  view?: 'accept' | 'reject';
}

/**
 * Read a Word document (untrusted input) into source blocks: the tracked-changes view is built
 * first, then every paragraph is numbered as Word numbers it; headings come from heading styles and
 * outline levels; tables of contents, comments, headers, footers and text boxes are left out;
 * footnotes, revision counts and placeholder fields become notes; document properties (and tmad's
 * own `tmad.<key>` custom properties, first) become the metadata.
 * @param bytes The .docx file.
 * @param path The file name to show in positions and messages.
 * @param options The view of tracked changes.
 * @returns The source document.
 * @throws DocxError when the file is not a readable Word document (empty, not a zip, truncated,
 *   a zip bomb, a DOCTYPE, malformed XML).
 */
export async function readDocxSource(bytes: Uint8Array, path: string, options: ReadDocxSourceOptions = {}): Promise<SourceDocument> {
  const view = options.view ?? 'accept';
  const docx = await openDocxPackage(bytes);
  const body = readBody(docx.body, view);
  const blocks = assembleSourceBlocks({
    body,
    styles: readStyles(docx.part('word/styles.xml')),
    numbering: readNumberingDefinitions(docx.part('word/numbering.xml')),
    footnotes: readFootnotes(docx.part('word/footnotes.xml'), view),
    view,
  });
  return { format: 'docx', path, meta: readDocxMeta(docx.part('docProps/core.xml'), docx.part('docProps/custom.xml')), metaProblems: [], blocks };
}
