/**
 * A PDF's document information as version metadata: `Title`, `Author`, `Subject`, `Keywords`, the
 * creation and modification dates (kept as `pdfCreated` / `pdfModified`: they are when the PDF was
 * made, not the version's date), and custom keys `tmad.<key>` (which tmad's own PDFs may carry:
 * `tmad.version`, `tmad.date`, ...) as `<key>`. A title ending in a version number (`... Document
 * 8.1`) gives the version when no `tmad.version` does.
 * @module
 */
import type { DocumentMeta } from '../../model/document.js';

const CUSTOM_PREFIX = 'tmad.';

/**
 * Metadata from a PDF information dictionary.
 * @param info The dictionary as pdf.js gives it (`Custom` holds the non-standard keys).
 * @returns The metadata.
 */
export function pdfMeta(info: Readonly<Record<string, unknown>>): DocumentMeta {
  const meta: DocumentMeta = {};
  const title = text(info.Title);
  if (title) {
    const versioned = /^(.*\S)\s+(?:v(?:ersion)?\s*)?(\d+(?:\.\d+)+)$/i.exec(title);
    meta.title = versioned?.[1] ?? title;
    if (versioned?.[2]) meta.version = versioned[2];
  }
  const author = text(info.Author);
  if (author) meta.author = author;
  const subject = text(info.Subject);
  if (subject) meta.subject = subject;
  const keywords = text(info.Keywords);
  if (keywords) meta.keywords = keywords;
  const created = pdfDate(text(info.CreationDate));
  if (created) meta.pdfCreated = created;
  const modified = pdfDate(text(info.ModDate));
  if (modified) meta.pdfModified = modified;
  const custom = info.Custom;
  if (custom && typeof custom === 'object') {
    for (const [key, value] of Object.entries(custom)) {
      const string = text(value);
      if (!key.startsWith(CUSTOM_PREFIX) || string === undefined) continue;
      const name = key.slice(CUSTOM_PREFIX.length);
      meta[name] = name === 'proper-nouns' ? string.split(',').map((noun) => noun.trim()).filter((noun) => noun !== '') : string;
    }
  }
  return meta;
}

/** A string value (pdf.js gives names as `{ name }`). */
function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  if (value && typeof value === 'object' && 'name' in value && typeof value.name === 'string') return value.name;
  return undefined;
}

/**
 * A PDF date (`D:20201118093000Z`, `D:20201118093000+01'00'`) as ISO 8601 in UTC.
 * @param value The PDF date string.
 * @returns `2020-11-18T09:30:00Z`, or `undefined` when it is not a date.
 */
export function pdfDate(value: string | undefined): string | undefined {
  const match = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:([Zz+-])(\d{2})?'?(\d{2})?'?)?/.exec(value ?? '');
  if (!match) return undefined;
  const [, year = '', month = '01', day = '01', hour = '00', minute = '00', second = '00', sign, offsetHours = '00', offsetMinutes = '00'] = match;
  const utc = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second));
  const offset = sign === '+' || sign === '-' ? (sign === '+' ? 1 : -1) * (Number(offsetHours) * 60 + Number(offsetMinutes)) * 60_000 : 0;
  const date = new Date(utc - offset);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().replace(/\.000Z$/, 'Z');
}
