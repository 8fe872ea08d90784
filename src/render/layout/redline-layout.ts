/**
 * The layout of a redline from a delta: cover, history, contents, change summary (clause rows with their
 * significance, reason and drafting description, then rows for text outside clauses), definitions, front
 * matter, then the body in reading order. A moved clause is laid out once as deleted where it was and once as
 * inserted where it went, each with a note naming the other place, so every writer shows it the same way.
 * @module
 */
import { wholeBlocks } from '../../delta/block-diff.js';
import { assertNever } from '../../model/assert-never.js';
import type { Block } from '../../model/document.js';
import type { BlockDelta, ClauseChange, Delta } from '../../model/delta.js';
import { changeAnchor, changeSummaryRows, deltaTitle, headingNumberParts, moveNote, numberParts, outsideSummaryRows, statsLine, summaryColumns } from '../change-summary.js';
import { headingAnchors, partsText } from './anchors.js';
import { authorAndDate, coverOf, historyOf, metaText, versionLabel } from './cover.js';
import { profileLines, type BodyEntry, type ContentsEntry, type PublishContext, type PublishLayout } from './publish-layout.js';

/** Deepest heading (Markdown depth) listed in the contents. */
export const CONTENTS_DEPTH = 3;

/**
 * Lay out the redline of a delta.
 * @param delta The delta.
 * @param context History and drafting descriptions from the build (optional).
 * @returns The layout.
 */
export function redlineLayout(delta: Delta, context: PublishContext = {}): PublishLayout {
  const { author, date } = authorAndDate(delta.new.meta);
  const oldName = versionLabel(delta.old.meta, delta.old.file);
  const newName = versionLabel(delta.new.meta, delta.new.file);
  const body = redlineBody(delta);
  const contents: ContentsEntry[] = [];
  const sectionAnchors = new Map<string, string>();
  for (const entry of body) {
    if (entry.kind !== 'heading' || entry.status === 'deleted') continue;
    const number = partsText(entry.number, 'new');
    if (number) sectionAnchors.set(number, entry.anchor);
    if (entry.depth <= CONTENTS_DEPTH) contents.push({ depth: entry.depth, number, title: partsText(entry.title, 'new'), anchor: entry.anchor });
  }
  const descriptions = context.descriptions ?? {};
  const rows = [
    ...changeSummaryRows(delta).map((row) => {
      const change = delta.changes[row.index];
      const description = change ? (descriptions[change.newIds[0] ?? ''] ?? descriptions[change.oldIds[0] ?? '']) : undefined;
      return description !== undefined ? { ...row, description } : row;
    }),
    ...outsideSummaryRows(delta, (key) => (key === null ? 'redline' : (sectionAnchors.get(key.split('/')[0] ?? '') ?? 'redline'))),
  ];
  return {
    kind: 'redline',
    title: deltaTitle(delta),
    author,
    date,
    classification: typeof delta.new.meta.classification === 'string' ? delta.new.meta.classification : '',
    meta: delta.new.meta,
    sides: { old: `${oldName}${delta.old.meta.date ? ` (${delta.old.meta.date})` : ''}`, new: `${newName}${delta.new.meta.date ? ` (${delta.new.meta.date})` : ''}` },
    cover: coverOf(delta.new.title || String(delta.new.meta.title ?? 'Document'), `${newName} – changes since ${oldName}`, delta.new.meta),
    history: historyOf(context.history, delta.new.meta),
    contents,
    profile: profileLines(delta.profile),
    summary: { stats: statsLine(delta), columns: summaryColumns(rows), rows },
    definitions: delta.definitions,
    frontMatter: delta.meta.map((m) => ({ key: m.key, old: metaText(m.old), new: metaText(m.new) })),
    body,
    source: { kind: 'delta', delta },
  };
}

function redlineBody(delta: Delta): BodyEntry[] {
  const anchors = headingAnchors();
  const out: BodyEntry[] = [];
  for (const entry of delta.outline) {
    switch (entry.kind) {
      case 'heading': {
        const heading = entry.heading;
        const number = headingNumberParts(heading);
        out.push({ kind: 'heading', anchor: anchors.next(heading.newNumber ?? heading.oldNumber, partsText(heading.parts, heading.status === 'deleted' ? 'old' : 'new')), depth: heading.depth, status: heading.status, number, title: heading.parts });
        for (const block of heading.blocks) out.push({ kind: 'block', block });
        break;
      }
      case 'change': {
        const change = delta.changes[entry.index];
        if (change) out.push(...changeEntries(change, entry.index));
        break;
      }
      case 'moved-away': {
        const change = delta.changes[entry.index];
        if (!change) break;
        change.pieces.forEach((piece) => {
          out.push({ kind: 'clause', anchor: null, changeIndex: entry.index, change: change.kind, significance: change.significance ?? 'none', whole: 'deleted', number: numberParts({ oldId: piece.oldId, newId: null }), blocks: wholeBlocks(sideBlocks(piece.blocks, 'old'), 'deleted') });
        });
        out.push({ kind: 'note', text: moveNote(change, 'to'), link: { text: change.newIds.join(', '), anchor: changeAnchor(change, entry.index) }, changes: [] });
        break;
      }
      default:
        assertNever(entry);
    }
  }
  return out;
}

function changeEntries(change: ClauseChange, index: number): BodyEntry[] {
  const significance = change.significance ?? (change.kind === 'unchanged' ? 'none' : change.substantive ? 'substantive' : change.consequential ? 'consequential' : 'editorial');
  const anchor = changeAnchor(change, index);
  if (change.kind === 'moved') {
    const pieces: BodyEntry[] = change.pieces.map((piece, position) => ({
      kind: 'clause',
      anchor: position === 0 ? anchor : null,
      changeIndex: index,
      change: change.kind,
      significance,
      whole: 'inserted',
      number: numberParts({ oldId: null, newId: piece.newId }),
      blocks: wholeBlocks(sideBlocks(piece.blocks, 'new'), 'inserted'),
    }));
    const changed = change.pieces.flatMap((piece) => piece.blocks.flatMap((block) => (block.kind === 'text' && block.status === 'changed' ? [block.parts] : [])));
    return [...pieces, { kind: 'note', text: moveNote(change, 'from'), changes: changed }];
  }
  return change.pieces.map((piece, position) => ({
    kind: 'clause',
    anchor: position === 0 ? anchor : null,
    changeIndex: index,
    change: change.kind,
    significance,
    whole: piece.oldId === null ? 'inserted' : piece.newId === null ? 'deleted' : null,
    number: numberParts(piece),
    blocks: piece.blocks,
  }));
}

function sideBlocks(blocks: readonly BlockDelta[], side: 'old' | 'new'): Block[] {
  return blocks.flatMap((block) => {
    const chosen = side === 'old' ? block.old : block.new;
    return chosen ? [chosen] : [];
  });
}
