/**
 * Paragraph styles from `word/styles.xml`, with what numbering and heading level each one gives
 * through its `basedOn` chain.
 * @module
 */
import { childElement, childElements, findElement, type XmlElement, type XmlNode } from '../../docx/xml.js';
import { childVal, integer } from './ooxml.js';

/** One style as written (its own properties, not inherited ones). */
export interface StyleDefinition {
  /** `w:styleId`. */
  id: string;
  /** `w:type`: `paragraph`, `character`, `table`, `numbering`. */
  type: string;
  /** `w:name`, e.g. `heading 1`. */
  name: string | null;
  /** `w:basedOn` style id. */
  basedOn: string | null;
  /** `w:numPr/w:numId`, when the style sets one (`0` removes numbering). */
  numId: string | null;
  /** `w:numPr/w:ilvl`, when the style sets one. */
  ilvl: number | null;
  /** `w:outlineLvl` (0-8; 9 is body text), when the style sets one. */
  outlineLvl: number | null;
}

/** Styles by id, and the default paragraph style. */
export interface StyleSheet {
  /** Styles by id. */
  byId: ReadonlyMap<string, StyleDefinition>;
  /** The style id of paragraphs without `w:pStyle` (`w:default="1"` paragraph style). */
  defaultParagraph: string | null;
}

/**
 * Read `word/styles.xml`.
 * @param nodes The parsed part, or null when the package has none.
 * @returns The style sheet (empty when absent).
 */
export function readStyles(nodes: readonly XmlNode[] | null): StyleSheet {
  const byId = new Map<string, StyleDefinition>();
  let defaultParagraph: string | null = null;
  const root = nodes ? findElement(nodes, 'w:styles') : undefined;
  for (const style of root ? childElements(root, 'w:style') : []) {
    const id = style.attributes['w:styleId'];
    if (!id) continue;
    const type = style.attributes['w:type'] ?? 'paragraph';
    const pPr = childElement(style, 'w:pPr');
    const numPr = pPr ? childElement(pPr, 'w:numPr') : undefined;
    byId.set(id, {
      id,
      type,
      name: childVal(style, 'w:name') ?? null,
      basedOn: childVal(style, 'w:basedOn') ?? null,
      numId: childVal(numPr, 'w:numId') ?? null,
      ilvl: integer(childVal(numPr, 'w:ilvl')) ?? null,
      outlineLvl: integer(childVal(pPr, 'w:outlineLvl')) ?? null,
    });
    if (type === 'paragraph' && isDefault(style) && defaultParagraph === null) defaultParagraph = id;
  }
  return { byId, defaultParagraph };
}

function isDefault(style: XmlElement): boolean {
  const value = style.attributes['w:default'];
  return value === '1' || value === 'true' || value === 'on';
}

/**
 * The styles of a chain, the style itself first, following `basedOn` (a cycle stops the walk).
 * @param sheet The style sheet.
 * @param styleId The style to start from.
 * @returns The chain (empty for an unknown style).
 */
export function styleChain(sheet: StyleSheet, styleId: string | null): StyleDefinition[] {
  const chain: StyleDefinition[] = [];
  const seen = new Set<string>();
  let id = styleId;
  while (id !== null && !seen.has(id)) {
    seen.add(id);
    const style = sheet.byId.get(id);
    if (!style) break;
    chain.push(style);
    id = style.basedOn;
  }
  return chain;
}

/**
 * The numbering a paragraph style gives: the nearest `numId` and the nearest `ilvl` in its chain
 * (a style may give only `ilvl` and inherit `numId` from the style it is based on).
 * @param sheet The style sheet.
 * @param styleId The paragraph style.
 * @returns `numId` and `ilvl` (each null when no style in the chain sets it).
 */
export function styleNumbering(sheet: StyleSheet, styleId: string | null): { numId: string | null; ilvl: number | null } {
  let numId: string | null = null;
  let ilvl: number | null = null;
  for (const style of styleChain(sheet, styleId)) {
    numId ??= style.numId;
    ilvl ??= style.ilvl;
  }
  return { numId, ilvl };
}

/**
 * The heading depth (1-6) a paragraph style gives, as the Markdown form counts it: `Title` is 1
 * (the document's `#`), `heading N` (by name or id) is N + 1 (Heading 1 holds the sections, `##`),
 * else the nearest `outlineLvl` in its chain (level 0 as Heading 1); null for body text.
 * @param sheet The style sheet.
 * @param styleId The paragraph style.
 * @returns The depth, or null.
 */
export function styleHeadingDepth(sheet: StyleSheet, styleId: string | null): number | null {
  for (const style of styleChain(sheet, styleId)) {
    const named = /^heading\s*([1-9])$/i.exec(style.name ?? '') ?? /^Heading([1-9])$/.exec(style.id);
    if (named?.[1]) return Math.min(6, Number(named[1]) + 1);
    if ((style.name ?? '').toLowerCase() === 'title' || style.id === 'Title') return 1;
    if (style.outlineLvl !== null) return outlineDepth(style.outlineLvl);
  }
  return null;
}

/**
 * The heading depth of an outline level, as for the heading style of that level: 0 (Heading 1) is
 * depth 2, 4-8 are depth 6, 9 (body text) is none.
 * @param level `w:outlineLvl`.
 * @returns The depth, or null.
 */
export function outlineDepth(level: number): number | null {
  if (level < 0 || level >= 9) return null;
  return Math.min(6, level + 2);
}
