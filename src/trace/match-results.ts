/**
 * Joining test results to links by test name, the way each runner names its test cases in JUnit
 * XML:
 * - vitest/jest: `classname` is the file (from the runner's root), `name` the describe path and
 *   test name joined with ` > `;
 * - pytest: `classname` is `package.module.Class`, `name` the function (`test_x[param]` when parametrised);
 * - JUnit/Surefire: `classname` is `package.Class` (`Outer$Inner` for nested), `name` the method (`m()`, `m(String)[1]`) or display name;
 * - go-junit-report: `classname` is the import path, `name` is `TestX` or `TestX/sub_test`;
 * - .NET loggers: `classname` is `Namespace.Class`, `name` the method, sometimes fully qualified.
 * A link matches a test case when the names agree and the `classname` (or `file`) is consistent
 * with the link's file, module or class.
 * @module
 */
import type { Link, TestOutcome, TestResult } from './types.js';

/**
 * Split a classname, module path or file path into comparable segments.
 * @param text `a/b/c.test.ts`, `pkg.mod.Class`, `Outer$Inner`.
 * @returns Segments, e.g. `["a", "b", "c", "test", "ts"]`.
 */
export function scopeSegments(text: string): string[] {
  return text.split(/[/\\.$:]+/).filter((part) => part !== '');
}

function isSuffix(short: readonly string[], long: readonly string[]): boolean {
  if (short.length === 0 || short.length > long.length) return false;
  return short.every((part, index) => long[long.length - short.length + index] === part);
}

/**
 * Whether a test case's `classname`/`file` is consistent with where a link's check is defined.
 * @param link The link.
 * @param result The test case.
 * @returns `true` when one is a suffix of the other (segment-wise), or the result says nothing about where it came from.
 */
export function scopeMatches(link: Link, result: TestResult): boolean {
  if (result.file && (isSuffix(scopeSegments(result.file), scopeSegments(link.file)) || isSuffix(scopeSegments(link.file), scopeSegments(result.file)))) return true;
  if (!result.classname) return !result.file;
  const theirs = scopeSegments(result.classname);
  const ours = link.scope.flatMap(scopeSegments);
  if (isSuffix(theirs, ours) || isSuffix(ours, theirs)) return true;
  // go-junit-report: classname is the import path, whose last element is the directory.
  return link.language === 'go' && theirs.at(-1) === ours.at(-1);
}

function normaliseName(name: string): string {
  return name.replace(/\s+/g, ' ').trim();
}

/** Names a test case may be known by: as written, without parameters, without a class prefix. */
function resultNames(result: TestResult): string[] {
  const full = normaliseName(result.name);
  const names = new Set([full]);
  const bare = full.replace(/\[[^\]]*\]$/, '').replace(/\([^()]*\)(\[\d+\])?$/, '').trim();
  names.add(bare);
  const prefix = result.classname ? `${result.classname}.` : '';
  if (prefix && bare.startsWith(prefix)) names.add(bare.slice(prefix.length));
  const lastDot = bare.lastIndexOf('.');
  if (lastDot > 0 && !bare.includes(' ')) names.add(bare.slice(lastDot + 1));
  return [...names];
}

/**
 * A matcher for a name from the source, where runner placeholders (`%s`, `%i`, `$name`, `${expr}`)
 * stand for any text (vitest's `it.each` writes the filled-in name).
 * @param name The name as written in the source.
 * @returns A regular expression matching the whole reported name.
 */
export function namePattern(name: string): RegExp {
  const parts = normaliseName(name).split(/(%[sdifjoOc#]|\$\{[^}]*\}|\$[A-Za-z_][\w.]*)/);
  const source = parts.map((part, index) => (index % 2 === 1 ? '.*?' : part.replace(/%%/g, '%').replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('');
  return new RegExp(`^${source}$`);
}

/** The names of a link's check that reports use: the full path for vitest and Go, the method otherwise; display names. */
function linkNames(link: Link): string[] {
  const main = link.language === 'typescript' || link.language === 'go' ? link.test : link.name;
  return [main, ...link.aliases];
}

/**
 * Whether a test case is the run of a link's check.
 * @param link The link.
 * @param result The test case.
 * @returns `true` when names and scopes agree.
 */
export function resultMatchesLink(link: Link, result: TestResult): boolean {
  const names = resultNames(result);
  const nameMatches = linkNames(link).some((name) => {
    const pattern = namePattern(name);
    return names.some((candidate) => pattern.test(candidate));
  });
  return nameMatches && scopeMatches(link, result);
}

/**
 * Every result of a link's check.
 * @param link The link.
 * @param results All results.
 * @returns The results that match, in file order.
 */
export function resultsOfLink(link: Link, results: readonly TestResult[]): TestResult[] {
  return results.filter((result) => resultMatchesLink(link, result));
}

/**
 * One outcome for several runs of a check (an `it.each` or a parametrised test): failed if any
 * failed, skipped if any was skipped, passed when all passed.
 * @param results The runs (at least one).
 * @returns The combined outcome, or `undefined` when there are none.
 */
export function combinedOutcome(results: readonly TestResult[]): TestOutcome | undefined {
  if (results.length === 0) return undefined;
  if (results.some((result) => result.outcome === 'failed')) return 'failed';
  if (results.some((result) => result.outcome === 'skipped')) return 'skipped';
  return 'passed';
}
