/**
 * `broken-cross-reference`: a reference to a clause or section this document does not have.
 * @module
 */
import type { LintRule } from '../rule.js';

/** Every cited clause and section of this document exists. */
export const brokenCrossReference: LintRule = {
  id: 'broken-cross-reference',
  severity: 'error',
  description: 'Every clause and section a clause cites exists in the document.',
  check(document, report) {
    const clauses = new Set(document.clauses.map((clause) => clause.id));
    const sections = new Set<string>();
    const addSections = (list: typeof document.sections): void => {
      for (const section of list) {
        if (section.number !== null) sections.add(section.number);
        addSections(section.children);
      }
    };
    addSections(document.sections);
    for (const clause of document.clauses) {
      for (const ref of clause.crossRefs) {
        if (ref.kind === 'external') continue;
        const missing =
          ref.kind === 'section'
            ? ref.targets.filter((target) => !sections.has(target))
            : ref.targets.filter((target) => !clauses.has(target));
        for (const target of missing) {
          report(
            `Unexpected reference to ${ref.kind} \`${target}\` in \`${clause.id}\`, expected an existing ${ref.kind} (${ref.kind === 'section' ? 'sections' : 'clauses'} of this document, or "of the Code" for another document)`,
            ref.position,
          );
        }
      }
    }
  },
};
