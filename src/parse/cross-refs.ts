/**
 * Finding cross-references in clause text: "Clause 4.24", "Clauses 4.24 and 4.24A", "Section 4",
 * "4.12(b)", "Clauses 4.24 to 4.26", "Section A1.1 of the Code".
 * @module
 */
import type { CrossRef } from '../model/document.js';

/** A reference as found in one text, before positions and range expansion. */
export interface FoundRef {
  /** The text as written. */
  text: string;
  /** Offset of `text` in the searched string. */
  index: number;
  /** What it points at. */
  kind: CrossRef['kind'];
  /** Cited numbers, as written. */
  targets: string[];
  /** Pairs `[from, to]` of ranges among the targets. */
  ranges: Array<[string, string]>;
  /** `4.12(b)` gives `{ "4.12": "(b)" }`. */
  subparagraphs: Record<string, string>;
  /** For an external reference: the other document. */
  document?: string;
}

const ID = String.raw`(?:[A-Z]{1,2}\d+(?:\.\d+)*[A-Z]{0,3}|\d+(?:\.\d+)*[A-Z]{0,3})`;
const SUB = String.raw`(?:\([a-z]{1,2}\)|\([ivx]{1,5}\)|\([A-Z]\))*`;
const JOIN = String.raw`(?:\s*,\s*(?:and\s+|or\s+)?|\s+and\/or\s+|\s+and\s+|\s+or\s+|\s+to\s+|\s*[-–]\s*)`;
const KEYWORD_REF = new RegExp(
  String.raw`\b(Clauses?|Sections?|[Pp]aragraphs?|Schedules?|Appendix|Appendices|Annex(?:es)?)\s+(${ID}${SUB}(?:${JOIN}${ID}${SUB})*)`,
  'g',
);
/** A lettered part of another document: `Section H of the Code`, `Appendix AB`, `Schedule 2`. */
const LETTER_REF = /\b(?:Sections?|Appendix|Appendices|Schedules?|Annex(?:es)?)\s+([A-Z]{1,2})(?![\w.])/g;
/** The keywords `LETTER_REF` starts with: text without them has no lettered reference. */
const LETTER_KEYWORD = /\b(?:Section|Appendi|Schedule|Annex)/;
const BARE_SUB_REF = /(?<![\w.])(\d+(?:\.\d+)+[A-Z]{0,3})((?:\([a-z]{1,2}\)|\([ivx]{1,5}\))+)/g;
/** `of the Code` after a reference; sticky, so it is tried right where the reference ends (no copy of the rest of the text). */
const OF_DOCUMENT = /\s+of\s+((?:the|this)\s+)?([A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|of|and))*)/y;
const ONE_ID = new RegExp(String.raw`(${ID})(${SUB})`, 'g');

/** `of the Code` right at `offset` in `text`, or `null`. */
function ofDocumentAt(text: string, offset: number): RegExpExecArray | null {
  OF_DOCUMENT.lastIndex = offset;
  return OF_DOCUMENT.exec(text);
}

/** The union of spans, sorted by start, overlapping ones merged (for `coveredBy`). */
function union(spans: ReadonlyArray<readonly [number, number]>): Array<[number, number]> {
  const merged: Array<[number, number]> = [];
  for (const [start, end] of [...spans].sort((a, b) => a[0] - b[0])) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/**
 * Whether an offset is in one of the spans already taken by a reference: a binary search over
 * their union (a scan of every span made texts with thousands of references quadratic).
 */
function coveredBy(spans: ReadonlyArray<readonly [number, number]>, index: number): boolean {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [start, end] = spans[middle] ?? [0, 0];
    if (index < start) high = middle - 1;
    else if (index >= end) low = middle + 1;
    else return true;
  }
  return false;
}

/**
 * Find the cross-references in a text. Linear in the text and the references found.

 * @param text Plain text of one block.
 * @returns References in order of appearance.
 */
export function findCrossRefs(text: string): FoundRef[] {
  const found: FoundRef[] = [];
  const covered: Array<[number, number]> = [];
  // Numbered references (keyword or bare) need a digit; lettered ones a keyword. Most text has neither.
  const digits = /\d/.test(text);
  if (!digits && !LETTER_KEYWORD.test(text)) return found;
  for (const match of digits ? text.matchAll(KEYWORD_REF) : []) {
    const keyword = match[1] ?? '';
    const list = match[2] ?? '';
    const index = match.index;
    let length = match[0].length;
    const targets: string[] = [];
    const seen = new Set<string>();
    const ranges: Array<[string, string]> = [];
    const subparagraphs: Record<string, string> = {};
    let previousEnd = 0;
    for (const item of list.matchAll(ONE_ID)) {
      const id = item[1] ?? '';
      const between = list.slice(previousEnd, item.index);
      const previous = targets.at(-1);
      if (previous !== undefined && /\bto\b|[-–]/.test(between)) ranges.push([previous, id]);
      if (!seen.has(id)) {
        seen.add(id);
        targets.push(id);
      }
      if (item[2]) subparagraphs[id] = item[2];
      previousEnd = item.index + item[0].length;
    }
    const after = ofDocumentAt(text, index + length);
    let documentName: string | undefined;
    if (after && after[1]?.trim() !== 'this') {
      documentName = `${after[1] ?? ''}${after[2] ?? ''}`.trim();
      length += after[0].length;
    }
    const external = documentName !== undefined || targets.some((target) => /^[A-Z]/.test(target)) || /^(Schedule|Appendix|Appendices|Annex)/.test(keyword);
    const isSection = /^Section/.test(keyword) && targets.every((target) => !target.includes('.'));
    const ref: FoundRef = {
      text: text.slice(index, index + length),
      index,
      kind: external ? 'external' : isSection ? 'section' : 'clause',
      targets,
      ranges,
      subparagraphs,
    };
    if (documentName !== undefined) ref.document = documentName;
    found.push(ref);
    covered.push([index, index + length]);
  }
  const keywordSpans = union(covered);
  const lettered: Array<[number, number]> = [];
  for (const match of text.matchAll(LETTER_REF)) {
    const index = match.index;
    // Lettered references come in order, each after the span of the one before: only the last can cover this one.
    if (coveredBy(keywordSpans, index) || index < (lettered.at(-1)?.[1] ?? 0)) continue;
    let length = match[0].length;
    const after = ofDocumentAt(text, index + length);
    const ref: FoundRef = { text: '', index, kind: 'external', targets: [match[1] ?? ''], ranges: [], subparagraphs: {} };
    if (after && after[1]?.trim() !== 'this') {
      ref.document = `${after[1] ?? ''}${after[2] ?? ''}`.trim();
      length += after[0].length;
    }
    ref.text = text.slice(index, index + length);
    found.push(ref);
    lettered.push([index, index + length]);
  }
  const taken = lettered.length === 0 ? keywordSpans : union([...keywordSpans, ...lettered]);
  for (const match of digits ? text.matchAll(BARE_SUB_REF) : []) {
    const index = match.index;
    if (coveredBy(taken, index)) continue;
    const id = match[1] ?? '';
    found.push({
      text: match[0],
      index,
      kind: 'clause',
      targets: [id],
      ranges: [],
      subparagraphs: { [id]: match[2] ?? '' },
    });
  }
  return found.sort((a, b) => a.index - b.index);
}
