/**
 * The data of `tmad trace`: links between checks and clauses, test results, the lock file, and
 * the report. Every stage of trace reads and returns these plain shapes.
 * @module
 */

/** Languages whose test sources the scanner understands. */
export type SourceLanguage = 'typescript' | 'python' | 'java' | 'go' | 'csharp';

/** How a check declared the clause it verifies. */
export type LinkDeclaration = 'name' | 'comment';

/** One declaration, in a test source, that a check verifies a clause. */
export interface Link {
  /** The clause id as written in the source, e.g. `4.24A`. */
  clauseId: string;
  /** Source file, relative to the repository root, `/` separators. */
  file: string;
  /** 1-based line of the declaration (the test name or the annotation comment). */
  line: number;
  /** 1-based column of the clause id on that line. */
  column: number;
  /** How it was declared: in the test's name or in an annotation comment above the test. */
  declaredIn: LinkDeclaration;
  /** Language of the file. */
  language: SourceLanguage;
  /**
   * The check's full name as test reports show it: for vitest, `describe > describe > it`; for
   * pytest, `TestClass.test_fn`; for JUnit, `Class.method`; for Go, `TestX/sub`; for C#, `Class.Method`.
   */
  test: string;
  /** The check's own name (the last part of `test`). */
  name: string;
  /** Qualifiers that test reports put in `classname`: the file path, module, package or class names. */
  scope: string[];
  /** Other names reports may give the check (a display name from `@DisplayName` or `DisplayName =`). */
  aliases: string[];
}

/** Outcome of one test case in a results file. */
export type TestOutcome = 'passed' | 'failed' | 'skipped';

/** One test case read from a JUnit XML file. */
export interface TestResult {
  /** The results file it came from. */
  resultsFile: string;
  /** `classname` attribute (vitest: the file; pytest: module and class; JUnit: the class). */
  classname: string;
  /** `name` attribute. */
  name: string;
  /** `file` attribute, when the runner writes one. */
  file?: string;
  /** What happened. */
  outcome: TestOutcome;
  /** Failure or skip message, first line. */
  message?: string;
}

/** The state of a link in the version being checked. */
export type LinkState =
  /** Reviewed against the clause's current text; its check ran and passed. */
  | 'ok'
  /** Its check failed (or errored). */
  | 'failing'
  /** Its check was skipped. */
  | 'skipped'
  /** No result was found for its check in the results given (or no results were given). */
  | 'no-result'
  /** The clause's text changed since the link was reviewed: run `tmad trace review`. */
  | 'stale'
  /** The link has never been reviewed (not in the lock file): run `tmad trace review`. */
  | 'unreviewed'
  /** The clause was renumbered: the link points at the old number (run `tmad trace --fix`). */
  | 'renumbered'
  /** The clause no longer exists in this version. */
  | 'orphan';

/** Status of a clause in the version being checked. */
export type ClauseStatus = 'conformant' | 'failing' | 'skipped' | 'untested' | 'not-normative' | 'unverified';

/** A link as judged against the version being checked. */
export interface LinkReport {
  /** The link found in the source. */
  link: Link;
  /** Its state. */
  state: LinkState;
  /** The clause id it resolves to in this version (differs from `link.clauseId` when renumbered; absent for an orphan). */
  resolvedId?: string;
  /** The results that matched its check (several when a check runs more than once, e.g. `it.each`). */
  results: TestResult[];
  /** Why it is in this state, one line for people. */
  detail: string;
}

/** A clause of the version being checked, with its links. */
export interface ClauseReport {
  /** Clause id, e.g. `4.24A`. */
  id: string;
  /** Address across documents, e.g. `TMAD 4.24A`. */
  address: string;
  /** Section number, e.g. `4`. */
  section: string;
  /** Keys of the enclosing sections, e.g. `["4", "4/dormant-migration"]`. */
  sectionPath: string[];
  /** Nearest heading. */
  heading: string;
  /** Whether it places an obligation. */
  normative: boolean;
  /** First words of its text, for tables. */
  summary: string;
  /** Line of the clause in the document. */
  line: number;
  /** Status (see README: conformant, failing, skipped, untested, not-normative, unverified). */
  status: ClauseStatus;
  /** Links that resolve to it. */
  links: LinkReport[];
}

/** A finding of the policy: one thing that makes (or would make) `--check` fail. */
export interface TraceFinding {
  /** The policy rule, e.g. `stale`. */
  rule: PolicyRuleId;
  /** `error` fails `--check`; `warning` is shown only. */
  level: 'error' | 'warning';
  /** The clause concerned (the id in the checked version, or the link's id for an orphan). */
  clauseId: string;
  /** One line for people. */
  message: string;
  /** The link concerned, when the finding is about a link. */
  link?: Link;
}

/** The policy rules `--check` applies. */
export type PolicyRuleId = 'untested' | 'failing' | 'skipped' | 'no-result' | 'stale' | 'unreviewed' | 'renumbered' | 'orphan';

/** Every policy rule, in the order findings are listed. */
export const POLICY_RULES: readonly PolicyRuleId[] = ['failing', 'orphan', 'renumbered', 'stale', 'unreviewed', 'untested', 'no-result', 'skipped'];

/** The whole trace report for one version. */
export interface TraceReport {
  /** The document key, e.g. `TMAD`. */
  documentKey: string;
  /** The version checked, e.g. `8.1`. */
  version: string;
  /** Date of the version, from its front matter. */
  date: string;
  /** The document file. */
  file: string;
  /** Every clause, in document order. */
  clauses: ClauseReport[];
  /** Links whose clause no longer exists (orphans), in source order. */
  orphans: LinkReport[];
  /** Whether any results file was given (without results, checks cannot be conformant). */
  hasResults: boolean;
  /** Results that no link matched (shown, never a finding). */
  unmatchedResults: number;
  /** Policy findings, errors first. */
  findings: TraceFinding[];
  /** Counts by clause status. */
  counts: Record<ClauseStatus, number>;
  /** `true` when no finding is an error. */
  passed: boolean;
}
