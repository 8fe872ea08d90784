/**
 * The pages before a published Word document: the cover (title, code and appendix, version, status, date,
 * classification; the comparison profile on a redline), the version history and the contents, a Word TOC
 * field whose entries are already written (so the page is not empty before Word updates it). Every
 * paragraph is in a `Tmad*` style, which readers of our files skip.
 * @module
 */
import type { PublishLayout } from '../layout/publish-layout.js';
import { FRONT_HEADING_STYLE, plainTable } from './redline-body.js';
import { paragraph, type WordBlock, type WordParagraph, type WordRun } from './word-blocks.js';

/** Paragraph styles of the front pages (all start with `Tmad`: readers skip them). */
export const FRONT_STYLES = { coverTitle: 'TmadCoverTitle', cover: 'TmadCover', history: 'TmadHistory', toc: 'TmadToc' } as const;

/** The field instruction of the contents: headings 1 to 3, as hyperlinks, without page numbers in web view. */
export const TOC_INSTRUCTION = ' TOC \\o "1-3" \\h \\z \\u ';

/**
 * The front pages of a layout as Word blocks.
 * @param layout The layout.
 * @param options `author` and `date` shown on a redline's cover.
 * @returns Cover, history and contents.
 */
export function frontPages(layout: PublishLayout, options: { author: string; date: string }): WordBlock[] {
  const cover = FRONT_STYLES.cover;
  const out: WordBlock[] = [paragraph([{ text: layout.title }], { style: 'Title' })];
  out.push(paragraph([{ text: layout.cover.subtitle }], { style: FRONT_STYLES.coverTitle }));
  for (const fact of layout.cover.facts) out.push(paragraph([{ text: `${fact.label}: `, bold: true }, { text: fact.value }], { style: cover }));
  if (layout.kind === 'redline') {
    out.push(paragraph([{ text: `Changes by ${options.author}, dated ${options.date.slice(0, 10)}. Old: ${layout.sides?.old ?? ''}; new: ${layout.sides?.new ?? ''}.` }], { style: cover }));
    out.push(paragraph([{ text: 'Insertions and deletions are tracked changes: accept all to get the new version, reject all to get the old one.' }], { style: cover }));
    if (layout.profile.length > 0) out.push(paragraph([{ text: 'Comparison profile: ', bold: true }, { text: layout.profile.join('; ') }], { style: cover }));
  }
  out.push(paragraph([{ text: 'Version history' }], { style: FRONT_HEADING_STYLE, pageBreakBefore: true }));
  out.push(plainTable(['Version', 'Date', 'Status', 'Notes'], layout.history.map((row) => [row.version, row.date, row.status, row.note]), FRONT_STYLES.history));
  if (layout.contents.length > 0) {
    out.push(paragraph([{ text: 'Contents' }], { style: FRONT_HEADING_STYLE }));
    out.push(...contentsField(layout));
  }
  return out;
}

function contentsField(layout: PublishLayout): WordParagraph[] {
  const last = layout.contents.length - 1;
  return layout.contents.map((entry, i) => {
    const runs: WordRun[] = [];
    if (i === 0) runs.push({ text: '', fieldChar: 'begin' }, { text: TOC_INSTRUCTION, instruction: true }, { text: '', fieldChar: 'separate' });
    runs.push({ text: entry.number ? `${entry.number} ${entry.title}` : entry.title });
    if (i === last) runs.push({ text: '', fieldChar: 'end' });
    const depth = Math.max(0, entry.depth - 2);
    return paragraph(runs, { style: FRONT_STYLES.toc, ...(depth > 0 ? { indent: { left: 440 * depth, hanging: 0 } } : {}) });
  });
}
