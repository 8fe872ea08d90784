/**
 * The consequential rules: references that follow a renumbering (of clauses and sections), a clause's or
 * section's reference to itself, and a defined term's new name. The old text with every reference and term
 * rewritten as the renumbering and renames say: when it equals the new text (editorial differences aside), the
 * only change is references that followed their targets.
 * @module
 */

/** What following references needs: the renumbering and the renames of one comparison. */
export interface ReferenceContext {
  /** Old clause id -> its single new id, for clauses that kept one identity. */
  renumbering: ReadonlyMap<string, string>;
  /** Old section number -> new section number. */
  sectionMap: ReadonlyMap<string, string>;
  /** Old defined term -> new term, for terms renamed with the same meaning. */
  termRenames: ReadonlyMap<string, string>;
  /** Every clause id of the old version (a reference to another number did not resolve there). */
  oldIds: ReadonlySet<string>;
  /** New clause id -> the old id renumbered to it. */
  renumberedFrom: ReadonlyMap<string, string>;
}

/** One reference or term rewritten. */
export interface FollowedReference {
  /** What was rewritten. */
  kind: 'clause' | 'section' | 'term' | 'repaired';
  /** As it was. */
  from: string;
  /** As it became. */
  to: string;
}

/** A clause id in text (`4.24A`), or `Section(s)` followed by bare section numbers (`Sections 12 and 13`). */
const REFERENCE = /\b(Sections?\s+)((?:(?<![\d.])\d+(?!\.?\d)(?:\s*(?:,|and|or|to|-|–)\s*(?=\d))?)+)|\b(\d+(?:\.\d+)+[A-Z]{0,3})\b/g;

/**
 * The old text with its references rewritten as the renumbering says, and renamed terms renamed.
 * @param text Old text.
 * @param context Renumbering and renames.
 * @returns The rewritten text and what was rewritten, in order.
 */
export function followReferences(text: string, context: ReferenceContext): { text: string; followed: FollowedReference[] } {
  const followed: FollowedReference[] = [];
  let out = text.replace(REFERENCE, (all, word: string | undefined, numbers: string | undefined, id: string | undefined) => {
    if (id !== undefined) {
      const to = context.renumbering.get(id);
      if (to === undefined || to === id) return all;
      followed.push({ kind: 'clause', from: id, to });
      return to;
    }
    return `${word ?? ''}${(numbers ?? '').replace(/\d+/g, (number) => {
      const to = context.sectionMap.get(number);
      if (to === undefined || to === number) return number;
      followed.push({ kind: 'section', from: number, to });
      return to;
    })}`;
  });
  for (const [from, to] of context.termRenames) {
    const pattern = new RegExp(`\\b${from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g');
    out = out.replace(pattern, () => {
      followed.push({ kind: 'term', from, to });
      return to;
    });
  }
  return { text: out, followed };
}

const CLAUSE_ID = /\b(\d+(?:\.\d+)+[A-Z]{0,3})\b/;

/**
 * References repaired: the two texts differ only in clause numbers, and each number that differs either followed
 * the renumbering or did not resolve in the old version and now names a clause that was renumbered (an old
 * `SECTION 18.11` that the old version did not have, now `18.12`, the old 17.11).
 * @param oldText Old text (editorial differences already erased).
 * @param newText New text (the same).
 * @param context Renumbering and the old version's ids.
 * @returns What changed (at least one repaired), or `undefined` when the texts differ otherwise.
 */
export function repairedReferences(oldText: string, newText: string, context: ReferenceContext): FollowedReference[] | undefined {
  const split = (text: string): string[] => text.split(new RegExp(CLAUSE_ID.source, 'g'));
  const before = split(oldText);
  const after = split(newText);
  if (before.length !== after.length || before.length < 2) return undefined;
  const out: FollowedReference[] = [];
  for (let index = 0; index < before.length; index++) {
    const a = before[index] ?? '';
    const b = after[index] ?? '';
    if (index % 2 === 0 || a === b) {
      if (a !== b) return undefined;
      continue;
    }
    if (context.renumbering.get(a) === b) out.push({ kind: 'clause', from: a, to: b });
    else if (!context.oldIds.has(a) && context.renumberedFrom.has(b)) out.push({ kind: 'repaired', from: a, to: b });
    else return undefined;
  }
  return out.some((f) => f.kind === 'repaired') ? out : undefined;
}
