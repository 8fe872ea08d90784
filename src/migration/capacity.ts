/**
 * Daily capacity (Clause 4.11) and the initial-migration suspension rule (Clauses 5.9, 5.10).
 * @module
 */
import type { Cohort } from './types.js';

/** Daily Migration Limit and maximum per Active Supplier, by Cohort (Clause 4.11). */
export const DAILY_LIMITS: Readonly<Record<Cohort, { daily: number; perSupplier: number }>> = {
  IOC: { daily: 10_000, perSupplier: 5_000 },
  MOC: { daily: 25_000, perSupplier: 12_500 },
  FOC: { daily: 50_000, perSupplier: 20_000 },
};

/** Installations of a Cohort already Migrated (or commenced) on a Working Day. */
export interface DayLoad {
  /** All installations of the Cohort that day. */
  total: number;
  /** By the Active Supplier that authorised them. */
  bySupplier: Readonly<Record<string, number>>;
}

/**
 * Whether one more installation of a Cohort may be Migrated on a Working Day (Clause 4.11).
 * @param cohort The Cohort.
 * @param load What that day already holds.
 * @param supplier The Active Supplier that authorised it (`undefined` for a Dormant Migration).
 * @returns `true` when both limits still allow one more.
 */
export function withinDailyLimits(cohort: Cohort, load: DayLoad, supplier?: string): boolean {
  const limits = DAILY_LIMITS[cohort];
  if (load.total + 1 > limits.daily) return false;
  return supplier === undefined || (load.bySupplier[supplier] ?? 0) + 1 <= limits.perSupplier;
}

/** Most installations with Active Meters the DCC first Migrates in a Cohort (Clause 5.9). */
export const INITIAL_MIGRATIONS = 1_000;

/**
 * Whether Migration in a Cohort must be suspended after its initial Migrations (Clause 5.10:
 * more than 2 per cent of those Migrated under Clause 5.9 resulted in a Migration Failure).
 * @param migrated Installations Migrated under Clause 5.9 (at most 1,000).
 * @param failures How many of them resulted in a Migration Failure.
 * @returns `true` when Migration must be suspended.
 */
export function mustSuspendAfterInitialMigrations(migrated: number, failures: number): boolean {
  if (migrated > INITIAL_MIGRATIONS) throw new RangeError(`Clause 5.9 allows at most ${INITIAL_MIGRATIONS} initial Migrations, got ${migrated}`);
  return migrated > 0 && failures * 100 > migrated * 2;
}
