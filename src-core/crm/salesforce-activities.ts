import { ACTIVITY_KINDS } from '../model';
import { RowProblem, dayCell, instantCell, minutesCell, requireLine, vocabCell } from './cells';
import { FIELDBOOK_ID_FIELD, FIELDBOOK_TYPE_FIELD, salesforceId18 } from './crm-ids';
import { type FileKind, type MapOutcome, type RowContext, accountRefOf } from './file-kind';
import { TIME_LOGGED } from './export-salesforce';
import { salesforceDeleted, salesforceKey } from './salesforce-records';
import type { AccountRef } from './types';

/**
 * Salesforce Tasks and Events (Data Loader object files) and activity reports. A completed task
 * typed Call or Email, and every event, is a touchpoint; an open to-do is a Fieldbook task; a
 * note (Note object) is a note. `WhatId` may name an opportunity rather than an account: the
 * import then finds the account through that opportunity.
 */

const OTHER = ['recordid', 'dealstage', 'associatedcompanyids', 'stagename', 'opportunityname'];
const DONE = /^(completed?|closed|done|finished)$/i;
export const QBR = /\bqbr\b|business review/i;

export const salesforceActivities: FileKind = {
  id: 'salesforce.activities',
  source: 'salesforce',
  label: 'Salesforce activities (tasks and events)',
  table: 'activities',
  fields: [
    { key: 'id', label: 'Salesforce id', aliases: ['id', 'activityid', 'taskid', 'eventid'] },
    { key: 'accountId', label: 'Account (Salesforce id)', aliases: ['accountid', 'whatid', 'relatedtoid'] },
    { key: 'accountName', label: 'Account name', aliases: ['companyaccount', 'accountname', 'account', 'relatedto'] },
    { key: 'who', label: 'Contact (Salesforce id)', aliases: ['whoid', 'contactid', 'nameid'] },
    { key: 'subject', label: 'Subject', aliases: ['subject'], required: true },
    {
      key: 'type',
      label: 'Type',
      aliases: ['tasksubtype', 'eventsubtype', 'type', 'activitytype'],
      vocab: 'activityKind',
    },
    { key: 'start', label: 'Start', aliases: ['startdatetime', 'activitydatetime', 'start', 'startdate'] },
    { key: 'end', label: 'End', aliases: ['enddatetime', 'end', 'enddate'] },
    { key: 'date', label: 'Date', aliases: ['activitydate', 'date', 'duedate'] },
    { key: 'duration', label: 'Duration (minutes)', aliases: ['durationinminutes', 'duration'] },
    { key: 'callSeconds', label: 'Call duration (seconds)', aliases: ['calldurationinseconds', 'callduration'] },
    { key: 'callType', label: 'Call type', aliases: ['calltype'] },
    { key: 'status', label: 'Status', aliases: ['status'] },
    { key: 'description', label: 'Comments', aliases: ['description', 'fullcomments', 'comments'] },
    { key: 'deleted', label: 'Deleted', aliases: ['isdeleted'] },
    FIELDBOOK_ID_FIELD,
    FIELDBOOK_TYPE_FIELD,
  ],
  requires: [['subject'], ['start', 'date'], ['accountId', 'accountName', 'who']],
  excludes: OTHER,
  map: mapActivity,
};

/** The activity kind Fieldbook's own export wrote beside the CRM's type. */
export function fieldbookType(ctx: RowContext): string | null {
  const kind = ctx.line('fieldbookType');
  return (ACTIVITY_KINDS as readonly string[]).includes(kind) ? kind : null;
}

function accountOf(ctx: RowContext): AccountRef | null {
  const raw = ctx.line('accountId');
  const crmId = raw ? salesforceId18(raw) : null;
  if (raw && !crmId) throw new RowProblem(`${ctx.column('accountId')} "${raw}" is not a Salesforce id`);
  return accountRefOf('salesforce', crmId, ctx.line('accountName'));
}

function attendeesOf(ctx: RowContext): { crm: 'salesforce'; crmId: string }[] {
  const who = salesforceId18(ctx.line('who'));
  return who ? [{ crm: 'salesforce', crmId: who }] : [];
}

/** What every kind of Salesforce activity row shares: its subject, account, time and key. */
interface ActivityBasics {
  subject: string;
  at: string;
  isEvent: boolean;
  done: boolean;
  base: { id: string; keyedBy: 'record id' | 'name' | 'fieldbook'; account: AccountRef };
  externalIds: { salesforce?: string };
}

function basicsOf(ctx: RowContext): ActivityBasics {
  const subject = ctx.fit(requireLine(ctx, 'subject', 'Subject'), 300);
  const who = attendeesOf(ctx)[0];
  const account = accountOf(ctx) ?? (who ? { crm: 'salesforce' as const, crmId: who.crmId, name: '' } : null);
  if (!account) throw new RowProblem('names no account', 'outside');
  const start = instantCell(ctx, 'start');
  const at = start ?? instantCell(ctx, 'date');
  if (!at) throw new RowProblem('has no date');
  const key = salesforceKey(ctx, 't', () => [JSON.stringify(account), subject, at]);
  const isEvent = start !== null;
  const done = isEvent ? at <= ctx.now : DONE.test(ctx.line('status'));
  return {
    subject,
    at,
    isEvent,
    done,
    base: { id: key.id, keyedBy: key.keyedBy, account },
    externalIds: key.externalIds,
  };
}

function mapActivity(ctx: RowContext): MapOutcome {
  const deleted = salesforceDeleted(ctx);
  if (deleted) return deleted;
  if (ctx.line('fieldbookType') === TIME_LOGGED)
    throw new RowProblem('is time logged in Fieldbook (its timesheet has it)', 'skipped');
  const basics = basicsOf(ctx);
  const kind = fieldbookType(ctx) ?? vocabCell(ctx, 'activityKind', 'type');
  if (kind === 'note') return noteRow(ctx, basics);
  if (kind === 'task' && !basics.isEvent) return taskRow(ctx, basics);
  return touchpointRow(ctx, basics, kind === 'task' || kind === 'meeting' ? null : kind);
}

function noteRow(ctx: RowContext, { subject, at, base, externalIds }: ActivityBasics): MapOutcome {
  const body = ctx.fit([subject, ctx.text('description')].filter(Boolean).join('\n\n'), 100_000);
  const fields = { body, createdAt: at, externalIds };
  return { type: 'row', row: { ...base, table: 'notes', fields, defaults: { authorName: '', pinned: false } } };
}

function taskRow(ctx: RowContext, { subject, at, done, base, externalIds }: ActivityBasics): MapOutcome {
  const fields = {
    title: subject,
    detail: ctx.fit(ctx.text('description'), 5_000),
    dueDate: dayCell(ctx, 'date') ?? at.slice(0, 10),
    status: done ? 'done' : 'open',
    completedAt: done ? at : null,
    externalIds,
  };
  return { type: 'row', row: { ...base, table: 'tasks', fields, defaults: { source: 'manual', playbookId: null } } };
}

/** A call, email or meeting; `kind` null is a meeting (a QBR when its subject says so). */
function touchpointRow(ctx: RowContext, basics: ActivityBasics, kind: string | null): MapOutcome {
  const { subject, at, isEvent, done, base, externalIds } = basics;
  const activityKind = kind ?? (QBR.test(subject) ? 'qbr' : 'meeting');
  const status = done ? 'completed' : 'scheduled';
  const fields = {
    kind: activityKind,
    subject,
    at,
    durationMinutes: durationOf(ctx, isEvent ? at : null) ?? 0,
    outcome: ctx.fit(ctx.text('description'), 5_000),
    externalIds,
    // A task's status is Salesforce's; an event's is only where it starts (the CSM may mark a no-show).
    ...(isEvent ? {} : { status }),
  };
  const defaults = { status, direction: directionOf(ctx.line('callType'), activityKind), insight: null };
  return { type: 'row', row: { ...base, table: 'activities', attendees: attendeesOf(ctx), fields, defaults } };
}

function durationOf(ctx: RowContext, start: string | null): number | null {
  const end = start ? instantCell(ctx, 'end') : null;
  if (start && end && end > start) return Math.min(Math.round((Date.parse(end) - Date.parse(start)) / 60_000), 1440);
  return minutesCell(ctx, 'duration', 'minutes') ?? minutesCell(ctx, 'callSeconds', 'seconds');
}

export function directionOf(callType: string, kind: string): 'inbound' | 'outbound' | 'two_way' {
  if (/^in/i.test(callType)) return 'inbound';
  if (/^out/i.test(callType)) return 'outbound';
  return kind === 'meeting' || kind === 'qbr' || kind === 'audit' ? 'two_way' : 'outbound';
}

export const salesforceNotes: FileKind = {
  id: 'salesforce.notes',
  source: 'salesforce',
  label: 'Salesforce notes',
  table: 'notes',
  fields: [
    { key: 'id', label: 'Salesforce id', aliases: ['id', 'noteid'] },
    { key: 'accountId', label: 'Parent (Salesforce id)', aliases: ['parentid', 'accountid', 'linkedentityid'] },
    { key: 'accountName', label: 'Account name', aliases: ['accountname', 'parentname', 'relatedto'] },
    { key: 'title', label: 'Title', aliases: ['title'] },
    { key: 'body', label: 'Body', aliases: ['body', 'content', 'textpreview', 'notebody'], required: true },
    { key: 'createdAt', label: 'Created', aliases: ['createddate', 'created'] },
    { key: 'author', label: 'Created by', aliases: ['createdbyname', 'createdby', 'owner'] },
    { key: 'deleted', label: 'Deleted', aliases: ['isdeleted'] },
    FIELDBOOK_ID_FIELD,
  ],
  requires: [['title'], ['body'], ['accountId', 'accountName']],
  excludes: [...OTHER, 'subject'],
  map(ctx) {
    const deleted = salesforceDeleted(ctx);
    if (deleted) return deleted;
    const title = ctx.line('title');
    const text = ctx.text('body');
    // Fieldbook's export titles a note with its first line; the body already holds it.
    const body = text.startsWith(title) ? text : [title, text].filter(Boolean).join('\n\n');
    if (!body) throw new RowProblem('Body is empty');
    const account = accountOf(ctx);
    if (!account) throw new RowProblem('names no account', 'outside');
    const createdAt = instantCell(ctx, 'createdAt') ?? ctx.now;
    const key = salesforceKey(ctx, 'n', () => [JSON.stringify(account), body, createdAt]);
    const fields = { body: ctx.fit(body, 100_000), createdAt, externalIds: key.externalIds };
    const defaults = { authorName: ctx.fit(ctx.line('author'), 200), pinned: false };
    return { type: 'row', row: { table: 'notes', id: key.id, keyedBy: key.keyedBy, account, fields, defaults } };
  },
};
