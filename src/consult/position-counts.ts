/**
 * Counts of positions by respondent category, and the small-cell rule of the public report: a
 * category with fewer than `SMALL_CELL` published answers to a question is not shown on its own
 * but merged into one row, "Other categories combined"; while that row has answers but fewer than
 * `SMALL_CELL`, the smallest category still shown joins it (the last one left makes it "All
 * categories"). So no public row counts fewer than `SMALL_CELL` answers unless it is the total of
 * every published answer, and a count never picks out one respondent of a category.
 * @module
 */
import { RESPONDENT_CATEGORIES, type AnswerPosition, type RespondentCategory } from './consultation.js';

/** The smallest number of published answers a public category row may count. */
export const SMALL_CELL = 3;

/** Counts of positions for one row (a category, or categories merged). */
export interface PositionCounts {
  /** The row's label: a category, `Other categories combined` or `All categories`. */
  label: string;
  /** Count per position (`None`: left blank). */
  counts: Record<AnswerPosition, number>;
}

/** Label of the merged row. */
export const MERGED_LABEL = 'Other categories combined';
/** Label of the merged row when every category is in it. */
export const ALL_LABEL = 'All categories';

const empty = (): Record<AnswerPosition, number> => ({ Agree: 0, Disagree: 0, Neutral: 0, None: 0 });
const total = (counts: Record<AnswerPosition, number>): number => counts.Agree + counts.Disagree + counts.Neutral + counts.None;

/**
 * Count positions by category, every category listed, in category order.
 * @param answers Category and position of each answer counted.
 * @returns One row per category.
 */
export function countByCategory(answers: ReadonlyArray<{ category: RespondentCategory; position: AnswerPosition }>): PositionCounts[] {
  return RESPONDENT_CATEGORIES.map((category) => {
    const counts = empty();
    for (const answer of answers) if (answer.category === category) counts[answer.position] += 1;
    return { label: category, counts };
  });
}

/**
 * Apply the small-cell rule (see the module comment). Rows with no answers are kept (a zero
 * identifies no one); the merged row comes last.
 * @param rows Rows by category.
 * @param smallCell The threshold (default `SMALL_CELL`).
 * @returns Rows safe to publish.
 */
export function mergeSmallCells(rows: readonly PositionCounts[], smallCell: number = SMALL_CELL): PositionCounts[] {
  const shown = rows.filter((row) => total(row.counts) === 0 || total(row.counts) >= smallCell).map((row) => ({ label: row.label, counts: { ...row.counts } }));
  const merged = { label: MERGED_LABEL, counts: empty() };
  const add = (row: PositionCounts): void => {
    for (const key of Object.keys(merged.counts) as AnswerPosition[]) merged.counts[key] += row.counts[key];
  };
  let mergedRows = 0;
  for (const row of rows) if (total(row.counts) > 0 && total(row.counts) < smallCell) {
    add(row);
    mergedRows += 1;
  }
  if (mergedRows === 0) return shown;
  while (total(merged.counts) < smallCell && shown.some((row) => total(row.counts) > 0)) {
    let smallest = -1;
    for (const [index, row] of shown.entries()) {
      const n = total(row.counts);
      if (n > 0 && (smallest < 0 || n < total(shown[smallest]?.counts ?? empty()))) smallest = index;
    }
    const [row] = shown.splice(smallest, 1);
    if (row) add(row);
  }
  if (!shown.some((row) => total(row.counts) > 0)) return [...shown, { label: ALL_LABEL, counts: merged.counts }];
  return [...shown, merged];
}
