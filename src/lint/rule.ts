/**
 * The shape of a lint rule and the helper rules use to report.
 * @module
 */
import type { VFile } from 'vfile';
import { VFileMessage, type Options } from 'vfile-message';
import type { Document } from '../model/document.js';
import type { Position } from '../model/position.js';

/** Source of lint diagnostics. */
export const LINT_SOURCE = 'tmad-lint';

/** A structural rule over one document. */
export interface LintRule {
  /** Rule id, used as the messages' `ruleId`, e.g. `duplicate-clause-id`. */
  id: string;
  /** Severity of what it reports. */
  severity: 'error' | 'warning';
  /** One line saying what it checks, for `--help` and the README. */
  description: string;
  /** Report findings on `file` through `report`. */
  check(document: Document, report: Reporter): void;
}

/** Reports one finding of the rule being run. */
export type Reporter = (reason: string, place: Position, related?: { reason: string; place: Position }) => void;

/**
 * A reporter that adds messages for `rule` to `file`: errors are `fatal: true`, warnings `fatal: false`;
 * a related place becomes the message's `cause` (a message of its own, "defined here").
 * @param file The file to add messages to.
 * @param rule The rule reporting.
 * @returns The reporter.
 */
export function createReporter(file: VFile, rule: LintRule): Reporter {
  return (reason, place, related) => {
    const options: Options = { place, ruleId: rule.id, source: LINT_SOURCE };
    if (related) options.cause = new VFileMessage(related.reason, { place: related.place, ruleId: rule.id, source: LINT_SOURCE });
    const message = file.message(reason, options);
    message.fatal = rule.severity === 'error';
  };
}
