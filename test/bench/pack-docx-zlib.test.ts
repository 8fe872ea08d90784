/**
 * The .docx packer zips with Node's zlib: the same document gives the same bytes on every run, and
 * the archive is a valid zip whose parts are exactly what was packed (read back by fflate and yauzl).
 */
import { readFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import yauzl from 'yauzl';
import { describe, expect, it } from 'vitest';
import { computeDelta } from '../../src/delta/compute-delta.js';
import { parseDocument } from '../../src/parse/parse-document.js';
import { renderDocxClean, renderDocxRedline } from '../../src/render/docx/index.js';

const read = (version: string) => parseDocument(readFileSync(`documents/tmad/${version}.md`, 'utf8'), `documents/tmad/${version}.md`).document;

function entryNames(bytes: Uint8Array): Promise<string[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(bytes), { lazyEntries: true, validateEntrySizes: true }, (error, zip) => {
      if (error || !zip) return reject(error ?? new Error('no zip'));
      const names: string[] = [];
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError ?? new Error('no stream'));
          stream.on('data', () => undefined);
          stream.on('end', () => {
            names.push(entry.fileName);
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(names));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

describe('packDocx with zlib', () => {
  it('gives the same bytes twice, for a clean copy and a redline', async () => {
    const [older, newer] = [read('8.0'), read('8.1')];
    const delta = computeDelta(older, newer);
    const first = [await renderDocxClean(newer), await renderDocxRedline(delta)];
    const second = [await renderDocxClean(newer), await renderDocxRedline(delta)];
    expect(Buffer.from(second[0] ?? []).equals(Buffer.from(first[0] ?? []))).toBe(true);
    expect(Buffer.from(second[1] ?? []).equals(Buffer.from(first[1] ?? []))).toBe(true);
  });

  it('writes a valid zip with a fixed timestamp that fflate and yauzl read back', async () => {
    const bytes = await renderDocxClean(read('8.1'));
    const parts = unzipSync(bytes);
    expect(Object.keys(parts)).toContain('word/document.xml');
    expect(strFromU8(parts['word/document.xml'] ?? new Uint8Array())).toContain('Definitions and Interpretation');
    expect(await entryNames(bytes)).toEqual(Object.keys(parts));
    // Every local header carries 1980-01-01 00:00 (DOS date 0x0021, time 0).
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    expect(view.getUint32(0, true)).toBe(0x04034b50);
    expect(view.getUint16(10, true)).toBe(0);
    expect(view.getUint16(12, true)).toBe(0x21);
  });
});
