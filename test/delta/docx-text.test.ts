/**
 * The Word files write their body as text (`word-xml.ts`) rather than as `docx` library objects: the two
 * ways must give the same bytes, part for part, for redlines and clean copies of every kind of change.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { computeDelta } from '../../src/delta/index.js';
import { parseDocument } from '../../src/parse/parse-document.js';
import { cleanLayout, redlineLayout, wordFile } from '../../src/render/docx/render-docx.js';
import { escapeXml } from '../../src/render/docx/word-xml.js';
import { FIXTURES, ROOT, fixtureCases, load } from './helpers.js';

const tmad = ['7.1', '7.2', '8.0', '8.1'].map((version) => load(join(ROOT, `documents/tmad/${version}.md`), `documents/tmad/${version}.md`));
const pairs = [
  ...tmad.slice(1).map((doc, index) => [`TMAD ${tmad[index]?.meta.version} -> ${doc.meta.version}`, tmad[index], doc] as const),
  ...fixtureCases().map((name) => [`fixture ${name}`, load(join(FIXTURES, name, 'old.md')), load(join(FIXTURES, name, 'new.md'))] as const),
];

async function sameBytes(layout: ReturnType<typeof redlineLayout>): Promise<void> {
  const text = await wordFile(layout, 'text');
  const objects = await wordFile(layout, 'objects');
  const parts = (bytes: Uint8Array): Record<string, string> => Object.fromEntries(Object.entries(unzipSync(bytes)).map(([path, data]) => [path, Buffer.from(data).toString('utf8')]));
  // Part by part first, so a difference shows as text.
  expect(parts(text)).toEqual(parts(objects));
  expect(Buffer.from(text).equals(Buffer.from(objects))).toBe(true);
}

describe('Word body written as text', () => {
  it.each(pairs)('%s: redline and clean copy are the bytes the docx library writes', async (_name, oldDoc, newDoc) => {
    if (!oldDoc || !newDoc) throw new Error('missing document');
    const delta = computeDelta(oldDoc, newDoc);
    await sameBytes(redlineLayout(delta));
    await sameBytes(redlineLayout(delta, { summary: false, redlineHeading: null, headingOffset: 2, firstRevisionId: 40 }));
    await sameBytes(cleanLayout(newDoc));
  });

  it('escapes markup, quotes and control characters as the docx library does', async () => {
    const text = (body: string, version: string): string => `---\nversion: "${version}"\ndate: 2021-01-01\nauthor: "O'Brien & <Co>"\n---\n# T "q"\n\n## 1 Part\n\n**1.1** ${body}\n`;
    const oldDoc = parseDocument(text('The DCC shall act.', '1'), 'a.md').document;
    const newDoc = parseDocument(text('The DCC shall act if 5 < 6 & "q" > 3, \u0001<script>alert(1)</script> | it\'s now.', '2'), 'b.md').document;
    await sameBytes(redlineLayout(computeDelta(oldDoc, newDoc)));
    expect(escapeXml(`a&b<c>"d"'e'\u0001\tf`)).toBe('a&amp;b&lt;c&gt;&quot;d&quot;&apos;e&apos;\tf');
  });
});
