import { describe, expect, it } from 'vitest';
import { emptyMapping, withColumn } from '../../../src-core/crm';
import { emptyBookTables } from '../../../src-core/model';
import { applied, fixture, inputOf, plan, read, rowsOf } from './fixture-files';

describe('recognising a file from its headers, as real exports write them', () => {
  it.each([
    [
      'API names in capitals (Data Loader)',
      '"ID","NAME","BILLINGCITY","INDUSTRY"\n"0015g00000BrtSm","Acme","Austin","Legal"\n',
    ],
    ['mixed case with a byte-order mark', '\uFEFFId,Name,BillingCity,Industry\n0015g00000BrtSm,Acme,Austin,Legal\n'],
    [
      'report labels, extra columns, another order',
      'Industry , Account Name,Rating,  Billing City ,Account ID\nLegal,Acme,Hot,Austin,0015g00000BrtSm\n',
    ],
    ['snake case and dots', 'account.id;account_name;billing_city;INDUSTRY\n0015g00000BrtSm;Acme;Austin;Legal\n'],
  ])('reads Salesforce accounts with %s', async (_how, text) => {
    const result = await plan([inputOf('accounts.csv', text)]);
    expect(result.files[0]?.kind).toBe('salesforce.accounts');
    expect(rowsOf(result, 'accounts')[0]).toMatchObject({
      id: 'sf-0015g00000BrtSmAAJ',
      name: 'Acme',
      city: 'Austin',
      industry: 'Legal',
    });
  });

  it("passes over a report's title lines above the headers", async () => {
    const text =
      '"Accounts with Industry"\n"As of 9/14/2026"\n\n"Account Name","Billing City","Industry"\n"Acme","Austin","Legal"\n';
    const result = await read([inputOf('report.csv', text)]);
    expect(result.files[0]).toMatchObject({ kind: 'salesforce.accounts', rows: 1 });
    expect(result.files[0]!.notes).toContain('The 3 lines above the column headers were passed over.');
  });

  it('tells two columns with the same name apart, uses the first, and lets the CSM choose the other', async () => {
    const text = 'Account Name,Billing City,Billing City,Industry\nAcme,Austin,Round Rock,Legal\n';
    const first = await plan([inputOf('dupes.csv', text)]);
    expect(first.files[0]!.headers).toEqual(['Account Name', 'Billing City', 'Billing City (2)', 'Industry']);
    expect(first.files[0]!.notes).toContain(
      'Two columns are called "Billing City": the first is used unless you choose another.',
    );
    expect(rowsOf(first, 'accounts')[0]).toMatchObject({ city: 'Austin' });
    const chosen = await plan([inputOf('dupes.csv', text)], emptyBookTables(), {
      mapping: withColumn(emptyMapping(), 'salesforce.accounts', 'city', 'billingcity2'),
    });
    expect(rowsOf(chosen, 'accounts')[0]).toMatchObject({ city: 'Round Rock' });
  });

  it('says which columns it read and which kinds it knows when it does not recognise a file', async () => {
    const result = await read([inputOf('mystery.csv', 'Foo,Bar,Baz\n1,2,3\n')]);
    expect(result.failures).toHaveLength(1);
    expect(result.failures[0]!.reason).toMatch(/does not recognise this file's columns \("Foo", "Bar", "Baz"\)/);
    expect(result.failures[0]!.reason).toMatch(/Salesforce accounts.*HubSpot deals.*KPI values/);
  });

  it('refuses a file of the wrong CRM for --format', async () => {
    const result = await read([fixture('hubspot/deals.csv')], { source: 'salesforce' });
    expect(result.failures[0]?.reason).toMatch(/does not recognise/);
  });

  it('refuses an empty file, a header-only file gives nothing to import, and a binary file is named as such', async () => {
    const result = await read([
      inputOf('empty.csv', ''),
      inputOf('blank.csv', '\n\n  \n'),
      inputOf(
        'photo.csv',
        new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]),
      ),
      inputOf('headers.csv', 'Account Name,Billing City,Industry\n'),
    ]);
    expect(result.failures).toEqual([
      { file: 'empty.csv', reason: 'The file is empty.' },
      { file: 'blank.csv', reason: 'The file is empty: it has no header row and no data.' },
      { file: 'photo.csv', reason: 'This is not a text file (it holds binary data), so not a CSV.' },
    ]);
    expect(result.files.map((f) => [f.name, f.rows])).toEqual([['headers.csv', 0]]);
  });

  it('reports a file cut short inside a quoted cell at its row, and imports nothing from that row', async () => {
    const base = applied(emptyBookTables(), await plan([fixture('salesforce/Account.csv')]));
    const text =
      'Account Name,Opportunity Name,Stage\nBright Smiles Dental,Reviews,Qualification\nBright Smiles Dental,"Half a row,Prospecting\n';
    const result = await plan([inputOf('cut.csv', text)], base);
    expect(rowsOf(result, 'opportunities')).toHaveLength(1);
    expect(result.issues).toEqual([
      {
        file: 'cut.csv',
        row: 3,
        kind: 'invalid',
        reason: 'the file ends inside a quoted cell here: it may have been cut short',
      },
    ]);
  });

  it('names the cell it could not read, row by row', async () => {
    const base = applied(emptyBookTables(), await plan([fixture('salesforce/Account.csv')]));
    const text =
      'Account Name,Opportunity Name,Stage,Amount,Close Date\nBright Smiles Dental,A,Qualification,twelve,10/1/2026\nBright Smiles Dental,B,Qualification,$5,31/31/2026\nBright Smiles Dental,,Qualification,$5,10/1/2026\n';
    const result = await plan([inputOf('bad.csv', text)], base);
    expect(result.issues.map((i) => [i.row, i.reason])).toEqual([
      [2, 'Amount "twelve" is not an amount'],
      [3, 'Close Date "31/31/2026" is not a date'],
      [4, 'Opportunity Name is empty'],
    ]);
  });
});
