/**
 * Plain text of mdast nodes: markup removed, white space folded.
 * @module
 */
import type { Nodes } from 'mdast';

/**
 * The plain text of a node: text, inline code and image alt text kept, HTML tags and
 * emphasis markers dropped, line breaks turned into spaces, white space folded and trimmed.
 * @param node Any mdast node.
 * @returns Its plain text.
 */
export function inlineText(node: Nodes): string {
  return collect(node).replace(/\s+/g, ' ').trim();
}

function collect(node: Nodes): string {
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
      return '';
    case 'footnoteReference':
      return '';
    default:
      return 'children' in node ? (node.children as Nodes[]).map(collect).join(node.type === 'tableRow' ? ' | ' : '') : '';
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
