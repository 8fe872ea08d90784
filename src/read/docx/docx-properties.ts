/**
 * Document properties as version metadata: `docProps/core.xml` (title, creator, subject, keywords,
 * dates) and `docProps/custom.xml`. The custom properties tmad writes into its own Word files,
 * `tmad.<key>`, carry the version's front matter: when present, they are the metadata.
 * @module
 */
import type { DocumentMeta } from '../../model/document.js';
import { childElements, findElement, type XmlNode } from '../../docx/xml.js';
import { ownText } from './ooxml.js';

/** Prefix of the custom properties that carry a tmad version's front matter. */
export const TMAD_PROPERTY_PREFIX = 'tmad.';

const CORE: ReadonlyArray<[string, string]> = [
  ['dc:title', 'title'],
  ['dc:creator', 'author'],
  ['dc:subject', 'subject'],
  ['cp:keywords', 'keywords'],
  ['dc:description', 'description'],
  ['cp:lastModifiedBy', 'lastModifiedBy'],
  ['dcterms:created', 'created'],
  ['dcterms:modified', 'modified'],
];

/**
 * The metadata of a Word file. Core properties give `title`, `author` (the creator), `subject`,
 * `keywords`, `description`, `lastModifiedBy`, `created` and `modified`, and `date` (the day of
 * `modified`, else `created`); other custom properties are kept by name. A file tmad wrote has
 * `tmad.<key>` custom properties (its front matter): then they alone are the metadata, a string
 * value as written, an array or object JSON-decoded.
 * @param core `docProps/core.xml`, or null.
 * @param custom `docProps/custom.xml`, or null.
 * @returns The metadata.
 */
export function readDocxMeta(core: readonly XmlNode[] | null, custom: readonly XmlNode[] | null): DocumentMeta {
  const meta: DocumentMeta = {};
  const coreRoot = core ? findElement(core, 'cp:coreProperties') : undefined;
  for (const [element, key] of CORE) {
    const found = coreRoot ? childElements(coreRoot, element)[0] : undefined;
    const value = found ? ownText(found).trim() : '';
    if (value !== '') meta[key] = value;
  }
  const day = (value: unknown): string | undefined => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : undefined);
  const date = day(meta.modified) ?? day(meta.created);
  if (date) meta.date = date;
  const tmad: Record<string, unknown> = {};
  const customRoot = custom ? findElement(custom, 'Properties') : undefined;
  for (const property of customRoot ? childElements(customRoot, 'property') : []) {
    const name = property.attributes.name;
    const valueElement = childElements(property)[0];
    if (!name || !valueElement) continue;
    const value = ownText(valueElement);
    if (name.startsWith(TMAD_PROPERTY_PREFIX)) tmad[name.slice(TMAD_PROPERTY_PREFIX.length)] = decodeTmadValue(value);
    else meta[name] = value;
  }
  // A file tmad wrote carries the whole front matter as tmad.* properties: that is its metadata,
  // exactly (the package's own dates and last author are not front matter).
  return Object.keys(tmad).length > 0 ? tmad : meta;
}

/**
 * A `tmad.<key>` property's value: strings are stored as written, other values JSON-encoded; only
 * arrays and objects are decoded (a version `7.2` or a date stays a string).
 * @param value The stored text.
 * @returns The value.
 */
export function decodeTmadValue(value: string): unknown {
  const trimmed = value.trim();
  if (!trimmed.startsWith('[') && !trimmed.startsWith('{')) return value;
  try {
    return JSON.parse(trimmed) as unknown;
  } catch {
    return value;
  }
}
