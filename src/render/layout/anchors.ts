/**
 * Link targets of headings: readable (`section-4`), unique within one layout.
 * @module
 */

/** Gives each heading a unique link target. */
export interface HeadingAnchors {
  /**
   * The link target of a heading.
   * @param number Its number, or `null`.
   * @param title Its title.
   * @returns `section-4`, `section-4-2`, `heading-dormant-migration`; `-2`, `-3` added when taken.
   */
  next(number: string | null, title: string): string;
}

/**
 * A fresh set of heading anchors (one per layout).
 * @returns The generator.
 */
export function headingAnchors(): HeadingAnchors {
  const taken = new Set<string>();
  return {
    next(number, title) {
      const slug = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
      const base = number ? `section-${slug(number)}` : `heading-${slug(title) || 'untitled'}`;
      let anchor = base;
      for (let n = 2; taken.has(anchor); n++) anchor = `${base}-${n}`;
      taken.add(anchor);
      return anchor;
    },
  };
}

/**
 * The plain text of word parts on one side.
 * @param parts The parts.
 * @param side `new` (equal and inserted) or `old` (equal and deleted).
 * @returns The text.
 */
export function partsText(parts: readonly { op: 'equal' | 'insert' | 'delete'; text: string }[], side: 'new' | 'old'): string {
  return parts
    .filter((part) => part.op === 'equal' || part.op === (side === 'new' ? 'insert' : 'delete'))
    .map((part) => part.text)
    .join('');
}
