/**
 * Packing a `docx` Document into bytes that depend only on its content: the package's zip entries
 * get a fixed timestamp and `docProps/core.xml` the document's own date instead of the wall clock.
 * @module
 */
import { Packer, type Document as DocxDocument } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/**
 * Pack a Word document deterministically.
 * @param document The `docx` document.
 * @param isoDate The date to record as created and modified, `YYYY-MM-DDT00:00:00Z`.
 * @returns The .docx bytes: the same document gives the same bytes on every run.
 */
export async function packDocx(document: DocxDocument, isoDate: string): Promise<Uint8Array> {
  const packed = new Uint8Array(await Packer.toBuffer(document));
  const files = unzipSync(packed);
  const core = files['docProps/core.xml'];
  if (core) {
    const stamped = strFromU8(core).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${isoDate}$2`);
    files['docProps/core.xml'] = strToU8(stamped);
  }
  // 1980-01-01 is the earliest time a zip entry can carry; the local-time conversion inside fflate is
  // undone by building the date from local fields.
  const mtime = new Date(1980, 0, 1, 0, 0, 0);
  return zipSync(Object.fromEntries(Object.entries(files).map(([path, data]) => [path, [data, { mtime, level: 6 }]])));
}
