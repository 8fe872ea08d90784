/**
 * Conformance of the reference model to TMAD 8.1 Dormant Migration (Clauses 4.21 to 4.24A), as
 * amended by the FOCb consultation (the Half-Hourly Data Switch in 4.24(d) and 4.24A).
 */
import { describe, expect, it } from 'vitest';
import { decideMigration, dormantMigrationNotice, ENGLAND_AND_WALES_2020_2022 } from '../../src/migration/index.js';
import { clausesOf, context, dormantInstallation, focDormantInstallation } from './installations.js';

describe('Dormant Migration', () => {
  it('TMAD 4.21 an installation with only Dormant Meters is Migrated without any Migration Authorisation', () => {
    const decision = decideMigration(dormantInstallation(), context());
    expect(decision.classification).toBe('all-dormant');
    expect(decision.route).toBe('dormant');
    expect(decision.migrate).toBe(true);
  });

  it('TMAD 4.22 the SMSO confirms no SMETS1 Service not more than 10 Working Days before the date', () => {
    // 2021-02-24 leaves 9 Working Days before 10 March; 2021-02-23 leaves 10.
    expect(decideMigration(dormantInstallation({ noServiceConfirmedOn: '2021-02-24' }), context()).migrate).toBe(true);
    expect(clausesOf(decideMigration(dormantInstallation({ noServiceConfirmedOn: '2021-02-23' }), context()))).toEqual(['4.22']);
    const { noServiceConfirmedOn: _, ...unconfirmed } = dormantInstallation();
    expect(clausesOf(decideMigration(unconfirmed, context()))).toEqual(['4.22']);
  });

  it('TMAD 4.23 notice of the date at least 20 Working Days before; an Opt-Out Notice counts only up to 5 Working Days before', () => {
    // 20 Working Days strictly between 9 February and 10 March 2021.
    expect(decideMigration(dormantInstallation({ dormantNoticeOn: '2021-02-09' }), context()).migrate).toBe(true);
    expect(clausesOf(decideMigration(dormantInstallation({ dormantNoticeOn: '2021-02-10' }), context()))).toEqual(['4.23']);
    // An Opt-Out Notice given later than 5 Working Days before the date is not one under 4.23.
    expect(decideMigration(dormantInstallation({ optOutNoticeOn: '2021-03-05' }), context()).migrate).toBe(true);
    expect(decideMigration(dormantInstallation({ optOutNoticeOn: '2021-03-03' }), context()).reasons.map((r) => r.code)).toEqual(['opt-out']);
  });

  it('TMAD 4.24 a Dormant installation is Migrated only where listed, not opted out, 4.14 to 4.17 met, and the switch is confirmed off', () => {
    expect(decideMigration(dormantInstallation(), context()).migrate).toBe(true);
    // (a) listed for its Cohort
    expect(clausesOf(decideMigration(dormantInstallation({ deviceModelCombination: 'IOC-9' }), context()))).toContain('4.5');
    // (b) no Opt-Out Notice
    expect(decideMigration(dormantInstallation({ optOutNoticeOn: '2021-02-01' }), context()).reasons).toEqual([expect.objectContaining({ clause: '4.24', code: 'opt-out' })]);
    // (c) Clauses 4.14 to 4.17
    expect(clausesOf(decideMigration(dormantInstallation({ status: 'Identified' }), context()))).toEqual(['4.16']);
    // (d) the SMSO has confirmed the Half-Hourly Data Switch is 'off'
    const hub = dormantInstallation().hub;
    expect(decideMigration(dormantInstallation({ hub: { ...hub, halfHourlyDataSwitch: 'on', smsoConfirmedSwitchOff: false } }), context()).reasons).toEqual([expect.objectContaining({ clause: '4.24', code: 'switch-not-off' })]);
    expect(decideMigration(dormantInstallation({ hub: { ...hub, smsoConfirmedSwitchOff: false } }), context()).reasons.map((r) => r.code)).toEqual(['switch-not-off']);
  });

  it('TMAD 4.24A FOC Dormant Migration waits 20 Working Days of window and one Active installation Migrated without failure', () => {
    expect(decideMigration(focDormantInstallation(), context()).migrate).toBe(true);
    // FOC-1 opens on 4 January 2021: by 1 February it has been open 20 Working Days (4 to 29 January), by 29 January only 19.
    expect(decideMigration(focDormantInstallation({ noServiceConfirmedOn: '2021-01-29', dormantNoticeOn: '2020-12-01', hub: { ...focDormantInstallation().hub, successfulContacts: ['2021-01-29'] } }), context({ date: '2021-02-01' })).migrate).toBe(true);
    const early = decideMigration(focDormantInstallation({ noServiceConfirmedOn: '2021-01-28', dormantNoticeOn: '2020-12-01', hub: { ...focDormantInstallation().hub, successfulContacts: ['2021-01-28'] } }), context({ date: '2021-01-29' }));
    expect(early.reasons.map((r) => r.code)).toEqual(['foc-window-not-open-20-days']);
    const none = decideMigration(focDormantInstallation(), context({ migratedWithoutFailure: new Set() }));
    expect(none.reasons.map((r) => r.code)).toEqual(['foc-no-active-migrated']);
  });

  it("TMAD 4.24A in FOC a Dormant installation is Migrated only where the SMSO confirmed the switch 'off'", () => {
    const hub = focDormantInstallation().hub;
    const on = decideMigration(focDormantInstallation({ hub: { ...hub, halfHourlyDataSwitch: 'on' } }), context());
    expect(on.migrate).toBe(false);
    expect(on.reasons.map((r) => r.code)).toEqual(['switch-not-off']);
  });

  it('TMAD 4.25 a meter that gains a SMETS1 Service before Dormant Migration makes the installation Mixed (authorisation needed)', () => {
    const installation = dormantInstallation();
    installation.meters[0] = { deviceId: 'E-1', responsibleSupplier: 'Gamma', smets1Service: true };
    const decision = decideMigration(installation, context());
    expect(decision.route).toBe('authorised');
    expect(decision.reasons.map((r) => r.code)).toEqual(['no-authorisation']);
  });
});

describe('After Dormant Migration', () => {
  // TMAD 4.26
  it('notifies the Responsible Supplier within 5 Working Days, stating the date and each device Commissioned', () => {
    const decision = decideMigration(dormantInstallation(), context());
    const notice = dormantMigrationNotice(decision.date, decision.devices, ENGLAND_AND_WALES_2020_2022);
    expect(notice).toEqual({ due: '2021-03-17', migratedOn: '2021-03-10', devices: ['CH-1', 'E-1', 'G-1'] });
  });
});
