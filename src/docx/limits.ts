/**
 * Limits applied to untrusted .docx files (zip bombs and oversized parts).
 * @module
 */

/** Caps on what reading one .docx may unpack. */
export interface DocxLimits {
  /** Most entries the zip may list. */
  maxEntries: number;
  /** Most uncompressed bytes of all entries together (as declared, and as actually read). */
  maxTotalBytes: number;
  /** Most uncompressed bytes of any one entry. */
  maxEntryBytes: number;
  /** Largest compression ratio (uncompressed / compressed) accepted for an entry larger than 1 MB. */
  maxRatio: number;
  /** Most blocks all bookmarks together may cover (each covered block counted once per bookmark). */
  maxBookmarkBlocks: number;
}

/** Defaults: generous for any real response form, far below what a zip bomb unpacks to. */
export const DEFAULT_DOCX_LIMITS: DocxLimits = {
  maxEntries: 2000,
  maxTotalBytes: 64 * 1024 * 1024,
  maxEntryBytes: 32 * 1024 * 1024,
  maxRatio: 200,
  maxBookmarkBlocks: 200_000,
};
