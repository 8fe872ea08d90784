/**
 * `missing-metadata`: front matter without document, version or date.
 * @module
 */
import type { LintRule } from '../rule.js';

const REQUIRED = ['document', 'version', 'date'] as const;

/** The front matter names the document, its version and its date (ISO). */
export const missingMetadata: LintRule = {
  id: 'missing-metadata',
  severity: 'error',
  description: 'The front matter has `document`, `version` and `date` (YYYY-MM-DD).',
  check(document, report) {
    const top = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
    for (const key of REQUIRED) {
      const value = document.meta[key];
      if (value === undefined || value === null || String(value).trim() === '') {
        report(`Missing \`${key}\` in front matter, expected e.g. \`${example(key)}\``, top);
      }
    }
    const date = document.meta.date;
    if (typeof date === 'string' && !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      report(`Unexpected date \`${date}\`, expected \`YYYY-MM-DD\``, top);
    }
  },
};

function example(key: (typeof REQUIRED)[number]): string {
  switch (key) {
    case 'document':
      return 'document: TMAD';
    case 'version':
      return 'version: "7.2"';
    case 'date':
      return 'date: 2020-10-16';
  }
}
