/**
 * Parsing one XML part of an untrusted .docx: no DOCTYPE, no entity expansion, white space kept.
 * @module
 */
import { XMLParser } from 'fast-xml-parser';
import { declaresDoctype, UNTRUSTED_XML_OPTIONS } from '../xml/untrusted-xml.js';
import { DocxError } from './docx-error.js';

/** An element in document order: its name, attributes and children; or a text node. */
export type XmlNode = XmlElement | XmlText;

/** An element. */
export interface XmlElement {
  /** Discriminant. */
  type: 'element';
  /** Qualified name, e.g. `w:p`. */
  name: string;
  /** Attributes by qualified name, values decoded. */
  attributes: Readonly<Record<string, string>>;
  /** Children in order. */
  children: XmlNode[];
}

/** Character data. */
export interface XmlText {
  /** Discriminant. */
  type: 'text';
  /** The text, predefined entities and character references decoded. */
  text: string;
}

/**
 * Parse one part. A `<!DOCTYPE` anywhere is refused (entity definitions are how billion-laughs
 * and external-entity attacks start); entities are never expanded by the parser, and only the five
 * predefined ones and numeric character references are decoded afterwards.
 * @param text The part's text.
 * @param part The part's name, for messages.
 * @returns The root-level nodes.
 * @throws DocxError `doctype` or `bad-xml`.
 */
export function parseXmlPart(text: string, part: string): XmlNode[] {
  if (declaresDoctype(text)) {
    throw new DocxError('doctype', `part ${part} contains a <!DOCTYPE> or <!ENTITY> declaration, which a Word document never needs (entity expansion attack?)`);
  }
  const parser = new XMLParser({
    ...UNTRUSTED_XML_OPTIONS,
    preserveOrder: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
  });
  let raw: unknown;
  try {
    raw = parser.parse(text, true);
  } catch (error) {
    throw new DocxError('bad-xml', `part ${part} is not well-formed XML (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
  }
  return convert(raw);
}

function convert(raw: unknown): XmlNode[] {
  if (!Array.isArray(raw)) return [];
  const nodes: XmlNode[] = [];
  for (const item of raw as Array<Record<string, unknown>>) {
    const attributes: Record<string, string> = {};
    const attrs = item[':@'];
    if (attrs && typeof attrs === 'object') {
      for (const [key, value] of Object.entries(attrs as Record<string, unknown>)) attributes[key] = decodeEntities(String(value));
    }
    for (const [key, value] of Object.entries(item)) {
      if (key === ':@') continue;
      if (key === '#text') nodes.push({ type: 'text', text: decodeEntities(String(value)) });
      else nodes.push({ type: 'element', name: key, attributes, children: convert(value) });
    }
  }
  return nodes;
}

const PREDEFINED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Decode the five predefined XML entities and numeric character references; anything else stays as written.
 * @param text Raw character data.
 * @returns Decoded text.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, name: string) => {
    if (name.startsWith('#x')) return safeCodePoint(Number.parseInt(name.slice(2), 16)) ?? whole;
    if (name.startsWith('#')) return safeCodePoint(Number.parseInt(name.slice(1), 10)) ?? whole;
    return PREDEFINED[name] ?? whole;
  });
}

function safeCodePoint(code: number): string | undefined {
  return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}

/**
 * The child elements of a node with a given name.
 * @param node The parent.
 * @param name Qualified name.
 * @returns Matching children.
 */
export function childElements(node: XmlElement, name?: string): XmlElement[] {
  return node.children.filter((child): child is XmlElement => child.type === 'element' && (name === undefined || child.name === name));
}

/**
 * The first child element with a given name.
 * @param node The parent.
 * @param name Qualified name.
 * @returns It, or undefined.
 */
export function childElement(node: XmlElement, name: string): XmlElement | undefined {
  return node.children.find((child): child is XmlElement => child.type === 'element' && child.name === name);
}

/**
 * The first element with a name anywhere below (or at) the given nodes, depth first.
 * @param nodes Where to look.
 * @param name Qualified name.
 * @returns It, or undefined.
 */
export function findElement(nodes: readonly XmlNode[], name: string): XmlElement | undefined {
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    if (node.name === name) return node;
    const found = findElement(node.children, name);
    if (found) return found;
  }
  return undefined;
}
