/**
 * Conformance of the reference model to TMAD 8.1 on Migration Failure, notifications and
 * suspension (Clauses 4.47 to 4.49, 5.10).
 */
import { describe, expect, it } from 'vitest';
import { ENGLAND_AND_WALES_2020_2022, migrationFailureAt, migrationNoticeDue, mustSuspendAfterInitialMigrations, respondToFailure } from '../../src/migration/index.js';

const devices = ['CH-1', 'E-1', 'G-1'];
const commencedAt = '2021-03-10T09:00:00.000Z';

describe('Migration Failure and notifications', () => {
  it('TMAD 4.47 a Migration Failure occurs when a device is not Commissioned, or the hub not reached, within 24 hours', () => {
    const done = { commencedAt, hubContactAt: '2021-03-10T09:05:00.000Z', commissionedAt: { 'CH-1': '2021-03-10T10:00:00.000Z', 'E-1': '2021-03-11T08:59:00.000Z', 'G-1': '2021-03-11T09:00:00.000Z' } };
    expect(migrationFailureAt(done, devices, '2021-03-11T12:00:00.000Z')).toBeUndefined();
    const late = { ...done, commissionedAt: { ...done.commissionedAt, 'G-1': '2021-03-11T09:00:01.000Z' } };
    expect(migrationFailureAt(late, devices, '2021-03-11T12:00:00.000Z')).toBe('2021-03-11T09:00:00.000Z');
    const noHub = { commencedAt, commissionedAt: done.commissionedAt };
    expect(migrationFailureAt(noHub, devices, '2021-03-11T09:00:00.000Z')).toBe('2021-03-11T09:00:00.000Z');
    // Not before the 24 hours have run.
    expect(migrationFailureAt(noHub, devices, '2021-03-11T08:59:59.000Z')).toBeUndefined();
  });

  it("TMAD 4.48 on a Migration Failure the status becomes 'Failed' and Rollback is initiated within 24 hours", () => {
    const response = respondToFailure({ migrationFailures: 0, failureCauseRemedied: false }, '2021-03-11T09:00:00.000Z');
    expect(response).toEqual({ status: 'Failed', rollbackBy: '2021-03-12T09:00:00.000Z', failures: 1, mayRetry: true });
  });

  it("TMAD 4.29 the third Migration Failure sets the status to 'Excluded'", () => {
    expect(respondToFailure({ migrationFailures: 2, failureCauseRemedied: false }, '2021-03-11T09:00:00.000Z')).toMatchObject({ status: 'Excluded', failures: 3, mayRetry: false });
  });

  it('TMAD 4.49 suppliers and Network Operators are notified within 5 Working Days after the Migration', () => {
    expect(migrationNoticeDue('2021-03-10', ENGLAND_AND_WALES_2020_2022)).toBe('2021-03-17');
    // Over Christmas 2020: 25 and 28 December are bank holidays.
    expect(migrationNoticeDue('2020-12-23', ENGLAND_AND_WALES_2020_2022)).toBe('2021-01-04');
  });
});

describe('Migration Testing', () => {
  it('TMAD 5.10 Migration in a Cohort is suspended when more than 2 per cent of the initial Migrations failed', () => {
    expect(mustSuspendAfterInitialMigrations(1_000, 20)).toBe(false);
    expect(mustSuspendAfterInitialMigrations(1_000, 21)).toBe(true);
    expect(mustSuspendAfterInitialMigrations(400, 9)).toBe(true);
    expect(() => mustSuspendAfterInitialMigrations(1_001, 0)).toThrow(/5\.9/);
  });
});
