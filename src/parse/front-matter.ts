/**
 * Reading the YAML front matter of a version, validated once into the typed `DocumentMeta`: every
 * known key has a rule (its type, and its form where it names files or dates), each problem is
 * reported at its own line, and a value that breaks its rule is left out of the metadata (nothing
 * downstream sees a list where a version belongs). Other keys are kept as YAML gives them.
 * @module
 */
import { isMap, isScalar, isSeq, parseDocument as parseYaml, visit, type Node as YamlNode } from 'yaml';
import type { DocumentMeta } from '../model/document.js';

/** The front matter read from YAML, and what could not be read. */
export interface FrontMatterResult {
  /** The keys read and valid; other keys as YAML gives them. */
  meta: DocumentMeta;
  /** Problems, with offsets relative to the YAML text. */
  problems: Array<{ reason: string; offset: number }>;
}

/** A version or previous version: it names output files, so it is short and plain. */
const VERSION = /^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/;

/** An ISO date as written: `2020-11-18`. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The longest text value accepted for a known key (a title is a line, not a chapter). */
const MAX_TEXT = 500;

/** A rule: the value for the metadata, or the problem (completing "Unexpected `key` ..."). */
type Rule = (node: YamlNode, key: string) => { value: unknown } | { problem: string };

/** Kind of a YAML value, for messages. */
function kindOf(node: YamlNode): string {
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) return node.value === null ? 'empty' : `a ${typeof node.value}`;
  return 'not a plain value';
}

/** A one-line text value (strings; numbers and booleans as written). */
const text: Rule = (node, key) => {
  if (!isScalar(node) || node.value === null || typeof node.value === 'object') return { problem: `\`${key}\` that is ${kindOf(node)}, expected text` };
  const value = typeof node.value === 'string' ? node.value : (node.source ?? String(node.value));
  if (value.length > MAX_TEXT) return { problem: `\`${key}\` of ${value.length} characters, expected at most ${MAX_TEXT}` };
  if (/[\u0000-\u001f\u007f]/.test(value)) return { problem: `\`${key}\` with a control character, expected plain text` };
  return { value };
};

/** A version: `7.2` or `"7.2"`, kept as written. */
const version: Rule = (node, key) => {
  if (!isScalar(node) || (typeof node.value !== 'string' && typeof node.value !== 'number')) return { problem: `\`${key}\` that is ${kindOf(node)}, expected a version such as "7.2"` };
  const value = typeof node.value === 'number' ? (node.source ?? String(node.value)) : node.value;
  if (!VERSION.test(value)) {
    const shown = value.length > 40 ? `${value.slice(0, 40)}...` : value;
    return { problem: `\`${key}: ${JSON.stringify(shown)}\` (${value.length} characters), expected at most 32 letters, digits, dots, hyphens or underscores such as "7.2" (it names output files)` };
  }
  return { value };
};

/** A real calendar date, `YYYY-MM-DD`. */
const date: Rule = (node, key) => {
  const raw: unknown = isScalar(node) ? node.value : undefined;
  const value = raw instanceof Date ? raw.toISOString().slice(0, 10) : typeof raw === 'string' ? raw : undefined;
  const match = value === undefined ? null : ISO_DATE.exec(value);
  if (!match || value === undefined) return { problem: `\`${key}\` that is ${typeof raw === 'string' ? JSON.stringify(raw.slice(0, 40)) : kindOf(node)}, expected a date such as 2020-11-18` };
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const real = new Date(Date.UTC(year, month - 1, day));
  if (real.getUTCFullYear() !== year || real.getUTCMonth() !== month - 1 || real.getUTCDate() !== day) return { problem: `\`${key}: ${value}\`, a day that does not exist, expected a real date such as 2020-11-18` };
  return { value };
};

/** A list of one-line texts. */
const texts: Rule = (node, key) => {
  if (!isSeq(node)) return { problem: `\`${key}\` that is ${kindOf(node)}, expected a list such as [Great Britain]` };
  const values: string[] = [];
  for (const item of node.items) {
    const result = isScalar(item) ? text(item, key) : { problem: `\`${key}\` with an item that is ${kindOf(item as YamlNode)}, expected text` };
    if ('problem' in result) return result;
    values.push(String(result.value));
  }
  return { value: values };
};

/** The known keys and their rules (`DocumentMeta`); add a key by adding a line. */
const RULES: Readonly<Record<string, Rule>> = {
  document: text,
  title: text,
  code: text,
  appendix: text,
  version,
  previous: version,
  status: text,
  date,
  classification: text,
  author: text,
  'proper-nouns': texts,
};

/**
 * Read front matter. Versions are always strings (`version: 7.2` gives `"7.2"`), dates are ISO
 * `YYYY-MM-DD` and real. Anchors and aliases are refused before anything is expanded (front matter
 * never needs them, and a few nested aliases expand to gigabytes).
 * @param yamlText The YAML between the `---` fences.
 * @returns The metadata and any problems.
 */
export function readFrontMatter(yamlText: string): FrontMatterResult {
  // A lone CR ends a line in CommonMark (and in YAML 1.2), but the YAML library reads it as a
  // character: make it a LF, which keeps every offset.
  const parsed = parseYaml(yamlText.replace(/\r(?!\n)/g, '\n'), { prettyErrors: false, uniqueKeys: true });
  const problems = parsed.errors.map((error) => ({ reason: error.message.split('\n')[0] ?? error.message, offset: error.pos[0] }));
  if (parsed.errors.length > 0) return { meta: {}, problems };
  visit(parsed, {
    Alias(_, node) {
      problems.push({ reason: `YAML alias \`*${node.source}\`, expected plain values (front matter needs no anchors or aliases)`, offset: node.range?.[0] ?? 0 });
      return visit.BREAK;
    },
  });
  if (problems.length > 0) return { meta: {}, problems };
  const contents = parsed.contents;
  if (contents === null || (isScalar(contents) && contents.value === null)) return { meta: {}, problems };
  if (!isMap(contents)) {
    return { meta: {}, problems: [{ reason: `${kindOf(contents)}, expected \`key: value\` lines`, offset: contents.range?.[0] ?? 0 }] };
  }
  // No aliases: converting to plain values expands nothing.
  const plain = parsed.toJS() as Record<string, unknown>;
  const meta: DocumentMeta = {};
  for (const pair of contents.items) {
    const keyNode = pair.key as YamlNode | null;
    const offset = keyNode?.range?.[0] ?? 0;
    if (!isScalar(keyNode) || (typeof keyNode.value !== 'string' && typeof keyNode.value !== 'number')) {
      problems.push({ reason: `key that is ${keyNode ? kindOf(keyNode) : 'empty'}, expected a name such as \`version\``, offset });
      continue;
    }
    const key = String(keyNode.value);
    const valueNode = (pair.value ?? null) as YamlNode | null;
    const rule = RULES[key];
    if (!rule) {
      meta[key] = plain[key];
      continue;
    }
    if (valueNode === null || (isScalar(valueNode) && valueNode.value === null)) continue; // `previous:` left empty: no value
    const result = rule(valueNode, key);
    if ('problem' in result) problems.push({ reason: result.problem, offset: valueNode.range?.[0] ?? offset });
    else meta[key] = result.value;
  }
  return { meta, problems };
}
