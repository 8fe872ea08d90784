/**
 * Word documents: the redline of a delta (real tracked changes) and a clean copy of a version.
 * Both are deterministic: the same input gives the same bytes.
 * @module
 */
import { AlignmentType, Document as DocxDocument, Footer, Header, Paragraph, TextRun, type FileChild } from 'docx';
import { computeDelta } from '../../delta/compute-delta.js';
import type { Delta } from '../../model/delta.js';
import type { Document } from '../../model/document.js';
import { deltaTitle } from '../change-summary.js';
import { revisionContext } from './docx-runs.js';
import { bodyPlaceholder, packDocx } from './pack-docx.js';
import { NOTE_STYLE, bodyBlocks, revisionAuthorAndDate, type RedlineOptions } from './redline-body.js';
import { paragraph, type WordBlock } from './word-blocks.js';
import { docxElements } from './word-docx.js';
import { wordXmlBytes } from './word-xml.js';

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
export async function renderDocxRedline(delta: Delta, options: RedlineOptions = {}): Promise<Uint8Array> {
  return wordFile(redlineLayout(delta, options));
}

/**
 * The layout of a Word redline (see `renderDocxRedline`).
 * @param delta The delta.
 * @param options Author, date, first revision id.
 * @returns Settings and body blocks.
 */
export function redlineLayout(delta: Delta, options: RedlineOptions = {}): WordFileLayout {
  const { author, date } = revisionAuthorAndDate(delta, options);
  const title = deltaTitle(delta);
  const classification = typeof delta.new.meta.classification === 'string' ? delta.new.meta.classification : '';
  const facts = `Changes by ${author}, dated ${date.slice(0, 10)}. Old: ${delta.old.meta.version ?? delta.old.file}${delta.old.meta.date ? ` (${delta.old.meta.date})` : ''}; new: ${delta.new.meta.version ?? delta.new.file}${delta.new.meta.date ? ` (${delta.new.meta.date})` : ''}.`;
  const body = bodyBlocks(delta, revisionContext(author, date, options.firstRevisionId ?? 1), options);
  const intro: WordBlock[] = [
    paragraph([{ text: title }], { style: 'Title' }),
    paragraph([{ text: facts }], { style: NOTE_STYLE }),
    paragraph([{ text: 'Insertions and deletions are tracked changes: accept all to get the new version, reject all to get the old one.' }], { style: NOTE_STYLE }),
  ];
  return { title, author, classification, date, trackRevisions: true, blocks: [...intro, ...body] };
}

/**
 * A clean Word copy of a version: its title, headings, numbered clauses, sub-paragraphs and tables,
 * the classification in header and footer; no tracked changes.
 * @param document The version.
 * @returns The .docx bytes.
 */
export async function renderDocxClean(document: Document): Promise<Uint8Array> {
  return wordFile(cleanLayout(document));
}

/**
 * The layout of a clean Word copy (see `renderDocxClean`).
 * @param document The version.
 * @returns Settings and body blocks.
 */
export function cleanLayout(document: Document): WordFileLayout {
  const delta = computeDelta(document, document);
  const { author, date } = revisionAuthorAndDate(delta);
  const version = document.meta.version ? ` ${document.meta.version}` : '';
  const title = `${document.title}${version}`;
  const classification = typeof document.meta.classification === 'string' ? document.meta.classification : '';
  const intro: WordBlock[] = [paragraph([{ text: title }], { style: 'Title' })];
  const facts = [document.meta.code, document.meta.appendix ? `Appendix ${document.meta.appendix}` : '', document.meta.status, document.meta.date].filter((x): x is string => typeof x === 'string' && x !== '');
  if (facts.length > 0) intro.push(paragraph([{ text: facts.join(' · ') }], { style: NOTE_STYLE }));
  return { title, author, classification, date, trackRevisions: false, blocks: [...intro, ...bodyBlocks(delta, null)] };
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
  const { title, author, classification, date, trackRevisions, blocks } = layout;
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
