/**
 * Conformance of the reference model to TMAD 8.1 Exclusions (Clauses 4.27 to 4.33).
 */
import { describe, expect, it } from 'vitest';
import { changeOfSupplierPending, decideMigration, ENGLAND_AND_WALES_2020_2022, exclusionRecord, exclusionRecordDue } from '../../src/migration/index.js';
import { activeInstallation, clausesOf, context, DATE } from './installations.js';

describe('Exclusions', () => {
  it('TMAD 4.27 no Migration of a prepayment meter with emergency credit activated or supply disabled the Working Day before', () => {
    const withPrepayment = (prepayment: { emergencyCreditActivated: boolean; supplyDisabled: boolean }) =>
      activeInstallation({ meters: [{ deviceId: 'E-1', responsibleSupplier: 'Alpha', smets1Service: true, prepayment }, { deviceId: 'G-1', responsibleSupplier: 'Alpha', smets1Service: true }] });
    expect(decideMigration(withPrepayment({ emergencyCreditActivated: false, supplyDisabled: false }), context()).migrate).toBe(true);
    expect(clausesOf(decideMigration(withPrepayment({ emergencyCreditActivated: true, supplyDisabled: false }), context()))).toEqual(['4.27']);
    expect(clausesOf(decideMigration(withPrepayment({ emergencyCreditActivated: false, supplyDisabled: true }), context()))).toEqual(['4.27']);
  });

  it("TMAD 4.29 after three Migration Failures the installation is not Migrated again unless the cause was remedied", () => {
    expect(clausesOf(decideMigration(activeInstallation({ migrationFailures: 3 }), context()))).toEqual(['4.29']);
    expect(decideMigration(activeInstallation({ migrationFailures: 2 }), context()).migrate).toBe(true);
    expect(decideMigration(activeInstallation({ migrationFailures: 3, failureCauseRemedied: true }), context()).migrate).toBe(true);
  });

  // TMAD 4.30A defines when a Change of Supplier is pending.
  it('TMAD 4.30 no Migration while a Change of Supplier is pending for any meter', () => {
    const meter = (changesOfSupplier: Array<{ notifiedOn: string; endedOn?: string }>) => ({ deviceId: 'G-1', responsibleSupplier: 'Alpha', smets1Service: true, changesOfSupplier });
    expect(changeOfSupplierPending(meter([{ notifiedOn: '2021-03-01' }]), DATE)).toBe(true);
    expect(changeOfSupplierPending(meter([{ notifiedOn: '2021-03-01', endedOn: '2021-03-09' }]), DATE)).toBe(false);
    expect(changeOfSupplierPending(meter([{ notifiedOn: '2021-03-11' }]), DATE)).toBe(false);
    const installation = activeInstallation();
    installation.meters[1] = meter([{ notifiedOn: '2021-03-01', endedOn: '2021-03-12' }]);
    expect(clausesOf(decideMigration(installation, context()))).toEqual(['4.30']);
  });

  it('TMAD 4.31 no Migration while the SMSO has notified an unresolved fault', () => {
    expect(clausesOf(decideMigration(activeInstallation({ unresolvedFault: true }), context()))).toEqual(['4.31']);
  });

  it('TMAD 4.32 no Migration of an installation with a meter that has no Responsible Supplier', () => {
    const installation = activeInstallation();
    installation.meters[1] = { deviceId: 'G-1', responsibleSupplier: null, smets1Service: false };
    expect(decideMigration(installation, context()).reasons.map((r) => r.code)).toEqual(['no-responsible-supplier']);
  });

  it('TMAD 4.33 the determination is recorded with its reasons, and given to the supplier within 5 Working Days of a request', () => {
    const decision = decideMigration(activeInstallation({ unresolvedFault: true, migrationFailures: 3, status: 'Identified' }), context());
    const record = exclusionRecord(decision);
    expect(record.map((reason) => reason.clause)).toEqual(['4.29', '4.31']);
    for (const reason of record) expect(reason.message.length).toBeGreaterThan(10);
    // Requested on Friday 26 March 2021: Easter (2 and 5 April) is not counted.
    expect(exclusionRecordDue('2021-03-26', ENGLAND_AND_WALES_2020_2022)).toBe('2021-04-06');
  });
});
