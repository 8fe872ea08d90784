/**
 * The files of a delta in the formats asked for, named `<new>-delta-vs-<old>.<ext>`; shared by
 * `tmad diff` and `tmad build`.
 * @module
 */
import type { Delta } from '../model/delta.js';
import type { Document } from '../model/document.js';
import { cleanLayout } from './layout/clean-layout.js';
import type { PublishContext } from './layout/publish-layout.js';
import { redlineLayout } from './layout/redline-layout.js';
import { PUBLISH_FORMATS, WRITERS, type PublishFormat } from './writers.js';

/** The formats a delta is written in. */
export const DELTA_FORMATS = PUBLISH_FORMATS;

/** One delta format. */
export type DeltaFormat = PublishFormat;

/** A rendered file: its name and content. */
export interface RenderedFile {
  /** File name (no directory). */
  name: string;
  /** Content. */
  content: string | Uint8Array;
}

/**
 * The base name of a delta's files: `<new>-delta-vs-<old>`, from the versions (else the file names).
 * @param delta The delta.
 * @returns For example `7.2-delta-vs-7.1`.
 */
export function deltaBaseName(delta: Delta): string {
  return `${versionName(delta.new.meta.version, delta.new.file)}-delta-vs-${versionName(delta.old.meta.version, delta.old.file)}`;
}

/**
 * The name of a version's files: its `version`, else its file name without `.md`.
 * @param version The version from the front matter.
 * @param file The source file.
 * @returns A name safe in file names.
 */
export function versionName(version: unknown, file: string): string {
  const raw = typeof version === 'string' && version.trim() !== '' ? version : (file.split('/').pop() ?? file).replace(/\.md$/i, '');
  return raw.replace(/[^A-Za-z0-9._-]+/g, '-');
}

/**
 * Render a delta in the given formats: laid out once, then each format's writer.
 * @param delta The delta.
 * @param formats Formats, in order.
 * @param context History and drafting descriptions from the build.
 * @returns One file per format.
 */
export async function renderDeltaFiles(delta: Delta, formats: readonly DeltaFormat[], context: PublishContext = {}): Promise<RenderedFile[]> {
  const base = deltaBaseName(delta);
  const layout = redlineLayout(delta, context);
  const files: RenderedFile[] = [];
  for (const format of formats) files.push({ name: `${base}.${format}`, content: await WRITERS[format](layout) });
  return files;
}

/**
 * The clean copy of a version in the given formats (default Word), named `<version>.<ext>`.
 * @param document The version.
 * @param context History from the build.
 * @param formats Formats (default `docx`).
 * @returns The files.
 */
export async function renderCleanFiles(document: Document, context: PublishContext = {}, formats: readonly DeltaFormat[] = ['docx']): Promise<RenderedFile[]> {
  const layout = cleanLayout(document, context);
  const base = versionName(document.meta.version, document.file);
  const files: RenderedFile[] = [];
  for (const format of formats) files.push({ name: `${base}.${format}`, content: await WRITERS[format](layout) });
  return files;
}

/**
 * The clean Word copy of a version, named `<version>.docx`.
 * @param document The version.
 * @param context History from the build.
 * @returns The file.
 */
export async function renderCleanFile(document: Document, context: PublishContext = {}): Promise<RenderedFile> {
  const [file] = await renderCleanFiles(document, context, ['docx']);
  if (!file) throw new Error('renderCleanFile: no file written');
  return file;
}
