/**
 * Dates stamped into generated .docx files: a zip entry's DOS time cannot be before 1980, so an
 * earlier document date (a consultation dated 1970 by mistake) is stamped as 1980-01-01 instead of
 * failing.
 * @module
 */

/**
 * A `YYYY-MM-DD` date that a zip can hold (1980-01-01 to 2099-12-31), for document stamps.
 * @param date The document's date.
 * @returns The date, clamped into the zip range (an unreadable date gives 1980-01-01).
 */
export function zipSafeDate(date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return '1980-01-01';
  if (date < '1980-01-01') return '1980-01-01';
  if (date > '2099-12-31') return '2099-12-31';
  return date;
}
