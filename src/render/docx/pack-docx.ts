/**
 * Packing a Word document into bytes that depend only on its content. The `docx` library writes the
 * package around the body (styles, settings, header, footer, properties) from a document whose body is
 * one placeholder paragraph; the body, written as text (`word-xml.ts`), takes the placeholder's place;
 * `docProps/core.xml` gets the document's own date instead of the wall clock; and the parts are zipped
 * once, with a fixed timestamp.
 * @module
 */
import { Packer, Paragraph, TextRun, type Document as DocxDocument } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

/** Text of the placeholder paragraph the body replaces. */
export const BODY_PLACEHOLDER = 'tmad-body-placeholder-6f1c';

/** The placeholder paragraph to give the `docx` document as its only body content. */
export function bodyPlaceholder(): Paragraph {
  return new Paragraph({ children: [new TextRun(BODY_PLACEHOLDER)] });
}

const PLACEHOLDER_XML = `<w:p><w:r><w:t xml:space="preserve">${BODY_PLACEHOLDER}</w:t></w:r></w:p>`;

/** DEFLATE level of the parts: 6 (zlib's default); lower levels save little time and make larger files. */
const LEVEL = 6;

/**
 * Pack a Word document deterministically.
 * @param document The `docx` document; when `bodyXml` is given, its body is `bodyPlaceholder()` alone.
 * @param isoDate The date to record as created and modified, `YYYY-MM-DDT00:00:00Z`.
 * @param bodyXml The body's WordprocessingML (inside `w:body`, before `w:sectPr`; text or UTF-8 bytes), to put in the placeholder's place.
 * @returns The .docx bytes: the same document gives the same bytes on every run.
 */
export async function packDocx(document: DocxDocument, isoDate: string, bodyXml?: string | Uint8Array): Promise<Uint8Array> {
  const files = unzipSync(new Uint8Array(await Packer.toBuffer(document)));
  const core = files['docProps/core.xml'];
  if (core) {
    const stamped = strFromU8(core).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${isoDate}$2`);
    files['docProps/core.xml'] = strToU8(stamped);
  }
  if (bodyXml !== undefined) {
    const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
    const at = xml.indexOf(PLACEHOLDER_XML);
    if (at < 0 || xml.indexOf(PLACEHOLDER_XML, at + 1) >= 0) throw new Error('packDocx: the document body must be bodyPlaceholder() alone');
    const before = strToU8(xml.slice(0, at));
    const after = strToU8(xml.slice(at + PLACEHOLDER_XML.length));
    const body = typeof bodyXml === 'string' ? strToU8(bodyXml) : bodyXml;
    const joined = new Uint8Array(before.length + body.length + after.length);
    joined.set(before, 0);
    joined.set(body, before.length);
    joined.set(after, before.length + body.length);
    files['word/document.xml'] = joined;
  }
  // 1980-01-01 is the earliest time a zip entry can carry; the local-time conversion inside fflate is
  // undone by building the date from local fields.
  const mtime = new Date(1980, 0, 1, 0, 0, 0);
  const zippable: Zippable = {};
  for (const [path, data] of Object.entries(files)) zippable[path] = [data, { mtime, level: LEVEL }];
  return zipSync(zippable);
}
