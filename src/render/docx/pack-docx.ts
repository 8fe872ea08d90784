/**
 * Packing a Word document into bytes that depend only on its content. The `docx` library writes the
 * package around the body (styles, settings, header, footer, properties) from a document whose body is
 * one placeholder paragraph; the body, written as text (`word-xml.ts`), takes the placeholder's place;
 * `docProps/core.xml` gets the document's own date instead of the wall clock; and the parts are zipped
 * once, with a fixed timestamp, by Node's own zlib (native DEFLATE: on a 1-million-word redline several
 * times faster than the pure-JavaScript `fflate`, which still unzips the small package `docx` writes).
 * Native DEFLATE gives the same bytes for the same input on a given Node build (its bundled zlib); a
 * different zlib may choose other (equally valid) bytes.
 * @module
 */
import { crc32, deflateRawSync } from 'node:zlib';
import { Packer, Paragraph, TextRun, type Document as DocxDocument } from 'docx';
import { strFromU8, strToU8, unzipSync } from 'fflate';

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
  return zipEntries(Object.entries(files));
}

/** MS-DOS date of 1980-01-01 (the earliest a zip entry can carry), time 00:00:00: every entry's timestamp. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/**
 * Zip entries, in the order given, each DEFLATE-compressed by zlib at `LEVEL`, with a fixed timestamp and
 * no extra fields: a plain (not Zip64) archive, as Word and LibreOffice read it.
 * @param entries Path (`/`-separated) and content of each part.
 * @returns The archive's bytes.
 */
function zipEntries(entries: ReadonlyArray<readonly [string, Uint8Array]>): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const [path, data] of entries) {
    const name = strToU8(path);
    const compressed = deflateRawSync(data, { level: LEVEL });
    const crc = crc32(data);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    writeCommon(lv, 4, crc, compressed.length, data.length, name);
    local.set(name, 30);
    const central = new Uint8Array(46 + name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true); // version made by: 2.0, MS-DOS attributes
    writeCommon(cv, 6, crc, compressed.length, data.length, name);
    // Comment length, disk number, internal and external attributes: 0 (bytes 32-41).
    cv.setUint32(42, offset, true);
    central.set(name, 46);
    locals.push(local, compressed);
    centrals.push(central);
    offset += local.length + compressed.length;
  }
  if (offset > 0xffffffff || entries.length > 0xffff) throw new Error('packDocx: the package is too large for a plain zip (over 4 GB or 65,535 parts)');
  const centralSize = centrals.reduce((sum, part) => sum + part.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, centralSize, true);
  ev.setUint32(16, offset, true);
  const out = new Uint8Array(offset + centralSize + end.length);
  let at = 0;
  for (const part of [...locals, ...centrals, end]) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** The fields a local header (from byte 4) and a central header (from byte 6) share: version needed, flags, method, time, date, CRC, sizes, name length. */
function writeCommon(view: DataView, at: number, crc: number, compressedSize: number, size: number, name: Uint8Array): void {
  view.setUint16(at, 20, true); // version needed to extract: 2.0 (DEFLATE)
  view.setUint16(at + 2, name.some((byte) => byte > 0x7f) ? 1 << 11 : 0, true); // flags: bit 11 = UTF-8 name; sizes are in the header
  view.setUint16(at + 4, 8, true); // method: DEFLATE
  view.setUint16(at + 6, 0, true); // time 00:00:00
  view.setUint16(at + 8, DOS_DATE, true);
  view.setUint32(at + 10, crc >>> 0, true);
  view.setUint32(at + 14, compressedSize, true);
  view.setUint32(at + 18, size, true);
  view.setUint16(at + 22, name.length, true);
  // Extra field length: 0.
}
