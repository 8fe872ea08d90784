/**
 * Word's list counters: the number Word shows for each numbered paragraph, in document order.
 * Counters belong to the abstract list (instances of one abstract list continue each other); an
 * instance's `startOverride` restarts its level where the instance is first used; a level restarts
 * when a shallower level advances (or as `w:lvlRestart` says); `w:isLgl` shows the shallower levels in
 * Arabic numerals. The clause depth is the count of `%n` in the level's text, not its `ilvl`.
 * @module
 */
import { styleChain, type StyleSheet } from '../styles.js';
import { formatCounter, isUnnumbered } from './format-counter.js';
import type { AbstractNumbering, LevelDefinition, NumberingDefinitions, NumberingInstance } from './numbering-definitions.js';

/** The number a paragraph shows. */
export interface ListNumber {
  /** The label as shown, e.g. `4.24`, `(a)`, `Schedule 2`; for a bullet, the bullet character. */
  text: string;
  /** Count of `%n` placeholders in the level text (0 for a bullet or a literal label). */
  depth: number;
  /** `ilvl`, 0-8. */
  ilvl: number;
  /** `true` for a bullet (or a level that shows no counter). */
  bullet: boolean;
}

/** What numbering a paragraph asks for: its own `w:numPr` or its style's. */
export interface NumberingRequest {
  /** `w:numId` (`0` or null: not numbered). */
  numId: string | null;
  /** `w:ilvl`, when given. */
  ilvl: number | null;
  /** The paragraph's style id, to find the level linked to it (`w:lvl/w:pStyle`). */
  styleId: string | null;
}

/** Numbers paragraphs one after another; one per document read (it holds the counters). */
export interface Numberer {
  /**
   * Advance the counters for the next numbered paragraph and return what it shows.
   * @param request The paragraph's numbering.
   * @returns Its number, or null when it shows none.
   */
  next(request: NumberingRequest): ListNumber | null;
  /**
   * What the next paragraph would show, without advancing any counter.
   * @param request The paragraph's numbering.
   * @returns Its number, or null.
   */
  peek(request: NumberingRequest): ListNumber | null;
}

interface Counters {
  values: Array<number | undefined>;
}

interface ResolvedList {
  instance: NumberingInstance;
  abstract: AbstractNumbering;
}

/**
 * A numberer over a document's numbering definitions and styles.
 * @param definitions numbering.xml.
 * @param styles styles.xml (for `numStyleLink` and levels linked to styles).
 * @returns The numberer, with its counters at the start of the document.
 */
export function createNumberer(definitions: NumberingDefinitions, styles: StyleSheet): Numberer {
  const counters = new Map<string, Counters>();
  const seenInstances = new Set<string>();
  const compute = (request: NumberingRequest, advance: boolean): ListNumber | null => {
    if (request.numId === null || request.numId === '0') return null;
    const list = resolve(definitions, styles, request.numId);
    if (!list) return null;
    const ilvl = clampLevel(request.ilvl ?? linkedLevel(list.abstract, styles, request.styleId) ?? 0);
    const level = levelOf(list, ilvl);
    if (!level || level.text === null) return null;
    const state = counters.get(list.abstract.id) ?? { values: [] };
    const values = [...state.values];
    if (!seenInstances.has(list.instance.id)) {
      for (const [overridden, override] of list.instance.overrides) if (override.start !== null || override.level !== null) values[overridden] = undefined;
    }
    const current = values[ilvl];
    values[ilvl] = current === undefined ? startOf(list, ilvl) : current + 1;
    for (let deeper = ilvl + 1; deeper < 9; deeper += 1) {
      const restart = levelOf(list, deeper)?.restart ?? null;
      if (restart === null || (restart !== 0 && ilvl < restart)) values[deeper] = undefined;
    }
    if (advance) {
      seenInstances.add(list.instance.id);
      counters.set(list.abstract.id, { values });
    }
    return render(list, level, values);
  };
  return { next: (request) => compute(request, true), peek: (request) => compute(request, false) };
}

function clampLevel(ilvl: number): number {
  return Math.min(8, Math.max(0, ilvl));
}

function resolve(definitions: NumberingDefinitions, styles: StyleSheet, numId: string): ResolvedList | null {
  const instance = definitions.instances.get(numId);
  if (!instance) return null;
  let abstract = definitions.abstracts.get(instance.abstractId);
  for (let hops = 0; abstract?.numStyleLink && hops < 5; hops += 1) {
    const linkedNumId = styleChain(styles, abstract.numStyleLink).find((style) => style.numId !== null)?.numId ?? null;
    const linked = linkedNumId === null ? undefined : definitions.instances.get(linkedNumId);
    const target = linked ? definitions.abstracts.get(linked.abstractId) : undefined;
    if (!target || target === abstract) break;
    abstract = target;
  }
  return abstract ? { instance, abstract } : null;
}

function linkedLevel(abstract: AbstractNumbering, styles: StyleSheet, styleId: string | null): number | null {
  const chain = new Set(styleChain(styles, styleId).map((style) => style.id));
  for (const level of abstract.levels.values()) if (level.style !== null && chain.has(level.style)) return level.ilvl;
  return null;
}

function levelOf(list: ResolvedList, ilvl: number): LevelDefinition | undefined {
  return list.instance.overrides.get(ilvl)?.level ?? list.abstract.levels.get(ilvl);
}

function startOf(list: ResolvedList, ilvl: number): number {
  return list.instance.overrides.get(ilvl)?.start ?? levelOf(list, ilvl)?.start ?? 0;
}

function render(list: ResolvedList, level: LevelDefinition, values: ReadonlyArray<number | undefined>): ListNumber | null {
  const template = level.text ?? '';
  if (level.format === 'bullet') return { text: template.trim(), depth: 0, ilvl: level.ilvl, bullet: true };
  let depth = 0;
  const text = template.replace(/%([1-9])/g, (_whole, digit: string) => {
    depth += 1;
    const index = Number(digit) - 1;
    const referenced = levelOf(list, index);
    const value = values[index] ?? startOf(list, index);
    const format = level.legal && index < level.ilvl ? 'decimal' : (referenced?.format ?? 'decimal');
    return formatCounter(value, format);
  });
  const shown = text.trim();
  if (shown === '') return null;
  return { text: shown, depth, ilvl: level.ilvl, bullet: depth === 0 && isUnnumbered(level.format) };
}
