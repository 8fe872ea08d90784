/**
 * What happens after the decision: Migration Failure (Clauses 4.47, 4.48), repeated failures
 * (Clause 4.29), withdrawal of authorisation (Clause 4.44) and notification deadlines (Clause 4.49).
 * Times are ISO timestamps (`2021-01-04T10:00:00Z`).
 * @module
 */
import type { InstallationStatus, Smets1Installation } from './types.js';
import { addWorkingDays, type WorkingDayCalendar } from './working-days.js';

const HOUR = 60 * 60 * 1000;

/** What happened during a Migration, as the S1SP and DSP report it. */
export interface MigrationProgress {
  /** When the Migration commenced. */
  commencedAt: string;
  /** When the S1SP established communications with the Communications Hub, if it has. */
  hubContactAt?: string;
  /** For each Eligible Device, when it was Commissioned (absent: not yet). */
  commissionedAt: Record<string, string | undefined>;
}

/**
 * Whether a Migration Failure has occurred by a time (Clause 4.47): an Eligible Device not
 * Commissioned, or no communications with the Communications Hub, within 24 hours after the
 * Migration commenced.
 * @param progress What happened.
 * @param deviceIds The Eligible Devices of the installation.
 * @param now The time of the assessment.
 * @returns The time of the failure (24 hours after commencement), or `undefined` when none (yet).
 */
export function migrationFailureAt(progress: MigrationProgress, deviceIds: readonly string[], now: string): string | undefined {
  const deadline = Date.parse(progress.commencedAt) + 24 * HOUR;
  if (Date.parse(now) < deadline) return undefined;
  const inTime = (at: string | undefined) => at !== undefined && Date.parse(at) <= deadline;
  const failed = !inTime(progress.hubContactAt) || deviceIds.some((id) => !inTime(progress.commissionedAt[id]));
  return failed ? new Date(deadline).toISOString() : undefined;
}

/** The DCC's response to a Migration Failure (Clauses 4.48, 4.29). */
export interface FailureResponse {
  /** The new Installation Status: 'Failed' (Clause 4.48), and 'Excluded' after the third failure (Clause 4.29). */
  status: InstallationStatus;
  /** Latest time to initiate Rollback: 24 hours after the failure (Clause 4.48). */
  rollbackBy: string;
  /** Migration Failures counted, this one included. */
  failures: number;
  /** Whether the DCC may attempt Migration again later (Clause 4.29). */
  mayRetry: boolean;
}

/**
 * Respond to a Migration Failure.
 * @param installation The installation (its `migrationFailures` before this one).
 * @param failedAt When the failure occurred.
 * @returns The new status, the Rollback deadline and whether another attempt is allowed.
 */
export function respondToFailure(installation: Pick<Smets1Installation, 'migrationFailures' | 'failureCauseRemedied'>, failedAt: string): FailureResponse {
  const failures = installation.migrationFailures + 1;
  const excluded = failures >= 3 && !installation.failureCauseRemedied;
  return { status: excluded ? 'Excluded' : 'Failed', rollbackBy: new Date(Date.parse(failedAt) + 24 * HOUR).toISOString(), failures, mayRetry: !excluded };
}

/**
 * Withdraw a Migration Authorisation (Clause 4.44): when given in time (not later than 2 Working
 * Days before the scheduled date), the installation leaves the Migration Schedule and its
 * Installation Status becomes 'Identified'.
 * @param status The current Installation Status.
 * @param withdrawnOn ISO date of the notice.
 * @param scheduledDate ISO scheduled date of Migration.
 * @param calendar Working Days.
 * @returns The new status and whether the withdrawal took effect.
 */
export function withdrawAuthorisation(status: InstallationStatus, withdrawnOn: string, scheduledDate: string, calendar: WorkingDayCalendar): { status: InstallationStatus; effective: boolean } {
  const effective = withdrawnOn <= addWorkingDays(scheduledDate, -2, calendar);
  return effective ? { status: 'Identified', effective } : { status, effective };
}

/**
 * The last day to notify each Active Supplier and relevant Network Operator of a Migration
 * (Clause 4.49: within 5 Working Days after the Migration).
 * @param migratedOn ISO date of the Migration.
 * @param calendar Working Days.
 * @returns The ISO date.
 */
export function migrationNoticeDue(migratedOn: string, calendar: WorkingDayCalendar): string {
  return addWorkingDays(migratedOn, 5, calendar);
}

/** The notification of a Dormant Migration to the Responsible Supplier (Clause 4.26). */
export interface DormantMigrationNotice {
  /** Last day to give it: within 5 Working Days after the Dormant Migration. */
  due: string;
  /** The date of Migration it states. */
  migratedOn: string;
  /** The identity of each device Commissioned, which it states. */
  devices: string[];
}

/**
 * The notice Clause 4.26 requires after a Dormant Migration.
 * @param migratedOn ISO date of the Dormant Migration.
 * @param commissioned Ids of the devices Commissioned.
 * @param calendar Working Days.
 * @returns The notice's content and deadline.
 */
export function dormantMigrationNotice(migratedOn: string, commissioned: readonly string[], calendar: WorkingDayCalendar): DormantMigrationNotice {
  return { due: addWorkingDays(migratedOn, 5, calendar), migratedOn, devices: [...commissioned] };
}
