/**
 * Reading JUnit XML test results (vitest, jest-junit, pytest, Maven Surefire, go-junit-report,
 * JunitXml.TestLogger all write it). Results files are untrusted input: a `<!DOCTYPE` is rejected
 * (no entity declarations, no external entities) and entities are never expanded by the parser;
 * only the five predefined entities and numeric character references are decoded, by hand.
 * @module
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { declaresDoctype, UNTRUSTED_XML_OPTIONS } from '../xml/untrusted-xml.js';
import type { TestOutcome, TestResult } from './types.js';

/** What reading a results file gives: the test cases, or why the file cannot be used. */
export type JUnitReadResult = { ok: true; results: TestResult[] } | { ok: false; reason: string };

/** Largest results file read (bytes of text). */
export const MAX_JUNIT_CHARS = 64 * 1024 * 1024;

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * Decode the five predefined XML entities and numeric character references; anything else is
 * left as written.
 * @param text Attribute or text content as it stands in the file.
 * @returns The decoded text.
 */
export function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, body: string) => {
    if (body.startsWith('#x')) return safeCodePoint(Number.parseInt(body.slice(2), 16)) ?? whole;
    if (body.startsWith('#')) return safeCodePoint(Number.parseInt(body.slice(1), 10)) ?? whole;
    return PREDEFINED[body] ?? whole;
  });
}

function safeCodePoint(code: number): string | undefined {
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}

type XmlNode = Record<string, unknown>;

/**
 * Read one JUnit XML file. Nested `<testsuite>`s and a bare `<testsuite>` root are fine.
 * @param text The file's text.
 * @param resultsFile Its path, recorded on each result.
 * @returns The test cases in file order, or a reason the file is not usable JUnit XML.
 */
export function readJUnit(text: string, resultsFile: string): JUnitReadResult {
  if (text.length > MAX_JUNIT_CHARS) return { ok: false, reason: `is larger than ${MAX_JUNIT_CHARS} characters` };
  if (declaresDoctype(text)) return { ok: false, reason: 'contains a <!DOCTYPE> (entity declarations are not accepted in test results), expected plain JUnit XML' };
  const valid = XMLValidator.validate(text);
  if (valid !== true) return { ok: false, reason: `is not well-formed XML (line ${valid.err.line}: ${valid.err.msg})` };
  const parser = new XMLParser({
    ...UNTRUSTED_XML_OPTIONS,
    isArray: (name) => ['testsuites', 'testsuite', 'testcase', 'failure', 'error', 'skipped'].includes(name),
  });
  const root = parser.parse(text) as XmlNode;
  const results: TestResult[] = [];
  const suites = [...asNodes(root['testsuites']).flatMap((node) => asNodes(node['testsuite'])), ...asNodes(root['testsuite'])];
  if (suites.length === 0 && root['testsuites'] === undefined) return { ok: false, reason: 'has no <testsuites> or <testsuite> element, expected JUnit XML' };
  for (const suite of suites) collect(suite, resultsFile, results);
  return { ok: true, results };
}

function collect(suite: XmlNode, resultsFile: string, results: TestResult[]): void {
  for (const testcase of asNodes(suite['testcase'])) {
    const failure = [...asNodes(testcase['failure']), ...asNodes(testcase['error'])][0];
    const skipped = asNodes(testcase['skipped'])[0];
    const outcome: TestOutcome = failure ? 'failed' : skipped ? 'skipped' : 'passed';
    const result: TestResult = { resultsFile, classname: attribute(testcase, 'classname'), name: attribute(testcase, 'name'), outcome };
    const file = attribute(testcase, 'file');
    if (file) result.file = file;
    const message = attribute(failure ?? skipped ?? {}, 'message') || firstLine(text(failure ?? skipped));
    if (message) result.message = message;
    results.push(result);
  }
  for (const nested of asNodes(suite['testsuite'])) collect(nested, resultsFile, results);
}

function asNodes(value: unknown): XmlNode[] {
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.map((item) => (typeof item === 'object' && item !== null ? (item as XmlNode) : typeof item === 'string' ? { '#text': item } : {}));
}

function attribute(node: XmlNode, name: string): string {
  const value = node[name];
  return typeof value === 'string' ? decodeXmlText(value) : '';
}

function text(node: XmlNode | undefined): string {
  const value = node?.['#text'];
  return typeof value === 'string' ? decodeXmlText(value) : '';
}

function firstLine(value: string): string {
  return value.trim().split('\n')[0]?.trim() ?? '';
}
