import { RowProblem, instantCell, minutesCell } from './cells';
import { htmlToText } from './cell-text';
import { type FileKind, type FieldSpec, type MapOutcome, type RowContext, contactRefs } from './file-kind';
import { FIELDBOOK_ID_FIELD, FIELDBOOK_TYPE_FIELD } from './crm-ids';
import { TIME_LOGGED } from './export-salesforce';
import { HUBSPOT_COMPANY_REF, HUBSPOT_ID, firstId, hubspotCompanyRef, hubspotKey } from './hubspot-records';
import { QBR, directionOf, fieldbookType } from './salesforce-activities';

/**
 * HubSpot engagements (calls, meetings, emails, notes) as the activity exports write them, each
 * associated with its company by "Associated Company IDs" (or name) and with contacts by
 * "Associated Contact IDs". Bodies come as HTML and are kept as text.
 */

const CONTACT_IDS: FieldSpec = {
  key: 'contactIds',
  label: 'Associated contacts (Record IDs)',
  aliases: ['associatedcontactids', 'associatedcontactid', 'contactrecordids', 'contactids'],
};
const DATE: FieldSpec = {
  key: 'date',
  label: 'Activity date',
  aliases: ['activitydate', 'activitydateutc', 'timestamp', 'createdate'],
};
/** Headers of other HubSpot objects and of Salesforce files. */
const OTHERS = ['stagename', 'whatid', 'isdeleted', 'dealname', 'dealstage'];
const CANCELLED = /cancel|resched/i;
/** What every engagement export carries: its record id, its associations, Fieldbook's own columns. */
const ENGAGEMENT_FIELDS: FieldSpec[] = [
  HUBSPOT_ID,
  ...HUBSPOT_COMPANY_REF,
  CONTACT_IDS,
  FIELDBOOK_ID_FIELD,
  FIELDBOOK_TYPE_FIELD,
];

function attendees(ctx: RowContext) {
  const ids = ctx.line('contactIds').split(/[;,]/).map(firstId);
  return contactRefs('hubspot', ids, []);
}

function activityRow(
  ctx: RowContext,
  object: string,
  values: { kind: string; subject: string; at: string; minutes: number; outcome: string; status?: string; dir: string },
): MapOutcome {
  const account = hubspotCompanyRef(ctx);
  const key = hubspotKey(ctx, object, () => [JSON.stringify(account), values.subject, values.at]);
  const kind = fieldbookType(ctx) ?? values.kind;
  const status = values.status ?? (values.at <= ctx.now ? 'completed' : 'scheduled');
  return {
    type: 'row',
    row: {
      table: 'activities',
      id: key.id,
      keyedBy: key.keyedBy,
      account,
      attendees: attendees(ctx),
      fields: {
        kind,
        subject: ctx.fit(values.subject, 300),
        at: values.at,
        durationMinutes: values.minutes,
        outcome: ctx.fit(values.outcome, 5_000),
        externalIds: key.externalIds,
        ...(values.status ? { status } : {}),
      },
      defaults: { status, direction: directionOf(values.dir, kind), insight: null },
    },
  };
}

function requireAt(ctx: RowContext, field: string): string {
  const at = instantCell(ctx, field);
  if (!at) throw new RowProblem('has no date');
  return at;
}

export const hubspotCalls: FileKind = {
  id: 'hubspot.calls',
  source: 'hubspot',
  label: 'HubSpot calls',
  table: 'activities',
  fields: [
    ...ENGAGEMENT_FIELDS,
    { key: 'title', label: 'Call title', aliases: ['calltitle', 'title'] },
    { key: 'notes', label: 'Call notes', aliases: ['callnotes', 'body', 'notes'] },
    DATE,
    { key: 'duration', label: 'Call duration', aliases: ['calldurationhhmmss', 'callduration', 'calldurationms'] },
    { key: 'minutes', label: 'Call duration (minutes)', aliases: ['calldurationminutes'] },
    { key: 'direction', label: 'Call direction', aliases: ['calldirection', 'direction'] },
    { key: 'outcome', label: 'Call outcome', aliases: ['calloutcome', 'outcome'] },
  ],
  requires: [
    ['title', 'notes'],
    ['date'],
    ['companyIds', 'companyName'],
    ['direction', 'outcome', 'duration', 'title'],
  ],
  excludes: OTHERS,
  map(ctx) {
    const notes = htmlToText(ctx.text('notes'));
    const subject = ctx.line('title') || 'Call';
    const minutes = minutesCell(ctx, 'minutes', 'minutes') ?? minutesCell(ctx, 'duration', 'milliseconds') ?? 0;
    // The call's outcome ("Left voicemail") heads the notes; Fieldbook's own export has it in the text already.
    const said = ctx.has('fieldbookId') && ctx.line('fieldbookId') ? '' : ctx.line('outcome');
    const outcome = [said, notes].filter(Boolean).join(' — ');
    const at = requireAt(ctx, 'date');
    return activityRow(ctx, 'call', { kind: 'call', subject, at, minutes, outcome, dir: ctx.line('direction') });
  },
};

export const hubspotMeetings: FileKind = {
  id: 'hubspot.meetings',
  source: 'hubspot',
  label: 'HubSpot meetings',
  table: 'activities',
  fields: [
    ...ENGAGEMENT_FIELDS,
    { key: 'name', label: 'Meeting name', aliases: ['meetingname', 'title'] },
    { key: 'start', label: 'Meeting start time', aliases: ['meetingstarttime', 'starttime', 'activitydate'] },
    { key: 'end', label: 'Meeting end time', aliases: ['meetingendtime', 'endtime'] },
    { key: 'outcome', label: 'Meeting outcome', aliases: ['meetingoutcome', 'outcome'] },
    {
      key: 'description',
      label: 'Meeting description',
      aliases: ['meetingdescription', 'internalmeetingnotes', 'body', 'description'],
    },
  ],
  requires: [['name'], ['start'], ['companyIds', 'companyName']],
  excludes: OTHERS,
  map(ctx) {
    const at = requireAt(ctx, 'start');
    const end = instantCell(ctx, 'end');
    const minutes = end && end > at ? Math.min(Math.round((Date.parse(end) - Date.parse(at)) / 60_000), 1440) : 0;
    const said = ctx.line('outcome');
    const status = CANCELLED.test(said)
      ? 'cancelled'
      : /no.?show/i.test(said)
        ? 'no_show'
        : /complete/i.test(said)
          ? 'completed'
          : undefined;
    const subject = ctx.line('name') || 'Meeting';
    const kind = QBR.test(subject) ? 'qbr' : 'meeting';
    const outcome = htmlToText(ctx.text('description'));
    return activityRow(ctx, 'meeting', { kind, subject, at, minutes, outcome, status, dir: '' });
  },
};

export const hubspotEmails: FileKind = {
  id: 'hubspot.emails',
  source: 'hubspot',
  label: 'HubSpot emails',
  table: 'activities',
  fields: [
    ...ENGAGEMENT_FIELDS,
    { key: 'subject', label: 'Email subject', aliases: ['emailsubject', 'subject'] },
    { key: 'body', label: 'Email body', aliases: ['emailbody', 'emailtext', 'body'] },
    DATE,
    { key: 'direction', label: 'Email direction', aliases: ['emaildirection', 'direction'] },
  ],
  requires: [['subject'], ['date'], ['companyIds', 'companyName']],
  excludes: [...OTHERS, 'meetingname', 'calltitle'],
  map(ctx) {
    const at = requireAt(ctx, 'date');
    const subject = ctx.line('subject') || 'Email';
    const dir = /incoming|inbound|received/i.test(ctx.line('direction')) ? 'inbound' : 'outbound';
    const outcome = htmlToText(ctx.text('body'));
    return activityRow(ctx, 'email', { kind: 'email', subject, at, minutes: 0, outcome, dir });
  },
};

export const hubspotNotes: FileKind = {
  id: 'hubspot.notes',
  source: 'hubspot',
  label: 'HubSpot notes',
  table: 'notes',
  fields: [
    HUBSPOT_ID,
    ...HUBSPOT_COMPANY_REF,
    FIELDBOOK_ID_FIELD,
    FIELDBOOK_TYPE_FIELD,
    { key: 'body', label: 'Note body', aliases: ['notebody', 'body'], required: true },
    DATE,
    { key: 'author', label: 'Activity assigned to', aliases: ['activityassignedto', 'createdby', 'owner'] },
  ],
  requires: [['body'], ['companyIds', 'companyName']],
  excludes: [...OTHERS, 'subject', 'emailsubject', 'meetingname', 'calltitle', 'title'],
  map(ctx) {
    if (ctx.line('fieldbookType') === TIME_LOGGED)
      throw new RowProblem('is time logged in Fieldbook (its timesheet has it)', 'skipped');
    const body = ctx.fit(htmlToText(ctx.text('body')).trim(), 100_000);
    if (!body) throw new RowProblem('has no text', 'skipped');
    const account = hubspotCompanyRef(ctx);
    const createdAt = instantCell(ctx, 'date') ?? ctx.now;
    const key = hubspotKey(ctx, 'note', () => [JSON.stringify(account), body, createdAt]);
    const fields = { body, createdAt, externalIds: key.externalIds };
    const defaults = { authorName: ctx.fit(ctx.line('author'), 200), pinned: false };
    return { type: 'row', row: { table: 'notes', id: key.id, keyedBy: key.keyedBy, account, fields, defaults } };
  },
};
