/**
 * The `trace` part of the repository's config file (`tmad.config.json`): what `tmad trace` reads
 * by default, and its policy.
 * @module
 */
import { POLICY_RULES, type PolicyRuleId } from './types.js';

/** How seriously a policy rule is taken. */
export type RuleLevel = 'error' | 'warning' | 'off';

/** A policy rule's setting: its level, and optionally the clauses it applies to. */
export interface RuleSetting {
  /** `error` fails `--check`, `warning` is shown, `off` is not checked. */
  level: RuleLevel;
  /** Apply only to clauses in these sections: a number (`4`) or a section key (`4/dormant-migration`). */
  sections?: string[];
  /** Apply (also) to these clause ids. With neither `sections` nor `clauses`, the rule applies to every clause. */
  clauses?: string[];
  /** Never apply to these clause ids. */
  except?: string[];
}

/** The policy: a setting per rule. */
export type TracePolicy = Record<PolicyRuleId, RuleSetting>;

/** The defaults: everything that breaks traceability is an error; a skipped check is a warning. */
export const DEFAULT_POLICY: TracePolicy = {
  failing: { level: 'error' },
  orphan: { level: 'error' },
  renumbered: { level: 'error' },
  stale: { level: 'error' },
  unreviewed: { level: 'error' },
  untested: { level: 'error' },
  'no-result': { level: 'error' },
  skipped: { level: 'warning' },
};

/** Settings of `tmad trace`, paths relative to the config file's directory. */
export interface TraceConfig {
  /** The version checked by default, e.g. `documents/tmad/8.1.md`. */
  document?: string;
  /** Source directories (or files) scanned for links. */
  src: string[];
  /** JUnit XML results files. */
  results: string[];
  /** The lock file. */
  lock: string;
  /** Directory holding the versions (`<version>.md`), to find the version a link was reviewed against. */
  versions?: string;
  /** File names skipped while scanning (substring match on the path), besides `node_modules` and dot-directories. */
  ignore: string[];
  /** The policy. */
  policy: TracePolicy;
}

/** Reading a config: the config, or what is wrong with it. */
export type ConfigResult = { ok: true; config: TraceConfig } | { ok: false; reason: string };

/** The config used when there is no config file. */
export const DEFAULT_TRACE_CONFIG: TraceConfig = { src: ['test'], results: [], lock: 'tmad-trace.lock.json', ignore: [], policy: DEFAULT_POLICY };

const LEVELS: readonly RuleLevel[] = ['error', 'warning', 'off'];

/**
 * Read the `trace` member of a parsed config file, filling in defaults.
 * @param json The parsed JSON of the whole config file.
 * @returns The config, or a reason naming the bad key and the expected form.
 */
export function parseTraceConfig(json: unknown): ConfigResult {
  if (!isObject(json)) return { ok: false, reason: 'Unexpected config, expected a JSON object' };
  const trace = json['trace'] ?? {};
  if (!isObject(trace)) return { ok: false, reason: 'Unexpected `trace`, expected an object' };
  const config: TraceConfig = { ...DEFAULT_TRACE_CONFIG, policy: { ...DEFAULT_POLICY } };
  for (const [key, value] of Object.entries(trace)) {
    switch (key) {
      case 'document':
      case 'lock':
      case 'versions':
        if (typeof value !== 'string') return { ok: false, reason: `Unexpected \`trace.${key}\`, expected a path (string)` };
        config[key] = value;
        break;
      case 'src':
      case 'results':
      case 'ignore':
        if (!isStringArray(value)) return { ok: false, reason: `Unexpected \`trace.${key}\`, expected an array of strings` };
        config[key] = value;
        break;
      case 'policy': {
        const policy = parsePolicy(value);
        if (typeof policy === 'string') return { ok: false, reason: policy };
        config.policy = policy;
        break;
      }
      case '$comment':
        break;
      default:
        return { ok: false, reason: `Unexpected \`trace.${key}\`, expected one of: document, src, results, lock, versions, ignore, policy` };
    }
  }
  return { ok: true, config };
}

function parsePolicy(value: unknown): TracePolicy | string {
  if (!isObject(value)) return 'Unexpected `trace.policy`, expected an object of rule settings';
  const policy: TracePolicy = { ...DEFAULT_POLICY };
  for (const [rule, setting] of Object.entries(value)) {
    if (rule === '$comment') continue;
    if (!(POLICY_RULES as readonly string[]).includes(rule)) return `Unexpected policy rule \`${rule}\`, expected one of: ${POLICY_RULES.join(', ')}`;
    const parsed = parseSetting(setting, rule);
    if (typeof parsed === 'string') return parsed;
    policy[rule as PolicyRuleId] = parsed;
  }
  return policy;
}

function parseSetting(value: unknown, rule: string): RuleSetting | string {
  if (typeof value === 'string') {
    if (!(LEVELS as readonly string[]).includes(value)) return `Unexpected level \`${value}\` for policy rule \`${rule}\`, expected error, warning or off`;
    return { level: value as RuleLevel };
  }
  if (!isObject(value)) return `Unexpected setting for policy rule \`${rule}\`, expected "error", "warning", "off" or { "level": ..., "sections": [...] }`;
  const level = value['level'] ?? 'error';
  if (typeof level !== 'string' || !(LEVELS as readonly string[]).includes(level)) return `Unexpected level for policy rule \`${rule}\`, expected error, warning or off`;
  const setting: RuleSetting = { level: level as RuleLevel };
  for (const key of ['sections', 'clauses', 'except'] as const) {
    const list = value[key];
    if (list === undefined) continue;
    if (!isStringArray(list)) return `Unexpected \`${key}\` for policy rule \`${rule}\`, expected an array of strings`;
    setting[key] = list;
  }
  for (const key of Object.keys(value)) {
    if (!['level', 'sections', 'clauses', 'except', '$comment'].includes(key)) return `Unexpected \`${key}\` for policy rule \`${rule}\`, expected level, sections, clauses or except`;
  }
  return setting;
}

/**
 * Whether a rule applies to a clause, by the rule's scope.
 * @param setting The rule's setting.
 * @param clause The clause's id and section keys (`["4", "4/dormant-migration"]`).
 * @returns The level that applies (`off` outside the scope).
 */
export function levelFor(setting: RuleSetting, clause: { id: string; section: string; sectionPath: readonly string[] }): RuleLevel {
  if (setting.except?.includes(clause.id)) return 'off';
  if (!setting.sections && !setting.clauses) return setting.level;
  const inSections = setting.sections?.some((section) => section === clause.section || clause.sectionPath.includes(section)) ?? false;
  const inClauses = setting.clauses?.includes(clause.id) ?? false;
  return inSections || inClauses ? setting.level : 'off';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
