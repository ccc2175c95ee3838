import type { Account, Activity, Contract, Invoice, MetricSeries, Ticket } from '../../../src-core/model';
import type { AccountSummary, BookRow } from '../../../src-renderer/store/types';
import {
  makeAccount as baseAccount,
  makeSeries as baseSeries,
  makeActivity as baseActivity,
  makeTicket as baseTicket,
  makeInvoice as baseInvoice,
  makeContract as baseContract,
} from '../../builders';

const SYNC = { rev: 1, deleted: false, updatedAt: '2026-09-01T10:00:00.000Z' };

export function makeAccount(overrides: Partial<Account> = {}): Account {
  return baseAccount({
    ...SYNC,
    id: 'acc-1',
    name: 'Smile Dental',
    industry: 'Dental practice',
    ownerId: 'csm-1',
    website: 'https://smile.example.com',
    startedAt: '2024-03-01',
    ...overrides,
  });
}

export function makeSummary(accountId: string, overrides: Partial<AccountSummary> = {}): AccountSummary {
  return {
    accountId,
    monthlyValueCents: 500_000,
    renewalDate: '2027-03-01',
    services: ['seo'],
    lastContactAt: '2026-09-10T15:00:00.000Z',
    openTickets: 0,
    openTasks: 0,
    nextMeetingAt: null,
    ...overrides,
  };
}

export function makeBookRow(account: Partial<Account>, summary: Partial<AccountSummary> = {}): BookRow {
  const a = makeAccount(account);
  return { account: a, summary: makeSummary(a.id, summary) };
}

export function makeActivity(overrides: Partial<Activity> = {}): Activity {
  return baseActivity({
    ...SYNC,
    id: 'act-1',
    accountId: 'acc-1',
    ...overrides,
  });
}

export function makeTicket(overrides: Partial<Ticket> = {}): Ticket {
  return baseTicket({
    ...SYNC,
    id: 'tk-1',
    accountId: 'acc-1',
    subject: 'Form not sending',
    priority: 'high',
    openedAt: '2026-09-11T09:00:00.000Z',
    ...overrides,
  });
}

export function makeInvoice(overrides: Partial<Invoice> = {}): Invoice {
  return baseInvoice({
    ...SYNC,
    id: 'inv-1',
    accountId: 'acc-1',
    number: 'INV-1001',
    ...overrides,
  });
}

export function makeContract(overrides: Partial<Contract> = {}): Contract {
  return baseContract({
    ...SYNC,
    id: 'con-1',
    accountId: 'acc-1',
    renewalDate: '2026-12-31',
    services: ['seo', 'ppc'],
    ...overrides,
  });
}

export function makeSeries(overrides: Partial<MetricSeries> = {}): MetricSeries {
  return baseSeries({ ...SYNC, accountId: 'acc-1', ...overrides });
}
