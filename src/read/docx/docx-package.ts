/**
 * Opening an untrusted .docx as a package of parsed XML parts, within the caps of
 * `src/docx/limits.ts` (entry count, declared and real sizes, compression ratio) and the XML rules
 * of `src/docx/xml.ts` (no DOCTYPE, no entity expansion).
 * @module
 */
import { DocxError } from '../../docx/docx-error.js';
import { DEFAULT_DOCX_LIMITS, type DocxLimits } from '../../docx/limits.js';
import { unzipEntries } from '../../docx/unzip.js';
import { childElements, findElement, parseXmlPart, type XmlElement, type XmlNode } from '../../docx/xml.js';

/** An opened Word package. */
export interface DocxPackage {
  /** The main document's `w:body`. */
  body: XmlElement;
  /**
   * A part by name, parsed (null when the package has none).
   * @param name e.g. `word/styles.xml`.
   */
  part(name: string): XmlNode[] | null;
}

const WANTED = new Set(['[Content_Types].xml', '_rels/.rels', 'docProps/core.xml', 'docProps/custom.xml']);

/**
 * Unzip and check a .docx.
 * @param bytes The file.
 * @param limits Caps (defaults: `DEFAULT_DOCX_LIMITS`).
 * @returns The package.
 * @throws DocxError when the file is empty, not a zip, truncated, a zip bomb, holds a DOCTYPE or
 *   malformed XML, or is a zip but not a Word document.
 */
export async function openDocxPackage(bytes: Uint8Array, limits: Partial<DocxLimits> = {}): Promise<DocxPackage> {
  const caps: DocxLimits = { ...DEFAULT_DOCX_LIMITS, ...limits };
  const { entries, names } = await unzipEntries(bytes, caps, (name) => WANTED.has(name) || /^word\/[^/]+\.xml$/.test(name));
  const parsed = new Map<string, XmlNode[]>();
  const part = (name: string): XmlNode[] | null => {
    const cached = parsed.get(name);
    if (cached) return cached;
    const data = entries.get(name);
    if (!data) return null;
    const nodes = parseXmlPart(new TextDecoder('utf-8').decode(data), name);
    parsed.set(name, nodes);
    return nodes;
  };
  if (!part('[Content_Types].xml')) {
    throw new DocxError('not-docx', `the zip is not a Word document: it has no [Content_Types].xml (entries: ${names.slice(0, 5).join(', ')}${names.length > 5 ? ', ...' : ''})`);
  }
  const mainName = mainDocumentName(part('_rels/.rels'));
  const main = part(mainName);
  const body = main ? findElement(main, 'w:body') : undefined;
  if (!body) throw new DocxError('not-docx', `the zip is not a Word document: it has no ${mainName} with a w:body`);
  return { body, part };
}

function mainDocumentName(rels: XmlNode[] | null): string {
  const root = rels ? findElement(rels, 'Relationships') : undefined;
  for (const rel of root ? childElements(root, 'Relationship') : []) {
    if ((rel.attributes.Type ?? '').endsWith('/officeDocument')) return (rel.attributes.Target ?? '').replace(/^\//, '') || 'word/document.xml';
  }
  return 'word/document.xml';
}
