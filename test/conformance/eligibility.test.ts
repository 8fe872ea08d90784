/**
 * Conformance of the reference model (src/migration) to TMAD 8.1 Section 4: eligibility,
 * windows, capacity and pre-conditions. Each check names the clause it verifies (`TMAD 4.5`).
 */
import { describe, expect, it } from 'vitest';
import { decideMigration, DAILY_LIMITS, INSTALLATION_STATUSES, withinDailyLimits } from '../../src/migration/index.js';
import { activeInstallation, clausesOf, context, DATE, focDormantInstallation } from './installations.js';

describe('Eligible Product Combinations', () => {
  it('TMAD 4.5 an installation whose Device Model Combination is not listed for its Cohort is not eligible', () => {
    expect(decideMigration(activeInstallation(), context()).migrate).toBe(true);
    // Listed, but for another Cohort: the list is per Cohort.
    const wrongCohort = decideMigration(activeInstallation({ cohort: 'MOC' }), context());
    expect(clausesOf(wrongCohort)).toContain('4.5');
    expect(wrongCohort.migrate).toBe(false);
  });

  it('TMAD 4.5, 4.9 an FOC combination is eligible only once the DCC has published its Migration Window', () => {
    const unpublished = focDormantInstallation({
      deviceModelCombination: 'FOC-2',
      devices: [
        { id: 'CH-9', kind: 'communications-hub', model: 'CH-C', firmware: '7.0' },
        { id: 'E-9', kind: 'electricity-meter', model: 'EM-D', firmware: '9.0' },
      ],
    });
    const decision = decideMigration(unpublished, context({ migratedWithoutFailure: new Set(['FOC-2']) }));
    expect(decision.reasons.map((reason) => reason.code)).toContain('foc-window-not-published');
  });

  it('TMAD 4.9 a published FOC window opening before the FOC Live Date does not apply', () => {
    const early = context({ list: { ...context().list, focWindows: { 'FOC-1': { opens: '2020-12-01', closes: '2021-12-31' } } } });
    expect(decideMigration(focDormantInstallation(), early).reasons.map((reason) => reason.code)).toContain('foc-window-not-published');
  });

  it('TMAD 4.7 each device must be an Eligible Device (a device model outside the combination is not)', () => {
    const installation = activeInstallation();
    installation.devices.push({ id: 'X-1', kind: 'other', model: 'IHD-Q', firmware: '1.0' });
    const decision = decideMigration(installation, context());
    expect(decision.reasons).toContainEqual(expect.objectContaining({ clause: '4.7', code: 'device-not-eligible' }));
    expect(decision.migrate).toBe(false);
  });

  // TMAD 4.7 (firmware): a device excluded only by its firmware version is also covered by 4.28.
  it('TMAD 4.28 no installation with a device operating an unlisted firmware version is Migrated', () => {
    const installation = activeInstallation();
    installation.devices[1] = { id: 'E-1', kind: 'electricity-meter', model: 'EM-A', firmware: '2.3' };
    const decision = decideMigration(installation, context());
    expect(decision.reasons).toContainEqual(expect.objectContaining({ clause: '4.28', code: 'firmware-not-listed' }));
    installation.devices[1] = { id: 'E-1', kind: 'electricity-meter', model: 'EM-A', firmware: '2.2' };
    expect(decideMigration(installation, context()).migrate).toBe(true);
  });
});

describe('Cohorts, Migration Windows and capacity', () => {
  it('TMAD 4.10 no Migration on a day outside the Migration Window (IOC closes 31 March 2021)', () => {
    expect(decideMigration(activeInstallation(), context({ date: '2021-03-31' })).reasons.filter((r) => r.clause === '4.10')).toEqual([]);
    const after = decideMigration(activeInstallation({ hub: { ...activeInstallation().hub, successfulContacts: ['2021-03-30'] }, authorisations: [{ supplier: 'Alpha', givenOn: '2021-03-15', switchOffConfirmed: true }] }), context({ date: '2021-04-01' }));
    expect(clausesOf(after)).toEqual(['4.10']);
    const before = decideMigration(activeInstallation({ hub: { ...activeInstallation().hub, successfulContacts: ['2020-07-20'] }, authorisations: [{ supplier: 'Alpha', givenOn: '2020-07-01', switchOffConfirmed: true }] }), context({ date: '2020-07-24' }));
    expect(clausesOf(before)).toEqual(['4.10']);
  });

  it('TMAD 4.11 the Daily Migration Limit and the maximum per Active Supplier are those of the table', () => {
    expect(DAILY_LIMITS).toEqual({ IOC: { daily: 10_000, perSupplier: 5_000 }, MOC: { daily: 25_000, perSupplier: 12_500 }, FOC: { daily: 50_000, perSupplier: 20_000 } });
    expect(withinDailyLimits('IOC', { total: 9_999, bySupplier: {} })).toBe(true);
    expect(withinDailyLimits('IOC', { total: 10_000, bySupplier: {} })).toBe(false);
    expect(withinDailyLimits('MOC', { total: 100, bySupplier: { Alpha: 12_499 } }, 'Alpha')).toBe(true);
    expect(withinDailyLimits('MOC', { total: 100, bySupplier: { Alpha: 12_500 } }, 'Alpha')).toBe(false);
    expect(withinDailyLimits('FOC', { total: 100, bySupplier: { Alpha: 20_000 } }, 'Beta')).toBe(true);
  });

  it('TMAD 4.13 Migration commences only on a Working Day (not a weekend, not a bank holiday)', () => {
    const saturday = decideMigration(activeInstallation(), context({ date: '2021-03-13' }));
    expect(clausesOf(saturday)).toEqual(['4.13']);
    const moc = activeInstallation({
      cohort: 'MOC',
      deviceModelCombination: 'MOC-1',
      devices: [
        { id: 'CH-2', kind: 'communications-hub', model: 'CH-B', firmware: '4.0' },
        { id: 'E-2', kind: 'electricity-meter', model: 'EM-B', firmware: '5.0' },
      ],
      meters: [{ deviceId: 'E-2', responsibleSupplier: 'Alpha', smets1Service: true }],
      hub: { ...activeInstallation().hub, successfulContacts: ['2021-04-01'] },
    });
    expect(clausesOf(decideMigration(moc, context({ date: '2021-04-05' })))).toEqual(['4.13']); // Easter Monday
    expect(decideMigration(moc, context({ date: '2021-04-06' })).migrate).toBe(true);
  });
});

describe('Pre-conditions for Migration', () => {
  it('TMAD 4.14 the Communications Hub must be in service and have communicated in the 7 days immediately preceding', () => {
    const hub = activeInstallation().hub;
    expect(decideMigration(activeInstallation({ hub: { ...hub, successfulContacts: ['2021-03-03'] } }), context()).migrate).toBe(true);
    expect(clausesOf(decideMigration(activeInstallation({ hub: { ...hub, successfulContacts: ['2021-03-02'] } }), context()))).toEqual(['4.14']);
    // Contact on the scheduled date itself does not precede it.
    expect(clausesOf(decideMigration(activeInstallation({ hub: { ...hub, successfulContacts: [DATE] } }), context()))).toEqual(['4.14']);
    expect(decideMigration(activeInstallation({ hub: { ...hub, inService: false } }), context()).reasons.map((r) => r.code)).toEqual(['hub-not-in-service']);
  });

  it("TMAD 4.16 only a 'Scheduled' installation is Migrated, never an 'Excluded' one", () => {
    for (const status of ['Identified', 'Migrating', 'Migrated', 'Failed', 'Reverted'] as const) {
      expect(clausesOf(decideMigration(activeInstallation({ status }), context()))).toEqual(['4.16']);
    }
    expect(decideMigration(activeInstallation({ status: 'Excluded' }), context()).reasons.map((r) => r.code)).toEqual(['status-excluded']);
  });

  it('TMAD 4.17 an installation is Migrated as a whole, never one device separately', () => {
    const installation = activeInstallation();
    const whole = decideMigration(installation, context());
    expect(whole.devices).toEqual(['CH-1', 'E-1', 'G-1']);
    expect(clausesOf(decideMigration(installation, context({ deviceIds: ['CH-1', 'E-1'] })))).toEqual(['4.17']);
    expect(decideMigration(installation, context({ deviceIds: ['G-1', 'CH-1', 'E-1'] })).migrate).toBe(true);
  });

  it('TMAD 4.18 TMAD 4.19 an installation with Mixed Meters is treated as one with Active Meters and needs authorisation', () => {
    const mixed = activeInstallation({
      meters: [
        { deviceId: 'E-1', responsibleSupplier: 'Alpha', smets1Service: true },
        { deviceId: 'G-1', responsibleSupplier: 'Beta', smets1Service: false },
      ],
      authorisations: [],
    });
    const decision = decideMigration(mixed, context());
    expect(decision.classification).toBe('mixed');
    expect(decision.route).toBe('authorised');
    expect(decision.reasons.map((r) => r.code)).toEqual(['no-authorisation']);
    mixed.authorisations.push({ supplier: 'Alpha', givenOn: '2021-02-15', switchOffConfirmed: true });
    expect(decideMigration(mixed, context()).migrate).toBe(true);
  });
});

describe('Installation Status', () => {
  it('TMAD 4.15 the model records exactly the Installation Statuses of the table in the clause', async () => {
    const { readFile } = await import('node:fs/promises');
    const { parseDocument } = await import('../../src/parse/parse-document.js');
    const { document } = parseDocument(await readFile(new URL('../../documents/tmad/8.1.md', import.meta.url), 'utf8'), 'documents/tmad/8.1.md');
    const table = document.clauses.find((clause) => clause.id === '4.15')?.blocks.find((block) => block.kind === 'table');
    expect(table?.kind).toBe('table');
    const statuses = table?.kind === 'table' ? table.rows.map((row) => (row[0] ?? '').replace(/'/g, '')) : [];
    expect([...INSTALLATION_STATUSES]).toEqual(statuses);
  });
});
