/**
 * Reading a comparison profile from untrusted input: the `compare` key of `tmad.config.json` and the options of
 * `tmad diff` (`--ignore`, `--granularity`, `--move-threshold`). Every problem is one line naming the key.
 * @module
 */
import type { ComparisonProfile, Granularity, IgnoreKind } from '../model/delta.js';
import { IGNORE_KINDS } from './apply-profile.js';

/** The profile read, or what is wrong with it. */
export type ProfileResult = { ok: true; profile: Partial<ComparisonProfile> } | { ok: false; reason: string };

const GRANULARITIES: readonly Granularity[] = ['word', 'character'];

/**
 * Check an `ignore` list.
 * @param value The list (array of strings, or a comma-separated string from the command line).
 * @param name The key or option, for the message (`compare.ignore`, `--ignore`).
 * @returns The kinds, or the reason.
 */
export function readIgnore(value: unknown, name: string): IgnoreKind[] | string {
  const list = typeof value === 'string' ? value.split(',').map((part) => part.trim()).filter((part) => part !== '') : value;
  if (!Array.isArray(list) || !list.every((item): item is string => typeof item === 'string')) return `Unexpected \`${name}\`, expected a list of: ${IGNORE_KINDS.join(', ')}`;
  const bad = list.find((item) => !(IGNORE_KINDS as readonly string[]).includes(item));
  if (bad !== undefined) return `Unexpected \`${name}\` value \`${bad}\`, expected some of: ${IGNORE_KINDS.join(', ')}`;
  return IGNORE_KINDS.filter((kind) => list.includes(kind));
}

/**
 * Check a granularity.
 * @param value The value.
 * @param name The key or option.
 * @returns The granularity, or the reason.
 */
export function readGranularity(value: unknown, name: string): Granularity | { reason: string } {
  const found = GRANULARITIES.find((granularity) => granularity === value);
  return found ?? { reason: `Unexpected \`${name}\` \`${String(value)}\`, expected one of: ${GRANULARITIES.join(', ')}` };
}

/**
 * Check a move threshold: a number from 0 to 1 (a string from the command line is read as a number).
 * @param value The value.
 * @param name The key or option.
 * @returns The threshold, or the reason.
 */
export function readMoveThreshold(value: unknown, name: string): number | string {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) && number >= 0 && number <= 1 ? number : `Unexpected \`${name}\` \`${String(value)}\`, expected a number from 0 to 1`;
}

/**
 * Read the `compare` member of a parsed config file.
 * @param json The parsed JSON of the whole config file (`undefined`: no config file).
 * @returns The profile (only the keys given), or a reason naming the bad key.
 */
export function readCompareConfig(json: unknown): ProfileResult {
  if (json === undefined) return { ok: true, profile: {} };
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { ok: false, reason: 'Unexpected config, expected a JSON object' };
  const compare: unknown = (json as Record<string, unknown>)['compare'];
  if (compare === undefined) return { ok: true, profile: {} };
  if (typeof compare !== 'object' || compare === null || Array.isArray(compare)) return { ok: false, reason: 'Unexpected `compare`, expected an object with ignore, granularity, moveThreshold' };
  const profile: Partial<ComparisonProfile> = {};
  for (const [key, value] of Object.entries(compare)) {
    switch (key) {
      case 'ignore': {
        const ignore = readIgnore(value, 'compare.ignore');
        if (typeof ignore === 'string') return { ok: false, reason: ignore };
        profile.ignore = ignore;
        break;
      }
      case 'granularity': {
        const granularity = readGranularity(value, 'compare.granularity');
        if (typeof granularity !== 'string') return { ok: false, reason: granularity.reason };
        profile.granularity = granularity;
        break;
      }
      case 'moveThreshold': {
        const threshold = readMoveThreshold(value, 'compare.moveThreshold');
        if (typeof threshold === 'string') return { ok: false, reason: threshold };
        profile.moveThreshold = threshold;
        break;
      }
      case '$comment':
        break;
      default:
        return { ok: false, reason: `Unexpected \`compare.${key}\`, expected one of: ignore, granularity, moveThreshold` };
    }
  }
  return { ok: true, profile };
}
