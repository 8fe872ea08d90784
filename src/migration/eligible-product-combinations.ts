/**
 * The Eligible Product Combinations List (Clause 4.4), the Migration Windows (Clauses 4.8, 4.9)
 * and device eligibility (Clauses 4.5, 4.7, 4.28).
 * @module
 */
import type { Cohort, Device, Smets1Installation } from './types.js';

/** A Device Model Combination as listed: the permitted firmware versions of each device model. */
export interface ListedCombination {
  /** Identifier of the Device Model Combination. */
  id: string;
  /** Device model -> permitted firmware versions. */
  devices: Record<string, string[]>;
}

/** The Eligible Product Combinations List and the FOC Migration Windows published under Clause 4.9. */
export interface EligibleProductCombinationsList {
  /** Listed combinations by Cohort. */
  cohorts: Record<Cohort, ListedCombination[]>;
  /** For FOC, the Migration Window published for each Device Model Combination (ISO dates, inclusive). */
  focWindows: Record<string, { opens: string; closes: string }>;
}

/** A Migration Window: first and last day (inclusive). */
export interface MigrationWindow {
  /** First day. */
  opens: string;
  /** Last day. */
  closes: string;
}

/** The Migration Window of each Cohort (Clause 4.8, TMAD 8.1). */
export const COHORT_WINDOWS: Readonly<Record<Cohort, MigrationWindow>> = {
  IOC: { opens: '2020-07-27', closes: '2021-03-31' },
  MOC: { opens: '2020-11-02', closes: '2021-09-30' },
  FOC: { opens: '2020-12-13', closes: '2022-12-31' },
};

/** The FOC Live Date (definition in Section 1; 13 December 2020 unless the DCC notifies a later one). */
export const FOC_LIVE_DATE = '2020-12-13';

/**
 * The listed combination of an installation, if its Device Model Combination is in the list for its Cohort.
 * @param list The list.
 * @param installation The installation.
 * @returns The listed combination.
 */
export function listedCombination(list: EligibleProductCombinationsList, installation: Pick<Smets1Installation, 'cohort' | 'deviceModelCombination'>): ListedCombination | undefined {
  return list.cohorts[installation.cohort].find((combination) => combination.id === installation.deviceModelCombination);
}

/**
 * The Migration Window that applies to an installation: its Cohort's (Clause 4.8) or, in FOC,
 * the window published for its Device Model Combination, provided it falls within the FOC period
 * and opens no earlier than the FOC Live Date (Clause 4.9).
 * @param list The list.
 * @param installation The installation.
 * @returns The window, or `undefined` when none applies (FOC without a valid published window).
 */
export function applicableWindow(list: EligibleProductCombinationsList, installation: Pick<Smets1Installation, 'cohort' | 'deviceModelCombination'>): MigrationWindow | undefined {
  if (installation.cohort !== 'FOC') return COHORT_WINDOWS[installation.cohort];
  const published = list.focWindows[installation.deviceModelCombination];
  const period = COHORT_WINDOWS.FOC;
  if (!published || published.opens < FOC_LIVE_DATE || published.opens < period.opens || published.closes > period.closes) return undefined;
  return published;
}

/**
 * Whether a date is in a window.
 * @param window The window.
 * @param date ISO date.
 * @returns `true` from `opens` to `closes`, inclusive.
 */
export function inWindow(window: MigrationWindow, date: string): boolean {
  return date >= window.opens && date <= window.closes;
}

/** Why a device is not an Eligible Device. */
export type DeviceIneligibility = { device: Device; problem: 'model-not-listed' | 'firmware-not-listed' };

/**
 * The devices of an installation that are not Eligible Devices under the listed combination.
 * @param combination The listed combination (undefined: every device is ineligible).
 * @param devices The devices.
 * @returns One entry per ineligible device.
 */
export function ineligibleDevices(combination: ListedCombination | undefined, devices: readonly Device[]): DeviceIneligibility[] {
  return devices.flatMap((device): DeviceIneligibility[] => {
    const firmware = combination?.devices[device.model];
    if (!firmware) return [{ device, problem: 'model-not-listed' }];
    return firmware.includes(device.firmware) ? [] : [{ device, problem: 'firmware-not-listed' }];
  });
}
