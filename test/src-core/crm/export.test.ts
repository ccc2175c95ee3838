import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { exportForCrm, markedExported, type CrmExport } from '../../../src-core/crm';
import { emptyBookTables, type Activity, type BookTables, type Note, type TimeEntry } from '../../../src-core/model';
import { dayIn } from '../../../src-core/time';
import { NOW, ZONE, applied, fixture, inputOf, plan, rowsOf } from './fixture-files';

const stamp = { rev: 3, deleted: false, updatedAt: '2026-09-10T12:00:00.000Z' };

function logged(id: string, accountId: string, over: Partial<Activity> = {}): Activity {
  return {
    id,
    ...stamp,
    accountId,
    kind: 'call',
    status: 'completed',
    direction: 'outbound',
    at: '2026-09-10T15:30:00.000Z',
    durationMinutes: 20,
    subject: 'Budget call',
    outcome: '- agreed +10% for October',
    attendeeIds: [],
    insight: null,
    ...over,
  };
}

const DENTAL = 'sf-0015g00000BrtSmAAJ';
const HVAC = 'sf-0015g00000HvacPAAR';
const MARIA = 'sf-0035g00000DrLeeAAF';

/** A Salesforce book (accounts, contacts, imported history) plus the CSM's own work since. */
async function book(): Promise<BookTables> {
  const files = ['Account.csv', 'Contact.csv', 'Task.csv', 'Event.csv'].map((f) => fixture(`salesforce/${f}`));
  const tables = applied(emptyBookTables(), await plan(files));
  tables.accounts.push({ ...tables.accounts[0]!, id: 'acc-local', name: 'Local Only Co', externalIds: undefined });
  tables.activities.push(
    logged('a-call', DENTAL, { attendeeIds: [MARIA], direction: 'inbound' }),
    logged('a-qbr', HVAC, { kind: 'qbr', subject: 'Q3 QBR', at: '2026-09-09T14:00:00.000Z', durationMinutes: 90 }),
    logged('a-insight', DENTAL, {
      kind: 'monthly_insight',
      subject: 'August insight',
      at: '2026-09-01T13:00:00.000Z',
      outcome: '',
      insight: { working: 'Calls up 12%', needsWork: 'Reviews', workingOn: 'A review campaign' },
    }),
    logged('a-noshow', HVAC, { kind: 'meeting', status: 'no_show', subject: 'Site visit', outcome: '' }),
    logged('a-planned', DENTAL, {
      kind: 'meeting',
      status: 'scheduled',
      subject: 'Monthly review',
      at: '2026-09-21T15:00:00.000Z',
      durationMinutes: 45,
      attendeeIds: [MARIA],
    }),
    logged('a-sent', DENTAL, { exportedTo: { salesforce: '2026-09-01T00:00:00.000Z' } }),
    logged('a-local', 'acc-local'),
    logged('a-old', DENTAL, { at: '2026-06-01T15:00:00.000Z', subject: 'Old call' }),
  );
  const note: Note = {
    id: 'n-1',
    ...stamp,
    accountId: DENTAL,
    body: 'Maria wants the report on the 1st.\nSend it as PDF.',
    createdAt: '2026-09-11T09:00:00.000Z',
    authorName: 'Sam',
    pinned: false,
    conflictOf: null,
  };
  const time: TimeEntry = {
    id: 't-1',
    ...stamp,
    accountId: HVAC,
    date: '2026-09-09',
    minutes: 45,
    category: 'audit',
    note: 'Monthly audit',
  };
  tables.notes.push(note);
  tables.timeEntries.push(time);
  return tables;
}

const csvRows = (text: string) => text.trim().split('\r\n');

describe("Export for CRM: the day's work back to Salesforce", () => {
  it('writes Task.csv and Note.csv with the record ids they belong to, once per row, never what came from Salesforce', async () => {
    const out = exportForCrm(await book(), 'salesforce', { now: NOW, timeZone: ZONE });
    expect(out.files.map((f) => [f.name, f.rows])).toEqual([
      ['Task.csv', 6],
      ['Note.csv', 1],
    ]);
    const tasks = csvRows(out.files[0]!.text);
    const records = Papa.parse<string[]>(out.files[0]!.text.trim()).data;
    expect(tasks[0]).toBe(
      'WhatId,WhoId,Subject,ActivityDate,Status,Priority,Type,TaskSubtype,CallType,CallDurationInSeconds,Description,Fieldbook ID,Fieldbook type',
    );
    // in date order: the June call, the insight (1 Sep), the audit time and the QBR (9 Sep), then the 10th
    expect(records.slice(1).map((r) => r[11])).toEqual(['a-old', 'a-insight', 't-1', 'a-qbr', 'a-call', 'a-noshow']);
    // 15:30 UTC is 10:30 in Chicago on the 10th; 20 minutes = 1,200 s; the cell starting "-" is kept as written
    expect(tasks).toContain(
      '0015g00000BrtSmAAJ,0035g00000DrLeeAAF,Budget call,2026-09-10,Completed,Normal,Call,Call,Inbound,1200,- agreed +10% for October,a-call,call',
    );
    expect(out.files[0]!.text).toContain(
      '"What\'s working: Calls up 12%\nWhat needs work: Reviews\nWhat we\'re working on: A review campaign"',
    );
    expect(out.files[0]!.text).toContain(
      '0015g00000HvacPAAR,,Site visit,2026-09-10,Completed,Normal,Meeting,Task,,,No-show.,a-noshow,meeting',
    );
    expect(out.files[0]!.text).toContain(
      '0015g00000HvacPAAR,,Time logged: 45 min audit,2026-09-09,Completed,Normal,Other,Task,,,Monthly audit,t-1,time_logged',
    );
    expect(csvRows(out.files[1]!.text)).toEqual([
      'ParentId,Title,Body,Fieldbook ID',
      '0015g00000BrtSmAAJ,Maria wants the report on the 1st.,"Maria wants the report on the 1st.\nSend it as PDF.",n-1',
    ]);
    // the planned meeting waits; the one already sent and the imported ones are not sent again
    expect(out.marks.map((m) => m.id).sort()).toEqual([
      'a-call',
      'a-insight',
      'a-noshow',
      'a-old',
      'a-qbr',
      'n-1',
      't-1',
    ]);
    expect(out.notExported).toEqual([
      {
        table: 'activities',
        id: 'a-local',
        accountName: 'Local Only Co',
        reason: 'Local Only Co has no Salesforce record id: import the account from Salesforce first',
      },
    ]);
  });

  it('sends only rows from --since on, and nothing twice once rows are marked', async () => {
    const tables = await book();
    const since = exportForCrm(tables, 'salesforce', { now: NOW, timeZone: ZONE, since: '2026-09-01' });
    expect(since.marks.map((m) => m.id)).not.toContain('a-old');
    for (const mark of since.marks) {
      const rows = tables[mark.table] as { id: string }[];
      const at = rows.findIndex((r) => r.id === mark.id);
      rows[at] = markedExported(rows[at] as Activity, 'salesforce', NOW);
    }
    const again = exportForCrm(tables, 'salesforce', { now: NOW, timeZone: ZONE });
    expect(again.marks.map((m) => m.id)).toEqual(['a-old']);
  });

  it('re-parses to the same activities: same ids, accounts, kinds, subjects, days and text', async () => {
    const tables = await book();
    const out = exportForCrm(tables, 'salesforce', { now: NOW, timeZone: ZONE });
    const reread = await plan(files(out), accountsAndContacts(tables));
    const mine = new Map(tables.activities.map((a) => [a.id, a]));
    const back = rowsOf<Activity>(reread, 'activities');
    expect(back.map((a) => a.id).sort()).toEqual(['a-call', 'a-insight', 'a-noshow', 'a-old', 'a-qbr']);
    for (const a of back) {
      const original = mine.get(a.id)!;
      expect([a.accountId, a.kind, a.subject, dayIn(a.at, ZONE)]).toEqual([
        original.accountId,
        original.kind,
        original.subject,
        dayIn(original.at, ZONE),
      ]);
    }
    expect(rowsOf<Note>(reread, 'notes')[0]).toMatchObject({
      id: 'n-1',
      body: 'Maria wants the report on the 1st.\nSend it as PDF.',
    });
    // and into the book they came from, they change nothing
    const home = await plan(files(out), tables);
    expect(home.writes).toEqual([]);
  });
});

function files(out: CrmExport) {
  return out.files.map((f) => inputOf(f.name, f.text));
}

function accountsAndContacts(tables: BookTables): BookTables {
  return { ...emptyBookTables(), accounts: tables.accounts, contacts: tables.contacts };
}

describe('Export for CRM: HubSpot and calendars', () => {
  it('writes one HubSpot file per activity object, times to the minute, and re-parses to the same activities', async () => {
    const companies = applied(
      emptyBookTables(),
      await plan(['companies.csv', 'contacts.csv'].map((f) => fixture(`hubspot/${f}`))),
    );
    companies.activities.push(
      logged('h-call', 'hs-company-9871001', { attendeeIds: ['hs-contact-51001'] }),
      logged('h-meet', 'hs-company-9871002', {
        kind: 'meeting',
        subject: 'Check-in',
        at: '2026-09-08T16:00:00.000Z',
        durationMinutes: 30,
      }),
      logged('h-mail', 'hs-company-9871003', {
        kind: 'email',
        subject: 'Recap',
        durationMinutes: 0,
        outcome: '=2+2 is not a formula here',
      }),
    );
    const out = exportForCrm(companies, 'hubspot', { now: NOW, timeZone: ZONE });
    expect(out.files.map((f) => f.name)).toEqual(['calls.csv', 'meetings.csv', 'emails.csv']);
    expect(csvRows(out.files[0]!.text)[1]).toBe(
      '9871001,51001,2026-09-10 10:30,Budget call,- agreed +10% for October,Outbound,20,Connected,h-call,call',
    );
    expect(csvRows(out.files[1]!.text)[1]).toBe(
      '9871002,,Check-in,2026-09-08 11:00,2026-09-08 11:30,Completed,- agreed +10% for October,h-meet,meeting',
    );
    const back = rowsOf<Activity>(
      await plan(
        files(out),
        companies.accounts.length
          ? { ...emptyBookTables(), accounts: companies.accounts, contacts: companies.contacts }
          : companies,
      ),
      'activities',
    );
    const mine = new Map(companies.activities.map((a) => [a.id, a]));
    for (const a of back) {
      const o = mine.get(a.id)!;
      expect([a.accountId, a.kind, a.subject, a.at, a.durationMinutes, a.outcome]).toEqual([
        o.accountId,
        o.kind,
        o.subject,
        o.at,
        o.durationMinutes,
        o.outcome,
      ]);
    }
    expect(back).toHaveLength(3);
  });

  it('writes planned meetings as an .ics calendar that comes back to the same activities', async () => {
    const tables = await book();
    const out = exportForCrm(tables, 'ics', { now: NOW, timeZone: ZONE });
    expect(out.counts.meetings).toBe(2); // the planned monthly review and the imported Salesforce QBR
    const text = out.files[0]!.text.replace(/\r\n /g, ''); // lines longer than 75 octets are folded
    expect(text).toContain('UID:a-planned@fieldbook');
    expect(text).toContain('DTSTART:20260921T150000Z');
    expect(text).toContain('ATTENDEE;CN=Maria Lee;ROLE=REQ-PARTICIPANT:mailto:maria.lee@brightsmiles.com');
    expect(text).not.toMatch(/agreed|outcome/i); // only what a calendar needs
    expect((await plan(files(out), tables)).writes).toEqual([]);
    const elsewhere = await plan(files(out), accountsAndContacts(tables));
    expect(rowsOf<Activity>(elsewhere, 'activities').find((a) => a.id === 'a-planned')).toMatchObject({
      accountId: DENTAL,
      at: '2026-09-21T15:00:00.000Z',
      durationMinutes: 45,
      subject: 'Monthly review',
      status: 'scheduled',
    });
  });
});
