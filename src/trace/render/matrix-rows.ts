/**
 * The traceability matrix as data: clauses grouped by their heading, in document order, for the
 * Markdown and HTML renderers.
 * @module
 */
import type { ClauseReport, TraceReport } from '../types.js';

/** A group of clauses under one heading. */
export interface MatrixGroup {
  /** Section number, e.g. `4`. */
  section: string;
  /** The heading, e.g. `Dormant Migration`. */
  heading: string;
  /** Its clauses, in document order. */
  clauses: ClauseReport[];
}

/**
 * Group a report's clauses by heading (consecutive clauses under the same heading share a group).
 * @param report The report.
 * @returns The groups in document order.
 */
export function matrixGroups(report: TraceReport): MatrixGroup[] {
  const groups: MatrixGroup[] = [];
  for (const clause of report.clauses) {
    const last = groups.at(-1);
    if (last && last.section === clause.section && last.heading === clause.heading) last.clauses.push(clause);
    else groups.push({ section: clause.section, heading: clause.heading, clauses: [clause] });
  }
  return groups;
}

/**
 * How many distinct checks the report links (a check linked to several clauses counts once).
 * @param report The report.
 * @returns The number of checks.
 */
export function countChecks(report: TraceReport): number {
  const checks = new Set<string>();
  for (const clause of report.clauses) for (const link of clause.links) checks.add(`${link.link.file}\u0000${link.link.test}`);
  for (const link of report.orphans) checks.add(`${link.link.file}\u0000${link.link.test}`);
  return checks.size;
}
