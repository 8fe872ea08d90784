/**
 * Plain text of mdast nodes: markup removed, white space folded.
 * @module
 */
import type { Nodes } from 'mdast';

/**
 * The plain text of a node: text, inline code and image alt text kept, HTML tags and
 * emphasis markers dropped, line breaks turned into spaces, white space folded and trimmed.
 * Iterative: any nesting depth is fine.
 * @param node Any mdast node.
 * @returns Its plain text.
 */
export function inlineText(node: Nodes): string {
  return collectText(node, leafText, (parent) => (parent.type === 'tableRow' ? ' | ' : '')).replace(/\s+/g, ' ').trim();
}

/**
 * The text of a tree, depth first, without recursion: `leaf` gives a node's own text (or
 * `undefined` to descend into its children), `separator` what goes between a parent's children.
 * @param root The tree.
 * @param leaf Text of a node that is not descended into.
 * @param separator The separator between the children of a parent.
 * @returns The text.
 */
export function collectText(root: Nodes, leaf: (node: Nodes) => string | undefined, separator: (parent: Nodes) => string): string {
  const parts: string[] = [];
  // Work items: a node to visit, or a separator string to emit.
  const stack: Array<Nodes | string> = [root];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === undefined) break;
    if (typeof item === 'string') {
      parts.push(item);
      continue;
    }
    const own = leaf(item);
    if (own !== undefined) {
      parts.push(own);
      continue;
    }
    if (!('children' in item)) continue;
    const children = item.children as Nodes[];
    const between = separator(item);
    for (let index = children.length - 1; index >= 0; index--) {
      const child = children[index];
      if (child === undefined) continue;
      stack.push(child);
      if (index > 0 && between !== '') stack.push(between);
    }
  }
  return parts.join('');
}

function leafText(node: Nodes): string | undefined {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
    case 'code':
      return node.value;
    case 'html':
      return htmlText(node.value);
    case 'break':
      return ' ';
    case 'image':
      return node.alt ?? '';
    case 'yaml':
    case 'definition':
    case 'footnoteDefinition':
    case 'thematicBreak':
    case 'imageReference':
    case 'footnoteReference':
      return '';
    default:
      return 'children' in node ? undefined : '';
  }
}

/**
 * The text inside an HTML fragment: tags removed, the common entities decoded.
 * @param html Raw HTML, e.g. `<b>FOCb TMAD Q1</b>`.
 * @returns Its text, e.g. `FOCb TMAD Q1`.
 */
export function htmlText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
