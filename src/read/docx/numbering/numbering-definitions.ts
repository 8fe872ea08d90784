/**
 * The definitions of `word/numbering.xml`: abstract lists (`w:abstractNum`) with their levels, and
 * list instances (`w:num`) that point to one and may override levels or restart them.
 * @module
 */
import { childElement, childElements, findElement, type XmlElement, type XmlNode } from '../../../docx/xml.js';
import { childVal, integer, isOn } from '../ooxml.js';

/** One level of a list (`w:lvl`). */
export interface LevelDefinition {
  /** `w:ilvl`, 0-8. */
  ilvl: number;
  /** `w:start` (0 when absent, as ECMA-376 says). */
  start: number;
  /** `w:numFmt` (`decimal`, `lowerLetter`, `bullet`, `none`, ...). */
  format: string;
  /** `w:lvlText`, e.g. `%1.%2`, `(%3)`, `Schedule %1`; null when absent (nothing is shown). */
  text: string | null;
  /**
   * `w:lvlRestart`: restart after a level, 1-based (`0` never restarts); null for the default
   * (restart whenever any shallower level advances).
   */
  restart: number | null;
  /** `w:isLgl`: show the numbers of shallower levels in Arabic numerals. */
  legal: boolean;
  /** `w:pStyle`: the paragraph style linked to this level. */
  style: string | null;
}

/** An abstract list. */
export interface AbstractNumbering {
  /** `w:abstractNumId`. */
  id: string;
  /** Levels by `ilvl`. */
  levels: ReadonlyMap<number, LevelDefinition>;
  /** `w:numStyleLink`: this list takes its levels from the numbering style named here. */
  numStyleLink: string | null;
  /** `w:styleLink`: this list defines the numbering style named here. */
  styleLink: string | null;
}

/** A level override of a list instance (`w:lvlOverride`). */
export interface LevelOverride {
  /** `w:startOverride`: the level restarts at this value where the instance is first used. */
  start: number | null;
  /** A whole replacement level. */
  level: LevelDefinition | null;
}

/** A list instance (`w:num`). */
export interface NumberingInstance {
  /** `w:numId`. */
  id: string;
  /** The abstract list it uses. */
  abstractId: string;
  /** Overrides by `ilvl`. */
  overrides: ReadonlyMap<number, LevelOverride>;
}

/** Everything in numbering.xml. */
export interface NumberingDefinitions {
  /** Abstract lists by id. */
  abstracts: ReadonlyMap<string, AbstractNumbering>;
  /** Instances by `numId`. */
  instances: ReadonlyMap<string, NumberingInstance>;
}

/**
 * Read `word/numbering.xml`.
 * @param nodes The parsed part, or null when the package has none.
 * @returns Its definitions (empty when absent).
 */
export function readNumberingDefinitions(nodes: readonly XmlNode[] | null): NumberingDefinitions {
  const abstracts = new Map<string, AbstractNumbering>();
  const instances = new Map<string, NumberingInstance>();
  const root = nodes ? findElement(nodes, 'w:numbering') : undefined;
  if (!root) return { abstracts, instances };
  for (const abstract of childElements(root, 'w:abstractNum')) {
    const id = abstract.attributes['w:abstractNumId'];
    if (id === undefined) continue;
    const levels = new Map<number, LevelDefinition>();
    for (const lvl of childElements(abstract, 'w:lvl')) {
      const level = readLevel(lvl);
      if (level && !levels.has(level.ilvl)) levels.set(level.ilvl, level);
    }
    abstracts.set(id, { id, levels, numStyleLink: childVal(abstract, 'w:numStyleLink') ?? null, styleLink: childVal(abstract, 'w:styleLink') ?? null });
  }
  for (const num of childElements(root, 'w:num')) {
    const id = num.attributes['w:numId'];
    const abstractId = childVal(num, 'w:abstractNumId');
    if (id === undefined || abstractId === undefined) continue;
    const overrides = new Map<number, LevelOverride>();
    for (const override of childElements(num, 'w:lvlOverride')) {
      const ilvl = integer(override.attributes['w:ilvl']);
      if (ilvl === undefined || ilvl < 0 || ilvl > 8) continue;
      const lvl = childElement(override, 'w:lvl');
      overrides.set(ilvl, { start: integer(childVal(override, 'w:startOverride')) ?? null, level: lvl ? readLevel(lvl, ilvl) : null });
    }
    instances.set(id, { id, abstractId, overrides });
  }
  return { abstracts, instances };
}

function readLevel(lvl: XmlElement, ilvlDefault?: number): LevelDefinition | null {
  const ilvl = integer(lvl.attributes['w:ilvl']) ?? ilvlDefault;
  if (ilvl === undefined || ilvl < 0 || ilvl > 8) return null;
  const textElement = childElement(lvl, 'w:lvlText');
  const restart = integer(childVal(lvl, 'w:lvlRestart'));
  return {
    ilvl,
    start: integer(childVal(lvl, 'w:start')) ?? 0,
    format: childVal(lvl, 'w:numFmt') ?? 'decimal',
    text: textElement ? (textElement.attributes['w:val'] ?? '') : null,
    restart: restart ?? null,
    legal: isOn(lvl, 'w:isLgl'),
    style: childVal(lvl, 'w:pStyle') ?? null,
  };
}
