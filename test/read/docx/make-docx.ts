/**
 * Tiny .docx packages made from WordprocessingML strings at test time, for the cases the `docx`
 * library cannot write (a style that gives only `ilvl`, `numStyleLink`, `lvlRestart`, fields,
 * merged cells, paragraph marks tracked as deleted).
 * @module
 */
import { strToU8, zipSync } from 'fflate';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** The parts of a package, as XML inside their root elements. */
export interface DocxParts {
  /** Inside `w:body`. */
  body: string;
  /** Inside `w:numbering`. */
  numbering?: string;
  /** Inside `w:styles`. */
  styles?: string;
  /** Inside `w:footnotes`. */
  footnotes?: string;
  /** Custom properties by name (string values). */
  custom?: Record<string, string>;
  /** Core properties: element name -> text, e.g. `dc:title`. */
  core?: Record<string, string>;
  /** Extra entries, raw. */
  extra?: Record<string, string>;
}

/**
 * A .docx from parts.
 * @param parts The parts.
 * @returns The zip.
 */
export function makeDocx(parts: DocxParts): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
    '_rels/.rels': strToU8('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${parts.body}</w:body></w:document>`),
  };
  if (parts.numbering !== undefined) files['word/numbering.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:numbering ${W}>${parts.numbering}</w:numbering>`);
  if (parts.styles !== undefined) files['word/styles.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:styles ${W}>${parts.styles}</w:styles>`);
  if (parts.footnotes !== undefined) files['word/footnotes.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:footnotes ${W}>${parts.footnotes}</w:footnotes>`);
  if (parts.custom) {
    const properties = Object.entries(parts.custom).map(([name, value], index) => `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${index + 2}" name="${name}"><vt:lpwstr>${value}</vt:lpwstr></property>`);
    files['docProps/custom.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${properties.join('')}</Properties>`);
  }
  if (parts.core) {
    const fields = Object.entries(parts.core).map(([name, value]) => `<${name}>${value}</${name}>`);
    files['docProps/core.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">${fields.join('')}</cp:coreProperties>`);
  }
  for (const [name, content] of Object.entries(parts.extra ?? {})) files[name] = strToU8(content);
  return zipSync(files);
}

/** A paragraph: optional properties XML and runs of text (each string a `w:r`). */
export function p(properties: string, ...runs: string[]): string {
  return `<w:p>${properties ? `<w:pPr>${properties}</w:pPr>` : ''}${runs.map((run) => (run.startsWith('<') ? run : `<w:r><w:t xml:space="preserve">${run}</w:t></w:r>`)).join('')}</w:p>`;
}

/** `w:numPr` for a paragraph's or a style's properties. */
export function numPr(numId: string | null, ilvl: number | null): string {
  return `<w:numPr>${ilvl === null ? '' : `<w:ilvl w:val="${ilvl}"/>`}${numId === null ? '' : `<w:numId w:val="${numId}"/>`}</w:numPr>`;
}

/** A `w:lvl`. */
export function lvl(ilvl: number, format: string, text: string, extra = ''): string {
  return `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;
}
