import { RowProblem, dayCell, moneyCell, present, requireLine, vocabCell } from './cells';
import { hubspotId, hubspotRowId, recordKey } from './crm-ids';
import { accountFields } from './account-fields';
import { type FileKind, type FieldSpec, type RowContext, accountRefOf } from './file-kind';
import { monthlyCents } from './salesforce-records';

/**
 * HubSpot companies, contacts and deals as its export writes them: keyed by "Record ID", with
 * associations in "Associated Company IDs" (several ids separated by `;`, the first is primary)
 * and the associated company's name beside it.
 */

export const HUBSPOT_ID = { key: 'id', label: 'Record ID', aliases: ['recordid', 'hubspotid', 'hsobjectid'] };
export const HUBSPOT_COMPANY_REF: FieldSpec[] = [
  {
    key: 'companyIds',
    label: 'Associated company (Record ID)',
    aliases: [
      'associatedcompanyidsprimary',
      'associatedcompanyids',
      'associatedcompanyid',
      'primaryassociatedcompanyid',
      'companyrecordid',
      'companyid',
    ],
  },
  {
    key: 'companyName',
    label: 'Associated company',
    aliases: ['associatedcompanyprimary', 'associatedcompany', 'companyname', 'company', 'associatedcompanies'],
  },
];
const SALESFORCE_ONLY = ['stagename', 'accountid', 'whatid', 'isdeleted'];

export function hubspotKey(ctx: RowContext, object: string, identity: () => string[]) {
  const crm = {
    system: 'hubspot' as const,
    says: 'HubSpot record id',
    parse: hubspotId,
    rowId: (id: string) => hubspotRowId(object, id),
  };
  return recordKey(ctx, crm, `hs${object}`, identity);
}

/** The first (primary) of `;`-separated ids. */
export function firstId(text: string): string | null {
  const first = text.split(/[;,]/)[0]?.trim() ?? '';
  return first ? hubspotId(first) : null;
}

export function hubspotCompanyRef(ctx: RowContext) {
  const name = ctx.line('companyName').split(';')[0]?.trim() ?? '';
  const ref = accountRefOf('hubspot', firstId(ctx.line('companyIds')), name);
  if (!ref) throw new RowProblem('is not associated with a company', 'outside');
  return ref;
}

export const hubspotCompanies: FileKind = {
  id: 'hubspot.companies',
  source: 'hubspot',
  label: 'HubSpot companies',
  table: 'accounts',
  fields: [
    { ...HUBSPOT_ID, aliases: [...HUBSPOT_ID.aliases, 'companyid'] },
    { key: 'name', label: 'Company name', aliases: ['companyname', 'name'], required: true },
    { key: 'industry', label: 'Industry', aliases: ['industry'] },
    { key: 'city', label: 'City', aliases: ['city'] },
    { key: 'region', label: 'State/Region', aliases: ['stateregion', 'state', 'region'] },
    { key: 'website', label: 'Website', aliases: ['websiteurl', 'website', 'companydomainname', 'domain'] },
    { key: 'timezone', label: 'Time zone', aliases: ['timezone'] },
    { key: 'tier', label: 'Tier', aliases: ['tier', 'customertier', 'accounttier'], vocab: 'tier' },
    { key: 'startedAt', label: 'Client since', aliases: ['becameacustomerdate', 'customersince', 'createdate'] },
  ],
  requires: [['id'], ['name']],
  excludes: [...SALESFORCE_ONLY, 'firstname', 'lastname', 'dealname', 'dealstage', 'email', 'notebody'],
  map(ctx) {
    const name = requireLine(ctx, 'name', 'Company name');
    const key = hubspotKey(ctx, 'company', () => [name]);
    const fields = accountFields(ctx, name, key.externalIds);
    const defaults = { timezone: ctx.line('timezone').slice(0, 64) };
    return {
      type: 'row',
      row: { table: 'accounts', id: key.id, keyedBy: key.keyedBy, account: null, fields, defaults },
    };
  },
};

export const hubspotContacts: FileKind = {
  id: 'hubspot.contacts',
  source: 'hubspot',
  label: 'HubSpot contacts',
  table: 'contacts',
  fields: [
    { ...HUBSPOT_ID, aliases: [...HUBSPOT_ID.aliases, 'contactid'] },
    ...HUBSPOT_COMPANY_REF,
    { key: 'firstName', label: 'First Name', aliases: ['firstname'] },
    { key: 'lastName', label: 'Last Name', aliases: ['lastname'] },
    { key: 'email', label: 'Email', aliases: ['email', 'emailaddress'] },
    { key: 'phone', label: 'Phone Number', aliases: ['phonenumber', 'phone', 'mobilephonenumber'] },
    { key: 'title', label: 'Job Title', aliases: ['jobtitle', 'title'] },
  ],
  requires: [
    ['id', 'email'],
    ['firstName', 'lastName', 'email'],
    ['companyIds', 'companyName'],
  ],
  excludes: [...SALESFORCE_ONLY, 'dealname', 'notebody', 'callnotes', 'meetingname', 'calltitle'],
  map(ctx) {
    const email = ctx.line('email').toLowerCase();
    const name = [ctx.line('firstName'), ctx.line('lastName')].filter(Boolean).join(' ') || email;
    if (!name) throw new RowProblem('has no name and no email');
    const account = hubspotCompanyRef(ctx);
    const key = hubspotKey(ctx, 'contact', () => [email || name]);
    const fields = {
      name,
      externalIds: key.externalIds,
      ...present(ctx, {
        email: ['email', () => email],
        phone: ['phone', () => ctx.line('phone')],
        title: ['title', () => ctx.line('title')],
      }),
    };
    return { type: 'row', row: { table: 'contacts', id: key.id, keyedBy: key.keyedBy, account, fields, defaults: {} } };
  },
};

export const hubspotDeals: FileKind = {
  id: 'hubspot.deals',
  source: 'hubspot',
  label: 'HubSpot deals',
  table: 'opportunities',
  fields: [
    { ...HUBSPOT_ID, aliases: [...HUBSPOT_ID.aliases, 'dealid'] },
    ...HUBSPOT_COMPANY_REF,
    { key: 'name', label: 'Deal Name', aliases: ['dealname'], required: true },
    { key: 'stage', label: 'Deal Stage', aliases: ['dealstage', 'stage'], required: true, vocab: 'opportunityStage' },
    { key: 'type', label: 'Deal Type', aliases: ['dealtype', 'type'], vocab: 'opportunityKind' },
    { key: 'amount', label: 'Amount', aliases: ['amount', 'amountincompanycurrency', 'dealamount'] },
    { key: 'closeDate', label: 'Close Date', aliases: ['closedate'] },
    { key: 'createdAt', label: 'Create Date', aliases: ['createdate', 'created'] },
    { key: 'description', label: 'Deal Description', aliases: ['dealdescription', 'description'] },
  ],
  requires: [['name'], ['stage'], ['companyIds', 'companyName']],
  excludes: SALESFORCE_ONLY,
  map(ctx) {
    const title = requireLine(ctx, 'name', 'Deal Name');
    const account = hubspotCompanyRef(ctx);
    const key = hubspotKey(ctx, 'deal', () => [JSON.stringify(account), title]);
    const stage = vocabCell(ctx, 'opportunityStage', 'stage');
    const amount = moneyCell(ctx, 'amount');
    if (amount !== null && amount < 0) throw new RowProblem(`${ctx.column('amount')} is negative`);
    const closed = stage === 'won' || stage === 'lost';
    const fields = {
      title,
      stage,
      closedAt: closed ? (dayCell(ctx, 'closeDate') ?? ctx.now.slice(0, 10)) : null,
      externalIds: key.externalIds,
      ...present(ctx, {
        kind: ['type', () => vocabCell(ctx, 'opportunityKind', 'type')],
        amountCents: ['amount', () => monthlyCents(amount ?? 0, ctx.options.amountPeriod)],
        problem: ['description', () => ctx.fit(ctx.text('description'), 2_000)],
      }),
      ...(ctx.line('createdAt') ? { createdAt: dayCell(ctx, 'createdAt') } : {}),
    };
    const defaults = { kind: 'upsell', amountCents: 0 };
    return {
      type: 'row',
      row: { table: 'opportunities', id: key.id, keyedBy: key.keyedBy, account, fields, defaults },
    };
  },
};
