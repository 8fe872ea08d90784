/**
 * Word documents: the redline of a delta (real tracked changes) and a clean copy of a version.
 * Both are deterministic: the same input gives the same bytes.
 * @module
 */
import { AlignmentType, Document as DocxDocument, Footer, Header, Paragraph, TextRun, type FileChild } from 'docx';
import type { Delta } from '../../model/delta.js';
import type { Document } from '../../model/document.js';
import { cleanLayout as layoutClean } from '../layout/clean-layout.js';
import type { PublishContext, PublishLayout } from '../layout/publish-layout.js';
import { redlineLayout as layoutRedline } from '../layout/redline-layout.js';
import { revisionContext } from './docx-runs.js';
import { bodyPlaceholder, packDocx } from './pack-docx.js';
import { NOTE_STYLE, bodyBlocks, type RedlineOptions } from './redline-body.js';
import { paragraph, type WordBlock } from './word-blocks.js';
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
  if (layout.kind === 'clean') {
    const intro: WordBlock[] = [paragraph([{ text: title }], { style: 'Title' })];
    const facts = [layout.meta.code, layout.meta.appendix ? `Appendix ${layout.meta.appendix}` : '', layout.meta.status, layout.meta.date].filter((x): x is string => typeof x === 'string' && x !== '');
    if (facts.length > 0) intro.push(paragraph([{ text: facts.join(' · ') }], { style: NOTE_STYLE }));
    return { title, author, classification, date, trackRevisions: false, blocks: [...intro, ...bodyBlocks(layout, null)] };
  }
  const facts = `Changes by ${author}, dated ${date.slice(0, 10)}. Old: ${layout.sides?.old ?? ''}; new: ${layout.sides?.new ?? ''}.`;
  const body = bodyBlocks(layout, revisionContext(author, date, options.firstRevisionId ?? 1), options);
  const intro: WordBlock[] = [
    paragraph([{ text: title }], { style: 'Title' }),
    paragraph([{ text: facts }], { style: NOTE_STYLE }),
    paragraph([{ text: 'Insertions and deletions are tracked changes: accept all to get the new version, reject all to get the old one.' }], { style: NOTE_STYLE }),
  ];
  return { title, author, classification, date, trackRevisions: true, blocks: [...intro, ...body] };
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
  if (via === 'objects') return packDocx(wordDocument(title, author, classification, docxElements(blocks), trackRevisions), date);
  return packDocx(wordDocument(title, author, classification, [bodyPlaceholder()], trackRevisions), date, wordXmlBytes(blocks));
}

function wordDocument(title: string, author: string, classification: string, children: FileChild[], trackRevisions: boolean): DocxDocument {
  const marking = (text: string): Paragraph => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, bold: true, size: 18 })] });
  return new DocxDocument({
    title,
    creator: author,
    lastModifiedBy: author,
    revision: 1,
    features: { trackRevisions },
    styles: {
      default: { document: { run: { font: 'Arial', size: 21 }, paragraph: { spacing: { after: 100 } } } },
      paragraphStyles: [{ id: NOTE_STYLE, name: 'Delta Note', basedOn: 'Normal', run: { italics: true, color: '555555', size: 18 }, paragraph: { spacing: { before: 40, after: 120 } } }],
    },
    sections: [
      {
        headers: { default: new Header({ children: [marking(classification ? `${classification} — ${title}` : title)] }) },
        footers: { default: new Footer({ children: [marking(classification || title)] }) },
        children,
      },
    ],
  });
}
