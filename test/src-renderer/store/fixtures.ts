import 'fake-indexeddb/auto';
import type { Account, Activity, Contact, Contract, MetricSeries, Note, Task, Ticket } from '../../../src-core/model';
import type { BookFile, BookTables } from '../../../src-core/model';
import { generateDemoBook } from '../../../src-core/demo';
import { importBook, openFieldbookDb, type FieldbookDb } from '../../../src-renderer/store';
import type { StoreClock } from '../../../src-renderer/store/types';
import {
  makeAccount as baseAccount,
  makeBook as baseBook,
  makeSeries as baseSeries,
  makeContract as baseContract,
  makeActivity as baseActivity,
  makeTicket as baseTicket,
  makeNote as baseNote,
  makeTask as baseTask,
  makeContact as baseContact,
} from '../../builders';

/** Builders with overrides: each test states only what matters to it. */

const T0 = '2026-09-01T09:00:00.000Z';
const sync = { rev: 1, deleted: false, updatedAt: T0 };

export function makeAccount(overrides: Partial<Account> = {}): Account {
  return baseAccount({ ...sync, id: 'acc-1', ownerId: 'u-sam', startedAt: '2025-01-01', ...overrides });
}

export function makeContract(overrides: Partial<Contract> = {}): Contract {
  return baseContract({
    id: 'con-1',
    ...sync,
    accountId: 'acc-1',
    startDate: '2025-01-01',
    renewalDate: '2026-12-31',
    monthlyValueCents: 450_000,
    services: ['seo', 'ppc'],
    ...overrides,
  });
}

export function makeActivity(overrides: Partial<Activity> = {}): Activity {
  return baseActivity({
    id: 'act-1',
    ...sync,
    accountId: 'acc-1',
    kind: 'call',
    at: '2026-08-20T15:00:00.000Z',
    subject: 'Monthly check-in',
    ...overrides,
  });
}

export function makeTicket(overrides: Partial<Ticket> = {}): Ticket {
  return baseTicket({
    id: 'tic-1',
    ...sync,
    accountId: 'acc-1',
    subject: 'Landing page down',
    priority: 'high',
    openedAt: '2026-08-28T08:00:00.000Z',
    ...overrides,
  });
}

export function makeNote(overrides: Partial<Note> = {}): Note {
  return baseNote({
    id: 'note-1',
    ...sync,
    accountId: 'acc-1',
    createdAt: '2026-08-10T10:00:00.000Z',
    ...overrides,
  });
}

export function makeTask(overrides: Partial<Task> = {}): Task {
  return baseTask({
    id: 'task-1',
    ...sync,
    accountId: 'acc-1',
    title: 'Send audit email',
    dueDate: '2026-09-05',
    ...overrides,
  });
}

export function makeContact(overrides: Partial<Contact> = {}): Contact {
  return baseContact({
    id: 'ctc-1',
    ...sync,
    accountId: 'acc-1',
    birthday: '04-12',
    interests: 'cycling',
    ...overrides,
  });
}

export function makeSeries(overrides: Partial<MetricSeries> = {}): MetricSeries {
  return baseSeries({
    ...sync,
    accountId: 'acc-1',
    dates: ['2026-08-24', '2026-08-31'],
    values: [12, 15],
    targets: [14, 14],
    ...overrides,
  });
}

export function makeBook(tables: Partial<BookTables>): BookFile {
  return baseBook(tables, { exportedAt: T0 });
}

/** A clock that stands still until a test moves it, and numbered ids. */
export function makeClock(start = '2026-09-01T12:00:00.000Z'): StoreClock & { ids: number; set(iso: string): void } {
  let current = start;
  const clock = {
    ids: 0,
    now: () => current,
    set: (iso: string) => {
      current = iso;
    },
    newId: () => `id-${++clock.ids}`,
  };
  return clock;
}

let dbCount = 0;
/** Each test its own database. */
export function freshDb(): FieldbookDb {
  return openFieldbookDb(`fieldbook-test-${process.pid}-${++dbCount}`);
}

/** A fresh local database holding a demo book of `accounts` accounts over two years, as of `now` (UTC). */
export async function demoBookDb(seed: number, accounts: number, now: string): Promise<FieldbookDb> {
  const db = freshDb();
  const book = generateDemoBook({
    seed,
    accounts,
    years: 2,
    asOf: now.slice(0, 10),
    now,
    timeZone: 'UTC',
    owner: { id: 'u', email: 'u@agency.test', name: 'Sam', role: 'csm' },
  });
  await importBook(db, book, 'demo');
  return db;
}

/** The local tables of version 1 exactly as released: upgrade tests open a real old database with them. */
export const V1_LOCAL_SCHEMA = {
  outbox: '++seq, &mutationId, accountId',
  rejected: '&mutationId',
  meta: 'key',
  accountSummaries: 'accountId',
};
