/**
 * The mdast tree of any Markdown text, as remark-parse (with YAML front matter and GFM) builds it.
 * @module
 */
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { VFile } from 'vfile';

/**
 * Parse a file's text into mdast.
 * @param file The vfile (its `value` is the text).
 * @returns The tree.
 */
export function remarkTree(file: VFile): Root {
  return unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).parse(file);
}
