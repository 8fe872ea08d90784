/**
 * No character XML 1.0 forbids reaches any XML part the project writes: a version whose title and clauses
 * carry C0 controls, U+FFFE, U+FFFF and lone surrogates still gives Word files every XML parser reads.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { computeDelta } from '../../src/delta/index.js';
import { parseDocument } from '../../src/parse/parse-document.js';
import { renderDocxClean, renderDocxRedline } from '../../src/render/docx/index.js';
import { escapeXml as consultEscape } from '../../src/consult/ooxml.js';
import { escapeXml, xmlSafeText } from '../../src/xml/escape-xml.js';

const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;
const BAD = '\u0001\u0008\u000B\u000C\u001F\uFFFE\uFFFF\uDC00\uD800x\uDBFF';
const FORBIDDEN = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const version = (body: string, v: string): string => `---\ndocument: TMAD\ntitle: "T${BAD}"\nversion: "${v}"\ndate: 2021-01-01\nclassification: "DCC Public${BAD}"\n---\n# Title ${BAD}\n\n## 1 Part ${BAD}\n\n**1.1** ${body}\n\n**1.2** Kept ${BAD} text.\n`;

describe('escapeXml', () => {
  it('drops what XML forbids and keeps tab, newline, CR and surrogate pairs', () => {
    expect(escapeXml(`a&b<c>"d"'e'${BAD}\t\n\rf😀`)).toBe('a&amp;b&lt;c&gt;&quot;d&quot;&apos;e&apos;x\t\n\rf😀');
    expect(xmlSafeText('\uD83D\uDE00 \uD83D \uDE00')).toBe('\uD83D\uDE00  ');
    expect(consultEscape).toBe(escapeXml);
  });
});

describe('Word files from a source full of forbidden characters', () => {
  const oldDoc = parseDocument(version(`The DCC ${BAD} shall act.`, '1'), 'a.md').document;
  const newDoc = parseDocument(version(`The DCC ${BAD} shall act promptly ${BAD}.`, '2'), 'b.md').document;
  const files = Promise.all([renderDocxRedline(computeDelta(oldDoc, newDoc)), renderDocxClean(newDoc)]);

  it('have no forbidden character in any XML part', async () => {
    for (const bytes of await files) {
      const parts = unzipSync(bytes);
      for (const [name, data] of Object.entries(parts)) if (/\.(xml|rels)$/.test(name)) expect(FORBIDDEN.test(strFromU8(data)), name).toBe(false);
      expect(strFromU8(parts['word/document.xml'] ?? new Uint8Array())).toContain('promptly');
    }
  });

  it.skipIf(!hasXmllint)('parse with xmllint, part by part (skipped where xmllint, Debian libxml2-utils, is not installed)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tmad-xml-safety-'));
    let checked = 0;
    for (const [index, bytes] of (await files).entries()) {
      for (const [name, data] of Object.entries(unzipSync(bytes))) {
        if (!/\.(xml|rels)$/.test(name)) continue;
        const file = join(dir, `${index}-${name.replace(/[^A-Za-z0-9.]+/g, '_')}`);
        writeFileSync(file, data);
        const run = spawnSync('xmllint', ['--noout', file], { encoding: 'utf8' });
        expect(run.stderr, name).toBe('');
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});
