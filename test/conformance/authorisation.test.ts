/**
 * Conformance of the reference model to TMAD 8.1 Migration Authorisation by Active Suppliers
 * (Clauses 4.40 to 4.44B).
 */
import { describe, expect, it } from 'vitest';
import { decideMigration, ENGLAND_AND_WALES_2020_2022, withdrawAuthorisation } from '../../src/migration/index.js';
import { activeInstallation, clausesOf, context, DATE } from './installations.js';

const alpha = (givenOn: string, more: { withdrawnOn?: string; switchOffConfirmed?: boolean } = {}) => ({ supplier: 'Alpha', givenOn, switchOffConfirmed: true, ...more });

describe('Migration Authorisation by Active Suppliers', () => {
  it('TMAD 4.40 an installation with an Active Meter is not Migrated without its Active Supplier\'s authorisation', () => {
    const decision = decideMigration(activeInstallation({ authorisations: [] }), context());
    expect(decision.reasons).toEqual([expect.objectContaining({ clause: '4.40', code: 'no-authorisation' })]);
    // Another supplier's authorisation does not count.
    expect(decideMigration(activeInstallation({ authorisations: [{ ...alpha('2021-02-15'), supplier: 'Beta' }] }), context()).migrate).toBe(false);
  });

  it('TMAD 4.42 authorisation is given not later than 5 Working Days before the date and lapses after 60 days', () => {
    // 5 Working Days before Wednesday 10 March 2021 is Wednesday 3 March.
    expect(decideMigration(activeInstallation({ authorisations: [alpha('2021-03-03')] }), context()).migrate).toBe(true);
    expect(decideMigration(activeInstallation({ authorisations: [alpha('2021-03-04')] }), context()).reasons.map((r) => r.code)).toEqual(['authorisation-too-late']);
    // Given 60 days before the date: still valid; 61 days: lapsed.
    expect(decideMigration(activeInstallation({ authorisations: [alpha('2021-01-09')] }), context()).migrate).toBe(true);
    expect(decideMigration(activeInstallation({ authorisations: [alpha('2021-01-08')] }), context()).reasons.map((r) => r.code)).toEqual(['authorisation-lapsed']);
  });

  it('TMAD 4.43 with Active Meters of different Active Suppliers, every one of them must authorise', () => {
    const shared = activeInstallation({
      meters: [
        { deviceId: 'E-1', responsibleSupplier: 'Alpha', smets1Service: true },
        { deviceId: 'G-1', responsibleSupplier: 'Delta', smets1Service: true },
      ],
    });
    const decision = decideMigration(shared, context());
    expect(decision.reasons).toEqual([expect.objectContaining({ clause: '4.43', code: 'no-authorisation' })]);
    expect(decision.reasons[0]?.message).toContain('Delta');
    shared.authorisations.push({ supplier: 'Delta', givenOn: '2021-02-20', switchOffConfirmed: true });
    expect(decideMigration(shared, context()).migrate).toBe(true);
  });

  it("TMAD 4.44 a withdrawal given not later than 2 Working Days before removes the installation from the schedule ('Identified')", () => {
    const calendar = ENGLAND_AND_WALES_2020_2022;
    expect(withdrawAuthorisation('Scheduled', '2021-03-08', DATE, calendar)).toEqual({ status: 'Identified', effective: true });
    expect(withdrawAuthorisation('Scheduled', '2021-03-09', DATE, calendar)).toEqual({ status: 'Scheduled', effective: false });
    expect(clausesOf(decideMigration(activeInstallation({ authorisations: [alpha('2021-02-15', { withdrawnOn: '2021-03-08' })] }), context()))).toEqual(['4.44']);
    expect(decideMigration(activeInstallation({ authorisations: [alpha('2021-02-15', { withdrawnOn: '2021-03-09' })] }), context()).migrate).toBe(true);
  });

  it("TMAD 4.44B authorisation counts only where the Half-Hourly Data Switch is 'off' and the supplier confirmed it with the SMSO", () => {
    const unconfirmed = decideMigration(activeInstallation({ authorisations: [alpha('2021-02-15', { switchOffConfirmed: false })] }), context());
    expect(unconfirmed.reasons).toEqual([expect.objectContaining({ clause: '4.44B', code: 'authorised-with-switch-on' })]);
    const hub = activeInstallation().hub;
    const on = decideMigration(activeInstallation({ hub: { ...hub, halfHourlyDataSwitch: 'on' } }), context());
    expect(clausesOf(on)).toEqual(['4.44B']);
    // Mixed Meters too.
    const mixed = activeInstallation({
      meters: [
        { deviceId: 'E-1', responsibleSupplier: 'Alpha', smets1Service: true },
        { deviceId: 'G-1', responsibleSupplier: 'Alpha', smets1Service: false },
      ],
      hub: { ...hub, halfHourlyDataSwitch: 'on' },
    });
    expect(clausesOf(decideMigration(mixed, context()))).toEqual(['4.44B']);
  });
});
