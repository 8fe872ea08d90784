/**
 * Test data for the conformance checks of the reference model: an Eligible Product Combinations
 * List, and builders for SMETS1 Installations that satisfy every rule unless a check changes one.
 */
import type { EligibleProductCombinationsList, MigrationContext, Smets1Installation } from '../../src/migration/index.js';
import { ENGLAND_AND_WALES_2020_2022 } from '../../src/migration/index.js';

export const LIST: EligibleProductCombinationsList = {
  cohorts: {
    IOC: [{ id: 'IOC-1', devices: { 'CH-A': ['1.0'], 'EM-A': ['2.1', '2.2'], 'GM-A': ['3.0'] } }],
    MOC: [{ id: 'MOC-1', devices: { 'CH-B': ['4.0'], 'EM-B': ['5.0'] } }],
    FOC: [
      { id: 'FOC-1', devices: { 'CH-C': ['7.0'], 'EM-C': ['8.0'] } },
      { id: 'FOC-2', devices: { 'CH-C': ['7.0'], 'EM-D': ['9.0'] } },
    ],
  },
  // FOC-2 is listed but has no published window (Clause 4.9).
  focWindows: { 'FOC-1': { opens: '2021-01-04', closes: '2022-06-30' } },
};

/** A Wednesday inside the IOC window. */
export const DATE = '2021-03-10';

/** An IOC installation with two Active Meters of supplier Alpha, authorised in time: eligible on DATE. */
export function activeInstallation(overrides: Partial<Smets1Installation> = {}): Smets1Installation {
  return {
    id: 'INST-1',
    cohort: 'IOC',
    deviceModelCombination: 'IOC-1',
    devices: [
      { id: 'CH-1', kind: 'communications-hub', model: 'CH-A', firmware: '1.0' },
      { id: 'E-1', kind: 'electricity-meter', model: 'EM-A', firmware: '2.1' },
      { id: 'G-1', kind: 'gas-meter', model: 'GM-A', firmware: '3.0' },
    ],
    meters: [
      { deviceId: 'E-1', responsibleSupplier: 'Alpha', smets1Service: true },
      { deviceId: 'G-1', responsibleSupplier: 'Alpha', smets1Service: true },
    ],
    hub: { inService: true, successfulContacts: ['2021-03-08'], halfHourlyDataSwitch: 'off', smsoConfirmedSwitchOff: true },
    status: 'Scheduled',
    authorisations: [{ supplier: 'Alpha', givenOn: '2021-02-15', switchOffConfirmed: true }],
    unresolvedFault: false,
    migrationFailures: 0,
    failureCauseRemedied: false,
    ...overrides,
  };
}

/** The same installation with only Dormant Meters, notified and confirmed in time: eligible for Dormant Migration on DATE. */
export function dormantInstallation(overrides: Partial<Smets1Installation> = {}): Smets1Installation {
  return activeInstallation({
    id: 'INST-D',
    meters: [
      { deviceId: 'E-1', responsibleSupplier: 'Beta', smets1Service: false },
      { deviceId: 'G-1', responsibleSupplier: 'Beta', smets1Service: false },
    ],
    authorisations: [],
    dormantNoticeOn: '2021-01-20',
    noServiceConfirmedOn: '2021-03-03',
    ...overrides,
  });
}

/** An FOC installation (FOC-1, window open from 4 January 2021) with only Dormant Meters. */
export function focDormantInstallation(overrides: Partial<Smets1Installation> = {}): Smets1Installation {
  return dormantInstallation({
    id: 'INST-F',
    cohort: 'FOC',
    deviceModelCombination: 'FOC-1',
    devices: [
      { id: 'CH-9', kind: 'communications-hub', model: 'CH-C', firmware: '7.0' },
      { id: 'E-9', kind: 'electricity-meter', model: 'EM-C', firmware: '8.0' },
    ],
    meters: [{ deviceId: 'E-9', responsibleSupplier: 'Beta', smets1Service: false }],
    ...overrides,
  });
}

/** The context of a decision on DATE (or another date). */
export function context(overrides: Partial<MigrationContext> = {}): MigrationContext {
  return { date: DATE, list: LIST, calendar: ENGLAND_AND_WALES_2020_2022, migratedWithoutFailure: new Set(['FOC-1']), ...overrides };
}

/** The clauses cited by a decision's reasons. */
export function clausesOf(decision: { reasons: ReadonlyArray<{ clause: string }> }): string[] {
  return [...new Set(decision.reasons.map((reason) => reason.clause))];
}
