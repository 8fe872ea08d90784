/**
 * Making a generated .docx byte-identical for identical inputs: the `docx` package stamps the
 * wall-clock time into docProps/core.xml and the zip; this rewrites both from a given date.
 * Only for files tmad wrote itself (trusted), never for untrusted input.
 * @module
 */
import { unzipSync, zipSync, strToU8, strFromU8, type Zippable } from 'fflate';

/**
 * Rewrite a generated .docx so its bytes depend only on its content and `date`.
 * @param bytes The .docx as `Packer` wrote it.
 * @param date ISO date (`YYYY-MM-DD`) for created/modified and the zip entries.
 * @param patch Optional edits of parts by name (text in, text out), applied before re-zipping.
 * @returns The new .docx.
 */
export function deterministicDocx(bytes: Uint8Array, date: string, patch: Record<string, (xml: string) => string> = {}): Uint8Array {
  const files = unzipSync(bytes);
  const stamp = `${date}T00:00:00Z`;
  const core = files['docProps/core.xml'];
  if (core) {
    files['docProps/core.xml'] = strToU8(
      strFromU8(core).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${stamp}$2`),
    );
  }
  for (const [name, edit] of Object.entries(patch)) {
    const part = files[name];
    if (part) files[name] = strToU8(edit(strFromU8(part)));
  }
  // fflate writes DOS times from local-time fields: build the date from local fields so the bytes do not depend on the time zone.
  const [year = 2000, month = 1, day = 1] = date.split('-').map(Number);
  const mtime = new Date(year, month - 1, day, 12, 0, 0);
  const names = Object.keys(files).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  const ordered: Zippable = {};
  for (const name of names) ordered[name] = [files[name] ?? new Uint8Array(), { mtime, level: 6 }];
  return zipSync(ordered);
}

function rank(name: string): number {
  return name === '[Content_Types].xml' ? 0 : name.startsWith('_rels/') ? 1 : 2;
}
