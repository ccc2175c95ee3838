import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../../src-core/crm/fixture-files';
import { removeTempDirs, runAdminHere, seededDataDir } from '../cli-helpers';

const sf = (f: string) => join(FIXTURES, 'salesforce', f);
const INVITE = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN',
  'BEGIN:VEVENT',
  'UID:renewal-planning-2099',
  'DTSTAMP:20260914T120000Z',
  'DTSTART:20990601T150000Z',
  'DTEND:20990601T160000Z',
  'SUMMARY:Renewal planning - Bright Smiles',
  'ATTENDEE;CN=Maria Lee:mailto:maria.lee@brightsmiles.com',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

describe('npm run admin -- import / export-activities (DESIGN §8)', () => {
  const data = seededDataDir('crm');
  const admin = (...args: string[]) => runAdminHere([...args, '--data', data, '--time-zone', 'America/Chicago']);
  const mapping = join(data, '..', 'mapping.json');
  const importSalesforce = (...args: string[]) =>
    admin('import', '--format', 'salesforce', '--owner', 'sam@agency.test', ...args);
  afterAll(removeTempDirs);

  beforeAll(async () => {
    expect(
      (await runAdminHere(['create-user', '--email', 'sam@agency.test', '--name', 'Sam', '--data', data])).code,
    ).toBe(0);
    writeFileSync(
      mapping,
      JSON.stringify({
        format: 'fieldbook-import-mapping/1',
        columns: {},
        vocab: { opportunityStage: { legalreview: 'proposed' } },
        options: {},
      }),
    );
  }, 120_000);

  it('refuses bad input with one line: unknown format, no files, a missing file, a wrong mapping', async () => {
    const wrong = await admin('import', '--format', 'excel', '--owner', 'sam@agency.test', sf('Account.csv'));
    expect(wrong).toMatchObject({
      code: 1,
      stderr: 'admin: --format must be salesforce, hubspot, kpi, ics or fieldbook, not "excel".\n',
    });
    const none = await admin('import', '--format', 'salesforce', '--owner', 'sam@agency.test');
    expect(none.stderr).toBe('admin: Name the file(s) to import: import --format salesforce --owner E FILE [FILE…].\n');
    const missing = await importSalesforce('nope.csv');
    expect(missing.stderr).toBe('admin: Cannot read nope.csv: no such file.\n');
    const badMapping = join(data, '..', 'bad-mapping.json');
    writeFileSync(
      badMapping,
      '{"format":"fieldbook-import-mapping/1","columns":{},"vocab":{"opportunityStage":{"x":"won-ish"}},"options":{}}',
    );
    const refused = await importSalesforce('--mapping', badMapping, sf('Account.csv'));
    expect(refused.stderr).toMatch(
      /^admin: .*bad-mapping.json is not a Fieldbook import mapping: vocab.opportunityStage.x must be one of/,
    );
  }, 120_000);

  it('refuses a file it cannot read, whole, and writes nothing', async () => {
    const empty = join(data, '..', 'empty.csv');
    writeFileSync(empty, '');
    const run = await importSalesforce(sf('Account.csv'), empty);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('admin: Nothing was imported. empty.csv: The file is empty.\n');
  }, 120_000);

  it("previews with --dry-run, imports with a saved mapping, and exports the day's work to files it then marks", async () => {
    const files = ['Account.csv', 'Contact.csv', 'Opportunity.csv', 'Task.csv', 'Event.csv'].map(sf);
    const dry = await importSalesforce('--dry-run', '--mapping', mapping, ...files);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('Stage "Legal Review" → Proposed (1 row)');
    expect(dry.stdout).toContain('opportunities: 3 new, 0 updated, 0 unchanged');
    expect(dry.stdout).toMatch(/Dry run: nothing was written.\n$/);
    const real = await importSalesforce('--mapping', mapping, ...files);
    expect(real.stdout).toContain('Imported for sam@agency.test: 14 rows written, 0 unchanged.');
    const again = await importSalesforce('--mapping', mapping, ...files);
    expect(again.stdout).toContain('0 rows written, 14 unchanged.');

    const calendar = await admin(
      'import',
      '--format',
      'ics',
      '--owner',
      'sam@agency.test',
      join(FIXTURES, 'calendar', 'outlook.ics'),
    );
    expect(calendar.code).toBe(0);
    const out = join(data, '..', 'to-salesforce');
    const exported = await admin(
      'export-activities',
      '--format',
      'salesforce',
      '--owner',
      'sam@agency.test',
      '--since',
      '2026-09-01',
      '--out',
      out,
    );
    expect(exported.code).toBe(0);
    expect(exported.stdout).toMatch(/activities, 0 notes, 0 time entries for sam@agency.test/);
    expect(exported.stdout).toContain(`wrote ${join(out, 'Task.csv')}`);
    const task = readFileSync(join(out, 'Task.csv'), 'utf8');
    expect(task.split('\r\n')[0]).toBe(
      'WhatId,WhoId,Subject,ActivityDate,Status,Priority,Type,TaskSubtype,CallType,CallDurationInSeconds,Description,Fieldbook ID,Fieldbook type',
    );
    expect(task).toContain('0015g00000HvacPAAR,0035g00000Gm001AAB,Weekly sync - Peak Comfort,2026-09-08,Completed');
    expect(task).not.toContain('Call: new patient numbers'); // Salesforce's own rows never go back
    const second = await admin(
      'export-activities',
      '--format',
      'salesforce',
      '--owner',
      'sam@agency.test',
      '--out',
      join(data, '..', 'again'),
    );
    expect(second.stdout).toContain('Nothing to export.');
    // A meeting planned far ahead (the command reads the real clock), from an Outlook invite with Maria.
    const invite = join(data, '..', 'invite.ics');
    writeFileSync(invite, INVITE);
    expect((await admin('import', '--format', 'ics', '--owner', 'sam@agency.test', invite)).stdout).toContain(
      'activities: 1 new',
    );
    const ics = join(data, '..', 'planned.ics');
    const calendarOut = await admin('export-activities', '--format', 'ics', '--owner', 'sam@agency.test', '--out', ics);
    expect(calendarOut.code).toBe(0);
    const written = existsSync(ics) ? readFileSync(ics, 'utf8').replace(/\r\n /g, '') : '';
    expect(written).toMatch(/^BEGIN:VCALENDAR/);
    expect(written).toContain('SUMMARY:Renewal planning - Bright Smiles');
    expect(written).toContain('DTSTART:20990601T150000Z');
  }, 240_000);
});
