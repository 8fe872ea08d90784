/**
 * Unpacking selected entries of an untrusted zip with yauzl, within limits.
 * @module
 */
import yauzl from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';
import { DocxError } from './docx-error.js';
import type { DocxLimits } from './limits.js';

/**
 * Read the entries of a zip whose names `wanted` accepts. Every entry's declared size counts
 * against the limits (so a bomb in an entry we never read is still refused); entries read are
 * checked against their declared size by yauzl and counted again as they stream.
 * @param bytes The zip.
 * @param limits Caps on entries and sizes.
 * @param wanted Which entries to return.
 * @returns The wanted entries by name, and the names of all entries.
 * @throws DocxError when the zip is empty, not a zip, truncated, too big or lies about sizes.
 */
export async function unzipEntries(
  bytes: Uint8Array,
  limits: DocxLimits,
  wanted: (name: string) => boolean,
): Promise<{ entries: Map<string, Uint8Array>; names: string[] }> {
  if (bytes.length === 0) throw new DocxError('empty', 'the file is empty (0 bytes)');
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.length < 4 || buffer.readUInt32LE(0) !== 0x04034b50) {
    throw new DocxError('not-zip', 'the file is not a zip archive (a .docx is a zip); it does not start with a zip header');
  }
  let zip: ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(buffer, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false, decodeStrings: true });
  } catch (error) {
    throw new DocxError('truncated', `the zip is truncated or damaged (${message(error)})`);
  }
  if (zip.entryCount > limits.maxEntries) {
    zip.close();
    throw new DocxError('too-many-entries', `the zip lists ${zip.entryCount} entries, more than the limit of ${limits.maxEntries}`);
  }
  const entries = new Map<string, Uint8Array>();
  const names: string[] = [];
  const seen = new Set<string>();
  let declared = 0;
  let read = 0;
  try {
    for (;;) {
      const entry = await nextEntry(zip);
      if (!entry) break;
      checkName(entry.fileName, seen);
      names.push(entry.fileName);
      checkEntry(entry, limits);
      declared += entry.uncompressedSize;
      if (declared > limits.maxTotalBytes) {
        throw new DocxError('too-large', `the zip unpacks to more than ${limits.maxTotalBytes} bytes (a zip bomb?)`);
      }
      if (entry.fileName.endsWith('/') || !wanted(entry.fileName)) continue;
      const data = await readEntry(zip, entry, limits.maxEntryBytes);
      read += data.length;
      if (read > limits.maxTotalBytes) throw new DocxError('too-large', `the zip unpacks to more than ${limits.maxTotalBytes} bytes (a zip bomb?)`);
      entries.set(entry.fileName, data);
    }
  } finally {
    zip.close();
  }
  return { entries, names };
}

/**
 * Refuse an entry name that is absolute, climbs out of the archive (`..`), uses backslashes or
 * control characters, or repeats an earlier entry (two `word/document.xml` entries: which one a
 * program reads differs between programs, so a reviewer and tmad could see different text).
 * Names are compared as Word does, case-insensitively.
 */
function checkName(name: string, seen: Set<string>): void {
  const shown = JSON.stringify(name.length > 80 ? `${name.slice(0, 80)}...` : name);
  if (name === '' || name.startsWith('/') || /^[A-Za-z]:/.test(name) || name.includes('\\') || /[\u0000-\u001f\u007f]/.test(name) || name.split('/').some((part) => part === '..' || part === '.')) {
    throw new DocxError('bad-entry-name', `the zip has an entry named ${shown}, which is not a relative path inside the archive (path traversal?)`);
  }
  const key = name.toLowerCase();
  if (seen.has(key)) throw new DocxError('duplicate-entry', `the zip has two entries named ${shown} (programs disagree on which one they read: a spoofed document?)`);
  seen.add(key);
}

function checkEntry(entry: Entry, limits: DocxLimits): void {
  if (entry.uncompressedSize > limits.maxEntryBytes) {
    throw new DocxError('too-large', `entry ${entry.fileName} unpacks to ${entry.uncompressedSize} bytes, more than the limit of ${limits.maxEntryBytes} (a zip bomb?)`);
  }
  const ratio = entry.compressedSize > 0 ? entry.uncompressedSize / entry.compressedSize : 0;
  if (entry.uncompressedSize > 1024 * 1024 && ratio > limits.maxRatio) {
    throw new DocxError('too-large', `entry ${entry.fileName} is compressed ${Math.round(ratio)}:1, more than the limit of ${limits.maxRatio}:1 (a zip bomb?)`);
  }
}

function nextEntry(zip: ZipFile): Promise<Entry | null> {
  return new Promise((resolve, reject) => {
    const onEntry = (entry: Entry): void => {
      cleanup();
      resolve(entry);
    };
    const onEnd = (): void => {
      cleanup();
      resolve(null);
    };
    const onError = (error: unknown): void => {
      cleanup();
      // yauzl checks names itself before it hands an entry over: say what is wrong, not "damaged".
      const text = message(error);
      if (/^(?:invalid characters in fileName|absolute path|invalid relative path): /.test(text)) {
        reject(new DocxError('bad-entry-name', `the zip has an entry named ${JSON.stringify(text.slice(text.indexOf(': ') + 2).slice(0, 80))}, which is not a relative path inside the archive (path traversal?)`));
        return;
      }
      reject(new DocxError('truncated', `the zip is truncated or damaged (${text})`));
    };
    const cleanup = (): void => {
      zip.off('entry', onEntry);
      zip.off('end', onEnd);
      zip.off('error', onError);
    };
    zip.on('entry', onEntry);
    zip.on('end', onEnd);
    zip.on('error', onError);
    zip.readEntry();
  });
}

async function readEntry(zip: ZipFile, entry: Entry, maxBytes: number): Promise<Uint8Array> {
  let stream;
  try {
    stream = await zip.openReadStreamPromise(entry);
  } catch (error) {
    throw new DocxError('truncated', `entry ${entry.fileName} cannot be read (${message(error)})`);
  }
  const chunks: Buffer[] = [];
  let length = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      length += chunk.length;
      if (length > maxBytes) {
        stream.destroy();
        throw new DocxError('too-large', `entry ${entry.fileName} unpacks to more than ${maxBytes} bytes (a zip bomb?)`);
      }
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof DocxError) throw error;
    const text = message(error);
    if (/too many bytes|too few bytes|expected/i.test(text)) {
      throw new DocxError('size-mismatch', `entry ${entry.fileName} does not match the size its header declares (${text}; a zip bomb?)`);
    }
    throw new DocxError('truncated', `entry ${entry.fileName} cannot be unpacked (${text})`);
  }
  return new Uint8Array(Buffer.concat(chunks, length));
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
