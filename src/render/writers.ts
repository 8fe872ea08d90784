/**
 * The writers of published layouts, one per format, in one exhaustive registry: a new format is one writer
 * file and one line here.
 * @module
 */
import { renderDeltaJson } from './delta-json.js';
import { renderLayoutHtml } from './delta-html.js';
import { renderLayoutMarkdown } from './delta-md.js';
import { documentToJson } from './document-json.js';
import { renderDocxLayout } from './docx/render-docx.js';
import type { PublishLayout } from './layout/publish-layout.js';

/** The formats a published layout is written in. */
export const PUBLISH_FORMATS = ['docx', 'html', 'md', 'json'] as const;

/** One format. */
export type PublishFormat = (typeof PUBLISH_FORMATS)[number];

/** A writer: a layout in, the file's content out. */
export type LayoutWriter = (layout: PublishLayout) => string | Uint8Array | Promise<string | Uint8Array>;

/** Every format's writer (exhaustive: adding a format to `PUBLISH_FORMATS` fails to compile until it has one). */
export const WRITERS: Record<PublishFormat, LayoutWriter> = {
  docx: renderDocxLayout,
  html: renderLayoutHtml,
  md: renderLayoutMarkdown,
  json: (layout) => (layout.source.kind === 'delta' ? renderDeltaJson(layout.source.delta) : documentToJson(layout.source.document)),
};
