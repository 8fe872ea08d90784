/**
 * Naming a file that is not a Word .docx by what it is (a PDF, an old Word .doc, an OpenDocument
 * text, a spreadsheet, RTF), from its first bytes and its zip entry names, so that a rejected
 * response says what to ask the respondent for.
 * @module
 */

/**
 * What a non-.docx file is, with the remedy, or null when it may be a .docx.
 * @param bytes The file.
 * @returns A reason for the rejection, or null.
 */
export function notDocxReason(bytes: Uint8Array): string | null {
  const head = latin1(bytes.subarray(0, 8));
  const remedy = 'ask the respondent for the filled .docx response template';
  if (head.startsWith('%PDF')) return `a PDF document, not a Word .docx: the answers cannot be read from it; ${remedy}`;
  if (head.startsWith('{\\rtf')) return `a Rich Text (.rtf) document, not a Word .docx; ${remedy} (or open it in Word and save it as .docx)`;
  if (head === '\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1') return `an old-format Microsoft Office file (.doc or .xls), not a Word .docx; ${remedy} (or open it in Word and save it as .docx)`;
  if (!head.startsWith('PK\x03\x04')) return null;
  // Zip entry names are stored uncompressed: look for the parts that name the format.
  const names = latin1(bytes.length > 4_000_000 ? bytes.subarray(bytes.length - 4_000_000) : bytes);
  const start = latin1(bytes.subarray(0, 200));
  if (start.includes('mimetypeapplication/vnd.oasis.opendocument.text')) return `an OpenDocument text (.odt), not a Word .docx; ${remedy} (in LibreOffice: File > Save As > Word 2007-365 .docx)`;
  if (start.includes('mimetypeapplication/vnd.oasis.opendocument')) return `an OpenDocument file (.ods or .odp), not a Word .docx; ${remedy}`;
  if (names.includes('xl/workbook.xml')) return `an Excel workbook (.xlsx), not a Word .docx; ${remedy}`;
  if (names.includes('ppt/presentation.xml')) return `a PowerPoint presentation (.pptx), not a Word .docx; ${remedy}`;
  return null;
}

function latin1(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) text += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return text;
}
