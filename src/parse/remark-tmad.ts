/**
 * The remark plugin: a thin attacher around `mdastToDocument`.
 * @module
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import type { Document } from '../model/document.js';
import { mdastToDocument } from './mdast-to-document.js';

declare module 'vfile' {
  interface DataMap {
    /** The document built by `remarkTmad`. */
    tmadDocument: Document;
  }
}

/**
 * remark plugin: builds the TMAD `Document` from the tree and stores it on `file.data.tmadDocument`.
 * Use after `remark-parse`, `remark-frontmatter` (YAML) and `remark-gfm`.
 */
export const remarkTmad: Plugin<[], Root> = function () {
  return (tree, file) => {
    file.data.tmadDocument = mdastToDocument(tree, file);
  };
};
