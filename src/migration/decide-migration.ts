/**
 * The decision whether the DCC may commence the Migration of a SMETS1 Installation on a scheduled
 * date, under TMAD 8.1 Section 4, with every reason it may not and the clause that says so
 * (the record Clause 4.33 requires).
 * @module
 */
import { applicableWindow, COHORT_WINDOWS, ineligibleDevices, inWindow, listedCombination, type EligibleProductCombinationsList } from './eligible-product-combinations.js';
import type { DecisionReason, InstallationClass, Meter, MigrationAuthorisation, MigrationDecision, Smets1Installation } from './types.js';
import { addDays, addWorkingDays, daysBetween, isAtLeastWorkingDaysBefore, isNotLaterThanWorkingDaysBefore, isWorkingDay, workingDaysBetween, type WorkingDayCalendar } from './working-days.js';

/** What the decision needs besides the installation. */
export interface MigrationContext {
  /** The scheduled date of Migration (the day it would commence). */
  date: string;
  /** The Eligible Product Combinations List and FOC windows. */
  list: EligibleProductCombinationsList;
  /** Working Days. */
  calendar: WorkingDayCalendar;
  /** Device Model Combinations of which at least one installation with Active Meters has been Migrated without a Migration Failure (Clause 4.24A). */
  migratedWithoutFailure: ReadonlySet<string>;
  /** Device ids the DCC proposes to migrate, when not the whole installation (Clause 4.17 forbids it). */
  deviceIds?: readonly string[];
}

/**
 * Classify an installation (Clause 4.18): every meter Active, every meter Dormant, or Mixed.
 * @param installation The installation.
 * @returns The class.
 */
export function classifyInstallation(installation: Pick<Smets1Installation, 'meters'>): InstallationClass {
  const active = installation.meters.filter((meter) => meter.smets1Service).length;
  if (active === installation.meters.length) return 'all-active';
  if (active === 0) return 'all-dormant';
  return 'mixed';
}

/**
 * Whether a Change of Supplier is pending for a meter on a date (Clause 4.30A: from the DCC's
 * notification until registration or withdrawal).
 * @param meter The meter.
 * @param date ISO date.
 * @returns `true` while pending.
 */
export function changeOfSupplierPending(meter: Meter, date: string): boolean {
  return (meter.changesOfSupplier ?? []).some((change) => change.notifiedOn <= date && (change.endedOn === undefined || date < change.endedOn));
}

/**
 * Why a Migration Authorisation does not count on the scheduled date (empty when it does):
 * given too late (Clause 4.42: not later than 5 Working Days before), lapsed (60 days after it
 * was given), withdrawn in time (Clause 4.44: not later than 2 Working Days before), or given
 * without the Half-Hourly Data Switch confirmed 'off' (Clause 4.44B).
 * @param authorisation The authorisation.
 * @param installation The installation.
 * @param context The date and calendar.
 * @returns The reasons it does not count.
 */
export function authorisationProblems(authorisation: MigrationAuthorisation, installation: Pick<Smets1Installation, 'hub'>, context: Pick<MigrationContext, 'date' | 'calendar'>): DecisionReason[] {
  const reasons: DecisionReason[] = [];
  const who = authorisation.supplier;
  if (!isNotLaterThanWorkingDaysBefore(authorisation.givenOn, context.date, 5, context.calendar)) {
    reasons.push({ clause: '4.42', code: 'authorisation-too-late', message: `${who}'s Migration Authorisation of ${authorisation.givenOn} was given later than 5 Working Days before ${context.date}` });
  }
  if (daysBetween(authorisation.givenOn, context.date) > 60) {
    reasons.push({ clause: '4.42', code: 'authorisation-lapsed', message: `${who}'s Migration Authorisation of ${authorisation.givenOn} lapsed 60 days after it was given (${addDays(authorisation.givenOn, 60)})` });
  }
  if (authorisation.withdrawnOn !== undefined && isNotLaterThanWorkingDaysBefore(authorisation.withdrawnOn, context.date, 2, context.calendar)) {
    reasons.push({ clause: '4.44', code: 'authorisation-withdrawn', message: `${who} withdrew its Migration Authorisation on ${authorisation.withdrawnOn}` });
  }
  if (!authorisation.switchOffConfirmed || installation.hub.halfHourlyDataSwitch !== 'off') {
    reasons.push({ clause: '4.44B', code: 'authorised-with-switch-on', message: `${who} gave Migration Authorisation without the Half-Hourly Data Switch confirmed as 'off'` });
  }
  return reasons;
}

/**
 * Decide whether the DCC may commence the Migration of an installation on the scheduled date.
 * Every rule is applied, so the reasons list all that stand in the way.
 * @param installation The installation.
 * @param context Date, list, calendar and what has been migrated.
 * @returns The decision with its reasons.
 */
export function decideMigration(installation: Smets1Installation, context: MigrationContext): MigrationDecision {
  const reasons: DecisionReason[] = [];
  const { date, calendar } = context;
  const add = (clause: string, code: string, message: string) => reasons.push({ clause, code, message });
  const classification = classifyInstallation(installation);
  // Clause 4.19: Mixed Meters are treated as Active Meters.
  const route = classification === 'all-dormant' ? 'dormant' : 'authorised';

  // Installation Status (4.16), whole installation (4.17), Working Day (4.13).
  if (installation.status === 'Excluded') add('4.16', 'status-excluded', `Installation Status is 'Excluded'`);
  else if (installation.status !== 'Scheduled') add('4.16', 'status-not-scheduled', `Installation Status is '${installation.status}', expected 'Scheduled'`);
  if (context.deviceIds && (context.deviceIds.length !== installation.devices.length || installation.devices.some((device) => !context.deviceIds?.includes(device.id)))) {
    add('4.17', 'partial-installation', 'a device would be Migrated separately from the other devices in the installation');
  }
  if (!isWorkingDay(date, calendar)) add('4.13', 'not-working-day', `${date} is not a Working Day`);

  // Eligibility: list (4.5, 4.24(a)), devices (4.7, 4.28), window (4.10, 4.9).
  const combination = listedCombination(context.list, installation);
  const window = applicableWindow(context.list, installation);
  if (!combination) add('4.5', 'combination-not-listed', `Device Model Combination ${installation.deviceModelCombination} is not in the Eligible Product Combinations List for ${installation.cohort}`);
  else if (installation.cohort === 'FOC' && !window) add('4.5', 'foc-window-not-published', `no Migration Window is published for ${installation.deviceModelCombination} under Clause 4.9`);
  if (combination) {
    for (const problem of ineligibleDevices(combination, installation.devices)) {
      if (problem.problem === 'firmware-not-listed') add('4.28', 'firmware-not-listed', `device ${problem.device.id} operates firmware ${problem.device.firmware}, not listed for ${combination.id}`);
      else add('4.7', 'device-not-eligible', `device ${problem.device.id} (${problem.device.model}) is not an Eligible Device`);
    }
  }
  if (window && !inWindow(window, date)) add('4.10', 'outside-window', `${date} is outside the Migration Window ${window.opens} to ${window.closes}`);
  else if (!window && installation.cohort !== 'FOC') add('4.10', 'outside-window', `no Migration Window applies`);

  // Communications Hub (4.14).
  const contactFrom = addDays(date, -7);
  if (!installation.hub.inService) add('4.14', 'hub-not-in-service', 'the Communications Hub is not recorded as installed and in service');
  if (!installation.hub.successfulContacts.some((contact) => contact >= contactFrom && contact < date)) {
    add('4.14', 'hub-no-recent-contact', `the Communications Hub has not communicated with the SMETS1 SMSO between ${contactFrom} and ${addDays(date, -1)}`);
  }

  // Exclusions (4.27 to 4.32).
  for (const meter of installation.meters) {
    if (meter.prepayment && (meter.prepayment.emergencyCreditActivated || meter.prepayment.supplyDisabled)) {
      add('4.27', 'prepayment-emergency', `meter ${meter.deviceId} in prepayment mode had ${meter.prepayment.emergencyCreditActivated ? 'emergency credit activated' : 'its supply disabled'} on the Working Day before ${date}`);
    }
    if (changeOfSupplierPending(meter, date)) add('4.30', 'change-of-supplier-pending', `a Change of Supplier is pending for meter ${meter.deviceId}`);
    if (meter.responsibleSupplier === null) add('4.32', 'no-responsible-supplier', `no Responsible Supplier is registered for meter ${meter.deviceId}`);
  }
  if (installation.migrationFailures >= 3 && !installation.failureCauseRemedied) add('4.29', 'three-failures', `${installation.migrationFailures} Migration Failures, cause not remedied`);
  if (installation.unresolvedFault) add('4.31', 'unresolved-fault', 'the SMETS1 SMSO has notified an unresolved fault');

  if (route === 'dormant') decideDormant(installation, context, window, add);
  else decideAuthorised(installation, context, add);

  return { installationId: installation.id, date, classification, route, migrate: reasons.length === 0, reasons, devices: reasons.length === 0 ? installation.devices.map((device) => device.id) : [] };
}

type Add = (clause: string, code: string, message: string) => void;

/** Dormant Migration (4.21 to 4.24A): no authorisation needed, but notice, opt-out, confirmations and the switch. */
function decideDormant(installation: Smets1Installation, context: MigrationContext, window: ReturnType<typeof applicableWindow>, add: Add): void {
  const { date, calendar } = context;
  if (installation.noServiceConfirmedOn === undefined || installation.noServiceConfirmedOn > date || workingDaysBetween(installation.noServiceConfirmedOn, date, calendar) >= 10) {
    add('4.22', 'no-service-not-confirmed', `the SMETS1 SMSO has not confirmed, within 10 Working Days before ${date}, that no Supplier Party has a SMETS1 Service`);
  }
  if (installation.dormantNoticeOn === undefined || !isAtLeastWorkingDaysBefore(installation.dormantNoticeOn, date, 20, calendar)) {
    add('4.23', 'dormant-notice-late', `the Responsible Supplier was not notified of ${date} at least 20 Working Days before`);
  }
  if (installation.optOutNoticeOn !== undefined && isNotLaterThanWorkingDaysBefore(installation.optOutNoticeOn, date, 5, calendar)) {
    add('4.24', 'opt-out', `an Opt-Out Notice was received on ${installation.optOutNoticeOn}`);
  }
  if (!(installation.hub.smsoConfirmedSwitchOff && installation.hub.halfHourlyDataSwitch === 'off')) {
    add('4.24', 'switch-not-off', `the SMETS1 SMSO has not confirmed that the Half-Hourly Data Switch is set to 'off'`);
  }
  if (installation.cohort === 'FOC') {
    const opens = window?.opens ?? COHORT_WINDOWS.FOC.opens;
    if (workingDaysBetween(addDays(opens, -1), date, calendar) < 20) {
      add('4.24A', 'foc-window-not-open-20-days', `the Migration Window for ${installation.deviceModelCombination} opened on ${opens}, less than 20 Working Days before ${date}`);
    }
    if (!context.migratedWithoutFailure.has(installation.deviceModelCombination)) {
      add('4.24A', 'foc-no-active-migrated', `no installation with Active Meters and ${installation.deviceModelCombination} has been Migrated without a Migration Failure`);
    }
  }
}

/** Installations with Active Meters or Mixed Meters (4.19, 4.40 to 4.44B): every Active Supplier's valid authorisation. */
function decideAuthorised(installation: Smets1Installation, context: MigrationContext, add: Add): void {
  const suppliers = [...new Set(installation.meters.filter((meter) => meter.smets1Service && meter.responsibleSupplier !== null).map((meter) => meter.responsibleSupplier as string))].sort();
  for (const supplier of suppliers) {
    const given = installation.authorisations.filter((authorisation) => authorisation.supplier === supplier);
    if (given.length === 0) {
      add(suppliers.length > 1 ? '4.43' : '4.40', 'no-authorisation', `Active Supplier ${supplier} has not given Migration Authorisation`);
      continue;
    }
    const problems = given.map((authorisation) => authorisationProblems(authorisation, installation, context));
    if (problems.some((list) => list.length === 0)) continue;
    for (const reason of problems.flat()) add(reason.clause, reason.code, reason.message);
  }
}

/**
 * The last day by which the DCC must provide the record of a determination under Clauses 4.27 to
 * 4.32 to a Responsible Supplier who asked for it (Clause 4.33: within 5 Working Days after the request).
 * @param requestedOn ISO date of the request.
 * @param calendar Working Days.
 * @returns The ISO date.
 */
export function exclusionRecordDue(requestedOn: string, calendar: WorkingDayCalendar): string {
  return addWorkingDays(requestedOn, 5, calendar);
}

/**
 * The record Clause 4.33 requires: the reasons of a decision that come from Clauses 4.27 to 4.32.
 * @param decision A decision.
 * @returns The exclusion reasons (empty when none applies).
 */
export function exclusionRecord(decision: MigrationDecision): DecisionReason[] {
  return decision.reasons.filter((reason) => ['4.27', '4.28', '4.29', '4.30', '4.31', '4.32'].includes(reason.clause));
}
