/**
 * Minimal PDFs written by hand for the reader's tests: a page with text, a page with only a drawn
 * image-like rectangle (no text layer), and an encrypted file.
 */

/**
 * A PDF file from its objects' bodies (object n is `objects[n - 1]`), with a correct cross-reference table.
 * @param objects Object bodies, e.g. `<< /Type /Catalog /Pages 2 0 R >>`.
 * @param trailer Extra trailer entries, e.g. `/Encrypt 5 0 R`.
 * @returns The file's bytes.
 */
export function pdfFile(objects: readonly string[], trailer = ''): Uint8Array {
  let text = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(text.length);
    text += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = text.length;
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) text += `${String(offset).padStart(10, '0')} 00000 n \n`;
  text += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailer} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(text);
}

/**
 * A one-page PDF whose content stream is `content` (Helvetica as /F1).
 * @param content The page's content stream.
 * @param trailer Extra trailer entries.
 * @param extra Extra objects (numbered from 6).
 * @returns The file's bytes.
 */
export function onePagePdf(content: string, trailer = '', extra: readonly string[] = []): Uint8Array {
  return pdfFile(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
      `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
      ...extra,
    ],
    trailer,
  );
}

/** A page that looks like a scan: a filled grey rectangle and no text. */
export function scannedPdf(): Uint8Array {
  return onePagePdf('0.5 g 50 50 495 742 re f');
}

/** A PDF with an /Encrypt dictionary (standard security handler) whose empty user password does not open it. */
export function encryptedPdf(): Uint8Array {
  const o = '<' + 'a1'.repeat(32) + '>';
  const u = '<' + 'b2'.repeat(32) + '>';
  return onePagePdf('BT /F1 12 Tf 72 720 Td (Secret) Tj ET', '/Encrypt 6 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>]', [
    `<< /Filter /Standard /V 1 /R 2 /O ${o} /U ${u} /P -4 >>`,
  ]);
}

/** A page of text lines at the given baselines (Helvetica 11). */
export function textPdf(lines: ReadonlyArray<readonly [x: number, y: number, text: string]>): Uint8Array {
  const escape = (text: string): string => text.replace(/[\\()]/g, (c) => `\\${c}`);
  return onePagePdf(lines.map(([x, y, text]) => `BT /F1 11 Tf ${x} ${y} Td (${escape(text)}) Tj ET`).join('\n'));
}
