import { RowProblem, booleanCell, dayCell, moneyCell, present, requireLine, vocabCell } from './cells';
import { recordKey, salesforceId18, salesforceRowId } from './crm-ids';
import { accountFields } from './account-fields';
import { type FileKind, type MapOutcome, type RowContext, accountRefOf, issue } from './file-kind';

/**
 * Salesforce accounts, contacts and opportunities, from Data Loader / Data Export object files
 * (API names: `Id`, `AccountId`, `StageName`) and from report exports (labels: "Account Name",
 * "Stage", "Close Date"). Both spell the same fields, so one kind per object reads both.
 */

const ID = ['id', 'recordid18', 'id18'];
const DELETED = { key: 'deleted', label: 'Deleted', aliases: ['isdeleted'] };
const ACCOUNT_REF = [
  { key: 'accountId', label: 'Account (Salesforce id)', aliases: ['accountid', 'account18digitid', 'accountid18'] },
  { key: 'accountName', label: 'Account name', aliases: ['accountname', 'account', 'companyaccount', 'company'] },
];
const OTHER_OBJECTS = ['recordid', 'dealstage', 'dealname', 'associatedcompanyids'];

const SALESFORCE = {
  system: 'salesforce' as const,
  says: 'Salesforce id',
  parse: salesforceId18,
  rowId: salesforceRowId,
};

/** The row's id from its Salesforce record id, or (reports without ids) hashed from `identity`. */
export function salesforceKey(ctx: RowContext, object: string, identity: () => string[]) {
  return recordKey(ctx, SALESFORCE, `sf${object}`, identity);
}

export function salesforceDeleted(ctx: RowContext): MapOutcome | null {
  return booleanCell(ctx, 'deleted') ? issue('skipped', 'deleted in Salesforce') : null;
}

export function salesforceAccountRef(ctx: RowContext) {
  const raw = ctx.line('accountId');
  const crmId = raw ? salesforceId18(raw) : null;
  if (raw && !crmId) throw new RowProblem(`${ctx.column('accountId')} "${raw}" is not a Salesforce id`);
  const ref = accountRefOf('salesforce', crmId, ctx.line('accountName'));
  if (!ref) throw new RowProblem('names no account', 'outside');
  return ref;
}

export const salesforceAccounts: FileKind = {
  id: 'salesforce.accounts',
  source: 'salesforce',
  label: 'Salesforce accounts',
  table: 'accounts',
  fields: [
    { key: 'id', label: 'Salesforce id', aliases: [...ID, 'accountid', 'account18digitid'] },
    { key: 'name', label: 'Name', aliases: ['name', 'accountname'], required: true },
    { key: 'industry', label: 'Industry', aliases: ['industry'] },
    { key: 'city', label: 'City', aliases: ['billingcity', 'city', 'shippingcity'] },
    { key: 'region', label: 'State / region', aliases: ['billingstate', 'billingstateprovince', 'state', 'region'] },
    { key: 'website', label: 'Website', aliases: ['website', 'websiteurl', 'domain'] },
    { key: 'tier', label: 'Tier', aliases: ['tier', 'accounttier', 'customertier', 'customerpriority'], vocab: 'tier' },
    { key: 'startedAt', label: 'Client since', aliases: ['customersince', 'createddate', 'created', 'createdon'] },
    DELETED,
  ],
  requires: [['name'], ['id', 'industry', 'city', 'region', 'website']],
  excludes: [
    ...OTHER_OBJECTS,
    'stagename',
    'stage',
    'lastname',
    'firstname',
    'subject',
    'whatid',
    'closedate',
    'email',
  ],
  map(ctx) {
    const deleted = salesforceDeleted(ctx);
    if (deleted) return deleted;
    const name = requireLine(ctx, 'name', 'Name');
    const key = salesforceKey(ctx, 'a', () => [name]);
    const fields = accountFields(ctx, name, key.externalIds);
    return {
      type: 'row',
      row: { table: 'accounts', id: key.id, keyedBy: key.keyedBy, account: null, fields, defaults: {} },
    };
  },
};

export const salesforceContacts: FileKind = {
  id: 'salesforce.contacts',
  source: 'salesforce',
  label: 'Salesforce contacts',
  table: 'contacts',
  fields: [
    { key: 'id', label: 'Salesforce id', aliases: [...ID, 'contactid'] },
    ...ACCOUNT_REF,
    { key: 'firstName', label: 'First name', aliases: ['firstname'] },
    { key: 'lastName', label: 'Last name', aliases: ['lastname'] },
    { key: 'name', label: 'Full name', aliases: ['name', 'fullname', 'contactname', 'contact'] },
    { key: 'title', label: 'Title', aliases: ['title', 'jobtitle'] },
    { key: 'email', label: 'Email', aliases: ['email', 'emailaddress'] },
    { key: 'phone', label: 'Phone', aliases: ['phone', 'businessphone', 'mobilephone', 'mobile'] },
    { key: 'birthdate', label: 'Birthday', aliases: ['birthdate', 'birthday'] },
    DELETED,
  ],
  requires: [
    ['lastName', 'name'],
    ['accountId', 'accountName'],
    ['email', 'title', 'phone', 'firstName'],
  ],
  excludes: [...OTHER_OBJECTS, 'stagename', 'stage', 'opportunityname', 'subject', 'whatid', 'closedate'],
  map(ctx) {
    const deleted = salesforceDeleted(ctx);
    if (deleted) return deleted;
    const name =
      [ctx.line('firstName'), ctx.line('lastName')].filter(Boolean).join(' ') || requireLine(ctx, 'name', 'Name');
    const account = salesforceAccountRef(ctx);
    const key = salesforceKey(ctx, 'c', () => [JSON.stringify(account), name, ctx.line('email')]);
    const birthday = dayCell(ctx, 'birthdate');
    const fields = {
      name,
      externalIds: key.externalIds,
      ...present(ctx, {
        title: ['title', () => ctx.line('title')],
        email: ['email', () => ctx.line('email').toLowerCase()],
        phone: ['phone', () => ctx.line('phone')],
        birthday: ['birthdate', () => (birthday ? birthday.slice(5) : null)],
      }),
    };
    return { type: 'row', row: { table: 'contacts', id: key.id, keyedBy: key.keyedBy, account, fields, defaults: {} } };
  },
};

export const salesforceOpportunities: FileKind = {
  id: 'salesforce.opportunities',
  source: 'salesforce',
  label: 'Salesforce opportunities',
  table: 'opportunities',
  fields: [
    { key: 'id', label: 'Salesforce id', aliases: [...ID, 'opportunityid'] },
    ...ACCOUNT_REF,
    { key: 'name', label: 'Name', aliases: ['name', 'opportunityname'], required: true },
    { key: 'stage', label: 'Stage', aliases: ['stagename', 'stage'], required: true, vocab: 'opportunityStage' },
    { key: 'type', label: 'Type', aliases: ['type', 'opportunitytype'], vocab: 'opportunityKind' },
    { key: 'amount', label: 'Amount', aliases: ['amount', 'amountconverted', 'opportunityamount', 'totalamount'] },
    { key: 'closeDate', label: 'Close date', aliases: ['closedate'] },
    { key: 'createdAt', label: 'Created', aliases: ['createddate', 'created', 'createdon'] },
    { key: 'description', label: 'Description', aliases: ['description'] },
    DELETED,
  ],
  requires: [['name'], ['stage'], ['accountId', 'accountName']],
  excludes: OTHER_OBJECTS,
  map: mapOpportunity,
};

function mapOpportunity(ctx: RowContext): MapOutcome {
  const deleted = salesforceDeleted(ctx);
  if (deleted) return deleted;
  const title = requireLine(ctx, 'name', 'Name');
  const account = salesforceAccountRef(ctx);
  const key = salesforceKey(ctx, 'o', () => [JSON.stringify(account), title]);
  const stage = vocabCell(ctx, 'opportunityStage', 'stage');
  const closeDate = dayCell(ctx, 'closeDate');
  const amount = moneyCell(ctx, 'amount');
  if (amount !== null && amount < 0) throw new RowProblem(`${ctx.column('amount')} is negative`);
  const closed = stage === 'won' || stage === 'lost';
  const fields = {
    title,
    stage,
    closedAt: closed ? (closeDate ?? ctx.now.slice(0, 10)) : null,
    externalIds: key.externalIds,
    ...present(ctx, {
      kind: ['type', () => vocabCell(ctx, 'opportunityKind', 'type')],
      amountCents: ['amount', () => monthlyCents(amount ?? 0, ctx.options.amountPeriod)],
      problem: ['description', () => ctx.fit(ctx.text('description'), 2_000)],
    }),
    ...(ctx.line('createdAt') ? { createdAt: dayCell(ctx, 'createdAt') } : {}),
  };
  const defaults = { kind: 'upsell', amountCents: 0 };
  return { type: 'row', row: { table: 'opportunities', id: key.id, keyedBy: key.keyedBy, account, fields, defaults } };
}

/** Fieldbook keeps an opportunity's monthly value; annual amounts are divided by 12 (to the cent). */
export function monthlyCents(cents: number, period: 'monthly' | 'annual'): number {
  return period === 'annual' ? Math.round(cents / 12) : cents;
}
