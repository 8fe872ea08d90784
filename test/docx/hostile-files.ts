/**
 * Hostile .docx files for tests: each made at test time from a valid one.
 * @module
 */
import { unzipSync, zipSync, strToU8, Zip, ZipPassThrough } from 'fflate';

/**
 * Replace or add entries in a zip.
 * @param docx A valid zip.
 * @param changes Entry name -> new content (string or bytes).
 * @returns The new zip.
 */
export function withEntries(docx: Uint8Array, changes: Record<string, string | Uint8Array>): Uint8Array {
  const files = unzipSync(docx);
  for (const [name, content] of Object.entries(changes)) files[name] = typeof content === 'string' ? strToU8(content) : new Uint8Array(content);
  return zipSync(files);
}

/** A billion-laughs document.xml (entities nested ten deep). */
export const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol4;</w:t></w:r></w:p></w:body></w:document>`;

/** A document.xml that pulls in a local file through an external entity. */
export const EXTERNAL_ENTITY = `<?xml version="1.0"?>
<!DOCTYPE w:document [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>`;

/**
 * A zip bomb: a valid .docx plus an entry of zeros that unpacks to `megabytes` MB.
 * @param docx A valid .docx.
 * @param megabytes Size unpacked.
 * @returns The bomb.
 */
export function zipBomb(docx: Uint8Array, megabytes = 80): Uint8Array {
  const files = unzipSync(docx);
  return zipSync({ ...files, 'word/media/zeros.bin': [new Uint8Array(megabytes * 1024 * 1024), { level: 9 }] });
}

/**
 * A zip whose headers lie: `word/document.xml` declares 64 bytes but unpacks to more.
 * @param docx A valid .docx.
 * @returns The lying zip.
 */
export function lyingSizes(docx: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(docx);
  const view = new DataView(bytes.buffer);
  const target = 'word/document.xml';
  for (let offset = 0; offset + 46 < bytes.length; offset++) {
    const signature = view.getUint32(offset, true);
    if (signature === 0x04034b50) {
      const nameLength = view.getUint16(offset + 26, true);
      const name = new TextDecoder().decode(bytes.subarray(offset + 30, offset + 30 + nameLength));
      if (name === target) view.setUint32(offset + 22, 64, true);
    } else if (signature === 0x02014b50) {
      const nameLength = view.getUint16(offset + 28, true);
      const name = new TextDecoder().decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
      if (name === target) view.setUint32(offset + 24, 64, true);
    }
  }
  return bytes;
}

/**
 * A zip cut short (its central directory lost).
 * @param docx A valid .docx.
 * @returns The first 60 % of it.
 */
export function truncated(docx: Uint8Array): Uint8Array {
  return docx.slice(0, Math.floor(docx.length * 0.6));
}

/** A zip that is not a Word document. */
export function notADocx(): Uint8Array {
  return zipSync({ 'readme.txt': strToU8('hello'), 'data/values.csv': strToU8('a,b\n1,2\n') });
}

/**
 * A zip of the given entries in order, names repeated or odd as given (fflate's streaming writer
 * does not refuse them, unlike `zipSync` whose object keys cannot repeat).
 * @param entries Name and content, in order.
 * @returns The zip.
 */
export function rawZip(entries: ReadonlyArray<readonly [string, string | Uint8Array]>): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const [name, content] of entries) {
    const file = new ZipPassThrough(name);
    zip.add(file);
    file.push(typeof content === 'string' ? strToU8(content) : content, true);
  }
  zip.end();
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/**
 * The entries of a valid .docx, in order, to rebuild it with `rawZip` plus hostile entries.
 * @param docx A valid .docx.
 * @returns Its entries.
 */
export function entriesOf(docx: Uint8Array): Array<[string, Uint8Array]> {
  return Object.entries(unzipSync(docx));
}
