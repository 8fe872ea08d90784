/**
 * The files of a delta in the formats asked for, named `<new>-delta-vs-<old>.<ext>`; shared by
 * `tmad diff` and `tmad build`.
 * @module
 */
import type { Delta } from '../model/delta.js';
import type { Document } from '../model/document.js';
import { renderDeltaHtml } from './delta-html.js';
import { renderDeltaJson } from './delta-json.js';
import { renderDeltaMarkdown } from './delta-md.js';
import { renderDocxClean, renderDocxRedline } from './docx/index.js';

/** The formats a delta is written in. */
export const DELTA_FORMATS = ['docx', 'html', 'md', 'json'] as const;

/** One delta format. */
export type DeltaFormat = (typeof DELTA_FORMATS)[number];

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
 * Render a delta in the given formats.
 * @param delta The delta.
 * @param formats Formats, in order.
 * @returns One file per format.
 */
export async function renderDeltaFiles(delta: Delta, formats: readonly DeltaFormat[]): Promise<RenderedFile[]> {
  const base = deltaBaseName(delta);
  const files: RenderedFile[] = [];
  for (const format of formats) {
    switch (format) {
      case 'docx':
        files.push({ name: `${base}.docx`, content: await renderDocxRedline(delta) });
        break;
      case 'html':
        files.push({ name: `${base}.html`, content: renderDeltaHtml(delta) });
        break;
      case 'md':
        files.push({ name: `${base}.md`, content: renderDeltaMarkdown(delta) });
        break;
      case 'json':
        files.push({ name: `${base}.json`, content: renderDeltaJson(delta) });
        break;
    }
  }
  return files;
}

/**
 * The clean Word copy of a version, named `<version>.docx`.
 * @param document The version.
 * @returns The file.
 */
export async function renderCleanFile(document: Document): Promise<RenderedFile> {
  return { name: `${versionName(document.meta.version, document.file)}.docx`, content: await renderDocxClean(document) };
}
