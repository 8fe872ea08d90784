/**
 * mdast -> `Document`: the Markdown reader (`mdastToSource`) then the one document builder
 * (`buildDocument`). Kept as the entry point the remark plugin and the fast path use.
 * @module
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { buildDocument } from '../builder/build-document.js';
import type { Document } from '../model/document.js';
import { mdastToSource } from '../read/markdown/mdast-to-source.js';

export { PARSE_SOURCE } from '../builder/state.js';

/**
 * Build a `Document` from an mdast tree. Diagnostics for what could not be understood are added
 * to `file` (ruleId and place set) and copied into `document.diagnostics`.
 * @param tree The mdast root, parsed with front matter (YAML) and GFM.
 * @param file The vfile the tree came from (its `value` is the source; its `path` names the file).
 * @returns The document.
 */
export function mdastToDocument(tree: Root, file: VFile): Document {
  return buildDocument(mdastToSource(tree, file), file);
}
