/**
 * Heading alignment: which section heading of the old version is which of the new one.
 * Passes over unmatched headings: same depth, number and title; same depth and title (a renumbered
 * section); same depth and number (a retitled section).
 * @module
 */
import type { Document, Section } from '../model/document.js';
import { normaliseText } from '../model/text.js';

/** A heading in document order, with its section. */
export interface FlatHeading {
  /** The section. */
  section: Section;
  /** Index in document order. */
  index: number;
}

/**
 * Every section of a document in document order (pre-order over the tree).
 * @param document The document.
 * @returns Its headings.
 */
export function flattenSections(document: Document): FlatHeading[] {
  const out: FlatHeading[] = [];
  const walk = (sections: readonly Section[]): void => {
    for (const section of sections) {
      out.push({ section, index: out.length });
      walk(section.children);
    }
  };
  walk(document.sections);
  return out;
}

/** Result of aligning headings. */
export interface HeadingAlignment {
  /** For each new heading, the index of its old heading, or -1. */
  newToOld: number[];
  /** For each old heading, the index of its new heading, or -1. */
  oldToNew: number[];
  /** Old section number -> new section number, for numbered sections matched on both sides. */
  sectionMap: Map<string, string>;
}

/**
 * Align the headings of two versions.
 * @param oldHeadings Old headings in order.
 * @param newHeadings New headings in order.
 * @returns The alignment.
 */
export function alignHeadings(oldHeadings: readonly FlatHeading[], newHeadings: readonly FlatHeading[]): HeadingAlignment {
  const newToOld = newHeadings.map(() => -1);
  const oldToNew = oldHeadings.map(() => -1);
  const title = (h: FlatHeading): string => normaliseText(h.section.title).toLowerCase();
  const passes: Array<(h: FlatHeading) => string | null> = [
    (h) => `${h.section.depth}|${h.section.number ?? ''}|${title(h)}`,
    (h) => `${h.section.depth}|${title(h)}`,
    (h) => (h.section.number === null ? null : `${h.section.depth}|${h.section.number}`),
  ];
  for (const key of passes) {
    const queues = new Map<string, number[]>();
    const taken = new Map<string, number>();
    oldHeadings.forEach((heading, index) => {
      const k = key(heading);
      if (k === null || oldToNew[index] !== -1) return;
      const queue = queues.get(k) ?? [];
      queue.push(index);
      queues.set(k, queue);
    });
    newHeadings.forEach((heading, index) => {
      const k = key(heading);
      if (k === null || newToOld[index] !== -1) return;
      const queue = queues.get(k);
      const next = taken.get(k) ?? 0;
      const oldIndex = queue?.[next];
      if (oldIndex === undefined) return;
      taken.set(k, next + 1);
      newToOld[index] = oldIndex;
      oldToNew[oldIndex] = index;
    });
  }
  const sectionMap = new Map<string, string>();
  newHeadings.forEach((heading, index) => {
    const old = oldHeadings[newToOld[index] ?? -1];
    if (old && old.section.number !== null && heading.section.number !== null) sectionMap.set(old.section.number, heading.section.number);
  });
  return { newToOld, oldToNew, sectionMap };
}
