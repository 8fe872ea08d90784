import { Document, Packer, Paragraph } from 'docx';
import { unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeResponses } from '../../src/index.js';
import { BILLION_LAUGHS, EXTERNAL_ENTITY, lyingSizes, notADocx, truncated, withEntries, zipBomb } from '../docx/hostile-files.js';
import { ROOT, focb } from './support.js';

const { bundle, texts } = focb();

describe('reading a batch with hostile and wrong files', () => {
  it('rejects each bad file with its reason and reads the rest', async () => {
    const good = new Uint8Array(readFileSync(join(ROOT, 'documents/consultations/focb/responses/03-kestrel-gas-and-power.docx')));
    const plainDocx = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Dear DCC, we agree. Regards.')] }] })));
    const otherConsultation = withEntries(good, {
      'docProps/custom.xml': new TextDecoder().decode(readZipEntry(good, 'docProps/custom.xml')).replace('>focb<', '>mocc<'),
    });
    const files = [
      { name: 'a-good.docx', bytes: good },
      { name: 'b-zip-bomb.docx', bytes: zipBomb(good, 80) },
      { name: 'c-lying-sizes.docx', bytes: lyingSizes(good) },
      { name: 'd-billion-laughs.docx', bytes: withEntries(good, { 'word/document.xml': BILLION_LAUGHS }) },
      { name: 'e-external-entity.docx', bytes: withEntries(good, { 'word/document.xml': EXTERNAL_ENTITY }) },
      { name: 'f-truncated.docx', bytes: truncated(good) },
      { name: 'g-letter.docx', bytes: plainDocx },
      { name: 'h-empty.docx', bytes: new Uint8Array() },
      { name: 'i-not-word.docx', bytes: notADocx() },
      { name: 'j-other-consultation.docx', bytes: otherConsultation },
      { name: 'k-text.docx', bytes: new TextEncoder().encode('I agree with everything.') },
    ];
    const set = await makeResponses(bundle, texts, files);
    expect(set.responses.map((r) => r.file)).toEqual(['a-good.docx']);
    expect(set.responses[0]?.respondent.organisation).toBe('Kestrel Gas & Power');
    const reasons = Object.fromEntries(set.rejected.map((r) => [r.file, r.reason]));
    expect(Object.keys(reasons)).toHaveLength(10);
    expect(reasons['b-zip-bomb.docx']).toMatch(/zip bomb/);
    expect(reasons['c-lying-sizes.docx']).toMatch(/does not match the size its header declares/);
    expect(reasons['d-billion-laughs.docx']).toMatch(/DOCTYPE/);
    expect(reasons['e-external-entity.docx']).toMatch(/DOCTYPE/);
    expect(reasons['f-truncated.docx']).toMatch(/truncated/);
    expect(reasons['g-letter.docx']).toMatch(/^not a response to consultation focb/);
    expect(reasons['h-empty.docx']).toMatch(/empty/);
    expect(reasons['i-not-word.docx']).toMatch(/not a Word document/);
    expect(reasons['j-other-consultation.docx']).toMatch(/^a response to consultation mocc, not to focb/);
    expect(reasons['k-text.docx']).toMatch(/not a zip/);
  });
});

function readZipEntry(zip: Uint8Array, name: string): Uint8Array {
  return unzipSync(zip)[name] ?? new Uint8Array();
}
