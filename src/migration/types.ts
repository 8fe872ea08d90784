/**
 * The reference model of TMAD 8.1 migration eligibility: the data it reasons about. Names follow
 * the defined terms of TMAD 8.1 Section 1.
 * @module
 */

/** IOC, MOC or FOC (Clause 2.4). */
export type Cohort = 'IOC' | 'MOC' | 'FOC';

/** Every Installation Status, in the order of the table in Clause 4.15. */
export const INSTALLATION_STATUSES = ['Identified', 'Scheduled', 'Migrating', 'Migrated', 'Failed', 'Reverted', 'Excluded'] as const;

/** Installation Status (Clause 4.15). */
export type InstallationStatus = (typeof INSTALLATION_STATUSES)[number];

/** The setting of the Half-Hourly Data Switch on a Communications Hub. */
export type SwitchSetting = 'on' | 'off';

/** A device in a SMETS1 Installation. */
export interface Device {
  /** Device identifier. */
  id: string;
  /** What it is. */
  kind: 'communications-hub' | 'electricity-meter' | 'gas-meter' | 'other';
  /** Model. */
  model: string;
  /** Firmware version it is operating. */
  firmware: string;
}

/** A Change of Supplier for a meter (Clause 4.30A). */
export interface ChangeOfSupplier {
  /** When the DCC was notified that a Supplier Party applied to become the Responsible Supplier. */
  notifiedOn: string;
  /** When that Supplier Party became registered, or the application was withdrawn (absent while neither has happened). */
  endedOn?: string;
}

/** A meter of a SMETS1 Installation. */
export interface Meter {
  /** Its device id (a device of kind electricity-meter or gas-meter). */
  deviceId: string;
  /** The Responsible Supplier registered on the scheduled date, or `null` when none is (Clause 4.32). */
  responsibleSupplier: string | null;
  /** `true` when the Responsible Supplier has a SMETS1 Service in place with a SMETS1 SMSO (an Active Meter); `false` for a Dormant Meter. */
  smets1Service: boolean;
  /** Prepayment mode, and what happened on the Working Day before the scheduled date (Clause 4.27). */
  prepayment?: { emergencyCreditActivated: boolean; supplyDisabled: boolean };
  /** Changes of Supplier applied for (Clauses 4.30, 4.30A). */
  changesOfSupplier?: ChangeOfSupplier[];
}

/** The Communications Hub as the SMETS1 SMSO reports it. */
export interface CommunicationsHubState {
  /** Recorded by the SMETS1 SMSO as installed and in service (Clause 4.14). */
  inService: boolean;
  /** Dates on which it communicated successfully with the SMETS1 SMSO (Clause 4.14). */
  successfulContacts: string[];
  /** The Half-Hourly Data Switch setting. */
  halfHourlyDataSwitch: SwitchSetting;
  /** Whether the SMETS1 SMSO has confirmed to the DCC that the switch is set to 'off' (Clauses 4.24(d), 4.24A). */
  smsoConfirmedSwitchOff: boolean;
}

/** A Migration Authorisation by an Active Supplier (Clauses 4.40 to 4.44B). */
export interface MigrationAuthorisation {
  /** The Active Supplier giving it. */
  supplier: string;
  /** When it was given. */
  givenOn: string;
  /** When a withdrawal notice was given (Clause 4.44), if any. */
  withdrawnOn?: string;
  /** Whether the supplier confirmed with the SMETS1 SMSO that the Half-Hourly Data Switch is 'off' before giving it (Clause 4.44B). */
  switchOffConfirmed: boolean;
}

/** A SMETS1 Installation: a Communications Hub with its paired meters and other devices. */
export interface Smets1Installation {
  /** Identifier. */
  id: string;
  /** The Cohort it is allocated to (Clause 4.2). */
  cohort: Cohort;
  /** Its Device Model Combination. */
  deviceModelCombination: string;
  /** Every device, the Communications Hub included. */
  devices: Device[];
  /** Its meters. */
  meters: Meter[];
  /** The Communications Hub's state. */
  hub: CommunicationsHubState;
  /** Installation Status (Clause 4.15). */
  status: InstallationStatus;
  /** Migration Authorisations given for it. */
  authorisations: MigrationAuthorisation[];
  /** Date the DCC notified the Responsible Supplier of a Dormant Migration's date (Clause 4.23). */
  dormantNoticeOn?: string;
  /** Date an Opt-Out Notice was given (Clause 4.23). */
  optOutNoticeOn?: string;
  /** Date the SMETS1 SMSO confirmed no Supplier Party has a SMETS1 Service for any meter (Clause 4.22). */
  noServiceConfirmedOn?: string;
  /** An unresolved fault notified by the SMETS1 SMSO (Clause 4.31). */
  unresolvedFault: boolean;
  /** Migration Failures so far (Clause 4.29). */
  migrationFailures: number;
  /** Whether the DCC and SMETS1 SMSO identified and remedied the cause of those failures (Clause 4.29). */
  failureCauseRemedied: boolean;
}

/** The classification of Clause 4.18. */
export type InstallationClass = 'all-active' | 'all-dormant' | 'mixed';

/** A reason in a decision: the clause that decides it and what it found. */
export interface DecisionReason {
  /** The clause, e.g. `4.24`. */
  clause: string;
  /** A stable code, e.g. `switch-not-off`. */
  code: string;
  /** One sentence for people. */
  message: string;
}

/** The DCC's decision on migrating an installation on a date. */
export interface MigrationDecision {
  /** The installation. */
  installationId: string;
  /** The scheduled date. */
  date: string;
  /** Classification under Clause 4.18. */
  classification: InstallationClass;
  /** `dormant` (Dormant Migration, no authorisation) or `authorised` (Active Meters or Mixed Meters). */
  route: 'dormant' | 'authorised';
  /** Whether the DCC may commence the Migration. */
  migrate: boolean;
  /** Every reason it may not (empty when `migrate`), with the clause that requires it. */
  reasons: DecisionReason[];
  /** The devices migrated together (all of them, Clause 4.17), when `migrate`. */
  devices: string[];
}
