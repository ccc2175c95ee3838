import { describe, expect, it } from 'vitest';
import { emptyMapping, withColumn, withVocab } from '../../../src-core/crm';
import { emptyBookTables } from '../../../src-core/model';
import { applied, fixture, inputOf, plan, rowsOf } from './fixture-files';

const OBJECT_FILES = ['Account.csv', 'Contact.csv', 'Opportunity.csv', 'Task.csv', 'Event.csv'].map(
  (f) => `salesforce/${f}`,
);
const objectFiles = () => OBJECT_FILES.map((f) => fixture(f));
/** "Legal Review" is this org's own stage: the CSM maps it once. */
const MAPPED = withVocab(emptyMapping(), 'opportunityStage', 'Legal Review', 'proposed');

describe('Salesforce Data Loader / Data Export object files', () => {
  it('recognises each object from its headers and maps every row, keyed by the 18-character record ids', async () => {
    const result = await plan(objectFiles(), emptyBookTables(), { source: 'salesforce', mapping: MAPPED });
    expect(result.files.map((f) => [f.name, f.kind, f.encoding])).toEqual([
      ['Account.csv', 'salesforce.accounts', 'utf-8'],
      ['Contact.csv', 'salesforce.contacts', 'utf-8'],
      ['Opportunity.csv', 'salesforce.opportunities', 'utf-8'],
      ['Task.csv', 'salesforce.activities', 'utf-8'],
      ['Event.csv', 'salesforce.activities', 'utf-8'],
    ]);
    expect(result.counts).toEqual({
      accounts: { created: 3, updated: 0, unchanged: 0 },
      contacts: { created: 3, updated: 0, unchanged: 0 },
      opportunities: { created: 3, updated: 0, unchanged: 0 },
      activities: { created: 4, updated: 0, unchanged: 0 },
      tasks: { created: 1, updated: 0, unchanged: 0 },
    });
    const [dental] = rowsOf(result, 'accounts');
    expect(dental).toMatchObject({
      id: 'sf-0015g00000BrtSmAAJ',
      name: 'Bright Smiles Dental',
      industry: 'Healthcare',
      city: 'Austin',
      region: 'TX',
      website: 'www.brightsmiles.com',
      startedAt: '2024-01-15',
      externalIds: { salesforce: '0015g00000BrtSmAAJ' },
    });
    const won = rowsOf(result, 'opportunities').find((o) => o.id === 'sf-0065g00000SeoAdAAJ');
    // AMOUNT 1500.00 → 150,000 cents a month; Closed Won → won, closed on its close date
    expect(won).toMatchObject({ stage: 'won', kind: 'upgrade', amountCents: 150_000, closedAt: '2026-06-30' });
  });

  it('lists every row it leaves out with its reason: deleted in Salesforce, an account outside the book, an unmapped stage', async () => {
    const result = await plan(objectFiles(), emptyBookTables(), { source: 'salesforce' });
    expect(result.issues).toEqual([
      { file: 'Account.csv', row: 5, kind: 'skipped', reason: 'deleted in Salesforce' },
      {
        file: 'Contact.csv',
        row: 5,
        kind: 'outside',
        reason: 'names account 0015g00000OthCoAAJ, which is not in your book',
      },
      {
        file: 'Opportunity.csv',
        row: 4,
        kind: 'invalid',
        reason: 'Stage "Legal Review" has no Fieldbook stage yet: choose one in the mapping',
      },
    ]);
  });

  it('keeps formula-looking cells and quoted line breaks as the text they are', async () => {
    const result = await plan(objectFiles(), emptyBookTables(), { mapping: MAPPED });
    const call = rowsOf(result, 'activities').find((a) => a.id === 'sf-00T5g00000Call1EAB');
    expect(call).toMatchObject({
      kind: 'call',
      status: 'completed',
      direction: 'outbound',
      // ActivityDate 2026-08-18 with no time: noon in Chicago (CDT, UTC-5) = 17:00 UTC
      at: '2026-08-18T17:00:00.000Z',
      durationMinutes: 15, // CallDurationInSeconds 900
      outcome: '- New patients up 12% since June\n+ wants the report monthly\n=SUM(A1:A3) is how she tracks it',
      attendeeIds: ['sf-0035g00000DrLeeAAF'],
    });
    expect(rowsOf(result, 'tasks')[0]).toMatchObject({
      title: 'Send seasonal PPC proposal',
      detail: '@Dana asked for two options',
      status: 'open',
      dueDate: '2026-09-20',
    });
    const qbr = rowsOf(result, 'activities').find((a) => a.id === 'sf-00U5g00000Qbr01EAB');
    // an event after "now" is planned; its subject says QBR
    expect(qbr).toMatchObject({
      kind: 'qbr',
      status: 'scheduled',
      at: '2026-09-24T14:00:00.000Z',
      durationMinutes: 90,
    });
  });

  it('changes nothing when the same files are imported again', async () => {
    const first = await plan(objectFiles(), emptyBookTables(), { mapping: MAPPED });
    const book = applied(emptyBookTables(), first);
    const again = await plan(objectFiles(), book, { mapping: MAPPED });
    expect(again.writes).toEqual([]);
    expect(again.counts.accounts).toEqual({ created: 0, updated: 0, unchanged: 3 });
    expect(again.counts.activities).toEqual({ created: 0, updated: 0, unchanged: 4 });
  });

  it('updates in place from a later Data Export with other columns in another order, keeping what the CSM set', async () => {
    const book = applied(emptyBookTables(), await plan(objectFiles(), emptyBookTables(), { mapping: MAPPED }));
    const hvac = book.accounts.find((a) => a.id === 'sf-0015g00000HvacPAAR')!;
    Object.assign(hvac, { tier: 'bronze', pulse: 2, stage: 'at_risk' }); // the CSM's own read
    // The org keeps tiers in a custom field: the CSM points the Tier field at it once.
    const mapping = withColumn(MAPPED, 'salesforce.accounts', 'tier', 'customtierc');
    const later = await plan([fixture('salesforce/Account-data-export.csv')], book, { mapping });
    expect(later.counts.accounts).toEqual({ created: 0, updated: 2, unchanged: 0 });
    const moved = later.writes.find((w) => w.row.id === hvac.id)!.row;
    // Columbus → Dublin and Platinum from the custom field; pulse and stage stay the CSM's
    expect(moved).toMatchObject({ city: 'Dublin', tier: 'platinum', pulse: 2, stage: 'at_risk' });
    expect(later.writes.every((w) => w.before !== null)).toBe(true);
  });

  it("finds a task's account through the opportunity its WhatId names", async () => {
    const book = applied(emptyBookTables(), await plan(objectFiles(), emptyBookTables(), { mapping: MAPPED }));
    const task = [
      '"Id","WhatId","Subject","ActivityDate","Status","TaskSubtype"',
      '"00T5g00000Opp99","0065g00000PpcNwAAJ","Call about the quote","2026-09-10","Completed","Call"',
    ];
    const result = await plan([inputOf('Task.csv', task.join('\n'))], book);
    expect(rowsOf(result, 'activities')[0]).toMatchObject({ accountId: 'sf-0015g00000HvacPAAR', kind: 'call' });
  });
});

describe('Salesforce report exports ("Export Details")', () => {
  it('reads Windows-1252, report labels, US dates, "$1,234.56" amounts and 15-character ids, and stops at the report footer', async () => {
    const result = await plan(
      [fixture('salesforce/report-accounts.csv'), fixture('salesforce/report-opportunities.csv')],
      emptyBookTables(),
      { mapping: MAPPED },
    );
    expect(result.files.map((f) => [f.kind, f.encoding, f.rows])).toEqual([
      ['salesforce.accounts', 'windows-1252', 3],
      ['salesforce.opportunities', 'windows-1252', 4],
    ]);
    expect(result.issues).toEqual([]);
    const cafe = rowsOf(result, 'accounts').find((a) => a.name === 'Café Müller Bakery');
    // "0015g00000CafeM" (15 characters) is stored in its 18-character form
    expect(cafe).toMatchObject({ id: 'sf-0015g00000CafeMAAR', city: 'Zürich', industry: 'Food & Beverage' });
    const social = rowsOf(result, 'opportunities').find((o) => String(o.title).startsWith('Social'));
    expect(social).toMatchObject({
      title: 'Social media add-on – “Summer”',
      amountCents: 123_456, // "$1,234.56"
      stage: 'proposed', // Proposal/Price Quote
      createdAt: '2026-08-12', // 8/12/2026
      accountId: 'sf-0015g00000CafeMAAR',
    });
    const lost = rowsOf(result, 'opportunities').find((o) => o.title === 'Website refresh');
    expect(lost).toMatchObject({ stage: 'lost', kind: 'new_business', amountCents: 1_200_000, closedAt: '2026-03-15' });
  });

  it('matches rows by name when the report has no id columns, and re-importing it changes nothing', async () => {
    const report =
      '"Account Name","Opportunity Name","Stage","Amount","Close Date"\n"Bright Smiles Dental","Reviews widget","Qualification","$300.00","10/1/2026"\n';
    const base = applied(emptyBookTables(), await plan([fixture('salesforce/Account.csv')]));
    const first = await plan([inputOf('report.csv', report)], base);
    expect(rowsOf(first, 'opportunities')[0]).toMatchObject({
      accountId: 'sf-0015g00000BrtSmAAJ',
      stage: 'qualified',
      amountCents: 30_000,
    });
    const again = await plan([inputOf('report.csv', report)], applied(base, first));
    expect(again.writes).toEqual([]);
  });

  it('divides annual amounts by 12 when the mapping says the CRM keeps annual values', async () => {
    const report =
      '"Account Name","Opportunity Name","Stage","Amount"\n"Bright Smiles Dental","Annual SEO","Closed Won","$12,000.00"\n';
    const base = applied(emptyBookTables(), await plan([fixture('salesforce/Account.csv')]));
    const mapping = { ...emptyMapping(), options: { amountPeriod: 'annual' as const } };
    const result = await plan([inputOf('report.csv', report)], base, { mapping });
    expect(rowsOf(result, 'opportunities')[0]).toMatchObject({ amountCents: 100_000 }); // $12,000 / 12
  });
});
