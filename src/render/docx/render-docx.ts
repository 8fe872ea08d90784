/**
 * Word documents: the redline of a delta (real tracked changes) and a clean copy of a version.
 * Both are deterministic: the same input gives the same bytes.
 * @module
 */
import { AlignmentType, Document as DocxDocument, Footer, Header, PageNumber, Paragraph, TextRun, type FileChild, type IParagraphStyleOptions } from 'docx';
import type { Delta } from '../../model/delta.js';
import type { Document, DocumentMeta } from '../../model/document.js';
import { cleanLayout as layoutClean } from '../layout/clean-layout.js';
import type { PublishContext, PublishLayout } from '../layout/publish-layout.js';
import { redlineLayout as layoutRedline } from '../layout/redline-layout.js';
import { revisionContext } from './docx-runs.js';
import { bodyPlaceholder, packDocx } from './pack-docx.js';
import { CHANGE_LIST_STYLE, FRONT_HEADING_STYLE, NOTE_STYLE, bodyBlocks, type RedlineOptions } from './redline-body.js';
import { FRONT_STYLES, frontPages } from './front-pages.js';
import type { WordBlock } from './word-blocks.js';
import { docxElements } from './word-docx.js';
import { wordXmlBytes } from './word-xml.js';
import { xmlSafeText } from '../../xml/escape-xml.js';

/** A Word file laid out: the package's settings and its body as blocks (see `wordFile`). */
export interface WordFileLayout {
  /** Document title (properties, header). */
  title: string;
  /** Author (properties). */
  author: string;
  /** Classification shown in header and footer (empty: the title alone). */
  classification: string;
  /** ISO date recorded as created and modified. */
  date: string;
  /** Turn on tracking of revisions. */
  trackRevisions: boolean;
  /** Custom document properties (`docProps/custom.xml`), e.g. `tmad.version`. */
  properties?: Array<{ name: string; value: string }>;
  /** The body. */
  blocks: WordBlock[];
}

/**
 * The Word redline of a delta: title `<title> <new> – delta vs <old>`, the classification in header
 * and footer, the change summary, then the whole document with tracked changes (Accept All gives
 * the new version, Reject All the old one).
 * @param delta The delta.
 * @param options Author, date, first revision id.
 * @returns The .docx bytes.
 */
export async function renderDocxRedline(delta: Delta, options: RedlineOptions = {}, context: PublishContext = {}): Promise<Uint8Array> {
  return wordFile(redlineLayout(delta, options, context));
}

/**
 * The Word file of a published layout (the writer the format registry uses).
 * @param layout The layout (a redline or a clean copy).
 * @param options Author, date, first revision id (redline).
 * @returns The .docx bytes.
 */
export async function renderDocxLayout(layout: PublishLayout, options: RedlineOptions = {}): Promise<Uint8Array> {
  return wordFile(wordFileLayout(layout, options));
}

/**
 * The layout of a Word redline (see `renderDocxRedline`).
 * @param delta The delta.
 * @param options Author, date, first revision id.
 * @param context History and drafting descriptions from the build.
 * @returns Settings and body blocks.
 */
export function redlineLayout(delta: Delta, options: RedlineOptions = {}, context: PublishContext = {}): WordFileLayout {
  return wordFileLayout(layoutRedline(delta, context), options);
}

/**
 * A clean Word copy of a version: its title, headings, numbered clauses, sub-paragraphs and tables,
 * the classification in header and footer; no tracked changes.
 * @param document The version.
 * @param context History from the build.
 * @returns The .docx bytes.
 */
export async function renderDocxClean(document: Document, context: PublishContext = {}): Promise<Uint8Array> {
  return wordFile(cleanLayout(document, context));
}

/**
 * The layout of a clean Word copy (see `renderDocxClean`).
 * @param document The version.
 * @param context History from the build.
 * @returns Settings and body blocks.
 */
export function cleanLayout(document: Document, context: PublishContext = {}): WordFileLayout {
  return wordFileLayout(layoutClean(document, context));
}

/**
 * A published layout as a Word file layout: the intro, then the body blocks (tracked in a redline).
 * @param layout The layout.
 * @param options Author, date, first revision id, what to include (redline).
 * @returns Settings and body blocks.
 */
export function wordFileLayout(layout: PublishLayout, options: RedlineOptions = {}): WordFileLayout {
  const author = options.author ?? layout.author;
  const date = options.date ?? layout.date;
  const { title, classification } = layout;
  const properties = customProperties(layout.meta);
  const front = frontPages(layout, { author, date });
  if (layout.kind === 'clean') {
    const body = bodyBlocks(layout, null);
    const first = body[0];
    if (first?.kind === 'paragraph') body[0] = { ...first, pageBreakBefore: true };
    return { title, author, classification, date, trackRevisions: false, properties, blocks: [...front, ...body] };
  }
  const body = bodyBlocks(layout, revisionContext(author, date, options.firstRevisionId ?? 1), { ...options, tmadStyles: true });
  return { title, author, classification, date, trackRevisions: true, properties, blocks: [...front, ...body] };
}

/**
 * The front matter as custom document properties `tmad.<key>`: strings as they are, other values JSON-encoded
 * (the contract with the Word and PDF readers, which read them back into the same front matter).
 * @param meta Front matter.
 * @returns Name and value of each property, in front-matter order.
 */
export function customProperties(meta: DocumentMeta): Array<{ name: string; value: string }> {
  return Object.entries(meta)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => ({ name: `tmad.${key}`, value: xmlSafeText(typeof value === 'string' ? value : JSON.stringify(value)) }));
}

/**
 * A laid-out Word file as .docx bytes: the `docx` library writes the package around a placeholder body,
 * and the body is written as text in its place, so no object is made per run (see `pack-docx.ts`).
 * @param layout Settings and body.
 * @param via `text` (default) or `objects`: the body made of `docx` objects and written by the library,
 *   slower, for comparing the two (they give the same bytes).
 * @returns The .docx bytes.
 */
export async function wordFile(layout: WordFileLayout, via: 'text' | 'objects' = 'text'): Promise<Uint8Array> {
  const { date, trackRevisions, blocks } = layout;
  // The library writes these into headers and properties: no character XML forbids may reach them.
  const [title, author, classification] = [layout.title, layout.author, layout.classification].map(xmlSafeText) as [string, string, string]; // map keeps the tuple's length
  const properties = layout.properties ?? [];
  if (via === 'objects') return packDocx(wordDocument(title, author, classification, docxElements(blocks), trackRevisions, properties), date);
  return packDocx(wordDocument(title, author, classification, [bodyPlaceholder()], trackRevisions, properties), date, wordXmlBytes(blocks));
}

function wordDocument(title: string, author: string, classification: string, children: FileChild[], trackRevisions: boolean, properties: ReadonlyArray<{ name: string; value: string }>): DocxDocument {
  const marking = (text: string): Paragraph => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, bold: true, size: 18 })] });
  const pageOf = new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ size: 18, children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })] });
  const front = (id: string, name: string, run: Record<string, unknown>, spacing: { before: number; after: number }): IParagraphStyleOptions => ({ id, name, basedOn: 'Normal', run, paragraph: { spacing } });
  return new DocxDocument({
    title,
    creator: author,
    lastModifiedBy: author,
    revision: 1,
    features: { trackRevisions },
    ...(properties.length > 0 ? { customProperties: [...properties] } : {}),
    styles: {
      default: { document: { run: { font: 'Arial', size: 21 }, paragraph: { spacing: { after: 100 } } } },
      paragraphStyles: [
        { id: NOTE_STYLE, name: 'Delta Note', basedOn: 'Normal', run: { italics: true, color: '555555', size: 18 }, paragraph: { spacing: { before: 40, after: 120 } } },
        front(FRONT_STYLES.coverTitle, 'Tmad Cover Title', { bold: true, size: 32, color: '1F4E79' }, { before: 240, after: 480 }),
        front(FRONT_STYLES.cover, 'Tmad Cover', { size: 24 }, { before: 60, after: 120 }),
        front(FRONT_HEADING_STYLE, 'Tmad Heading', { bold: true, size: 28, color: '1F4E79' }, { before: 240, after: 160 }),
        front(FRONT_STYLES.history, 'Tmad History', { size: 20 }, { before: 0, after: 40 }),
        front(FRONT_STYLES.toc, 'Tmad Toc', { size: 21 }, { before: 0, after: 60 }),
        front(CHANGE_LIST_STYLE, 'Tmad Change List', { size: 18 }, { before: 0, after: 40 }),
      ],
    },
    sections: [
      {
        headers: { default: new Header({ children: [marking(classification ? `${classification} — ${title}` : title)] }) },
        footers: { default: new Footer({ children: [marking(classification || title), pageOf] }) },
        children,
      },
    ],
  });
}
