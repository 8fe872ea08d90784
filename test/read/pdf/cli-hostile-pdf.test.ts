/**
 * The CLI on PDFs it cannot read: exit code 3 and one line naming the file and the problem.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tmad } from '../../support/run-cli.js';
import { encryptedPdf, scannedPdf, textPdf } from './hand-made-pdf.js';

describe('tmad parse on a PDF it cannot read', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tmad-pdf-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const cases: Array<[string, Uint8Array, RegExp]> = [
    ['scan.pdf', scannedPdf(), /^tmad: .*scan\.pdf: has no text layer: it is a scanned image; ask for a text PDF or the \.docx$/],
    ['locked.pdf', encryptedPdf(), /^tmad: .*locked\.pdf: is encrypted with a password/],
    ['cut.pdf', textPdf([[72, 720, 'Hello']]).subarray(0, 150), /^tmad: .*cut\.pdf: is a truncated PDF/],
  ];
  for (const [name, bytes, message] of cases) {
    it(`exits 3 with one line for ${name}`, async () => {
      writeFileSync(join(dir, name), bytes);
      const run = await tmad(['parse', name], dir);
      expect(run.code).toBe(3);
      expect(run.stderr.trim()).toMatch(message);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    });
  }
});
