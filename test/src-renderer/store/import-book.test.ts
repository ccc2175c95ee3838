import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createWriter,
  getMeta,
  hasBook,
  importBook,
  listBook,
  pendingCount,
  setMeta,
  StoreError,
  type FieldbookDb,
} from '../../../src-renderer/store';
import {
  freshDb,
  makeAccount,
  makeActivity,
  makeBook,
  makeClock,
  makeContract,
  makeNote,
  makeTask,
  makeTicket,
} from './fixtures';

let db: FieldbookDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => db.delete());

const firstBook = () =>
  makeBook({
    accounts: [makeAccount({ id: 'acc-old', name: 'Old Roofing Co' })],
    notes: [makeNote({ id: 'n-old', accountId: 'acc-old' })],
  });
const secondBook = () =>
  makeBook({
    accounts: [makeAccount({ id: 'acc-1' }), makeAccount({ id: 'acc-2', name: 'Cole & Park Law' })],
    notes: [makeNote({ id: 'n-1' })],
  });

describe('importing a book', () => {
  it('replaces the local book and records where it came from', async () => {
    await importBook(db, firstBook(), 'demo');
    const result = await importBook(db, secondBook(), 'file');
    expect(result).toEqual({ accounts: 2, rows: 3 });
    expect((await db.accounts.toArray()).map((a) => a.id)).toEqual(['acc-1', 'acc-2']);
    expect((await db.notes.toArray()).map((n) => n.id)).toEqual(['n-1']);
    expect(await db.accountSummaries.count()).toBe(2);
    expect(await getMeta(db, 'bookSource')).toBe('file');
    expect(await hasBook(db)).toBe(true);
    expect(await pendingCount(db)).toBe(0);
  });

  it('imports nothing when a row is wrong, says which row, and keeps the previous book', async () => {
    await importBook(db, firstBook(), 'demo');
    const bad = secondBook();
    bad.tables.notes.push(makeNote({ id: 'n-2', body: '' }));
    const error = await importBook(db, bad, 'file').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).problems).toEqual(['notes row 2 (n-2): body is empty']);
    expect((await db.accounts.toArray()).map((a) => a.id)).toEqual(['acc-old']);
    expect((await db.notes.toArray()).map((n) => n.id)).toEqual(['n-old']);
    expect(await getMeta(db, 'bookSource')).toBe('demo');
  });

  it('keeps the previous book whole when writing fails halfway', async () => {
    await importBook(db, firstBook(), 'demo');
    db.notes.hook('creating', () => {
      throw new Error('quota exceeded');
    });
    await expect(importBook(db, secondBook(), 'file')).rejects.toMatchObject({
      code: 'storage',
      message: "Fieldbook couldn't save the book (quota exceeded). Nothing was changed; try again.",
    });
    expect((await db.accounts.toArray()).map((a) => a.id)).toEqual(['acc-old']);
    expect((await db.notes.toArray()).map((n) => n.id)).toEqual(['n-old']);
    expect((await db.accountSummaries.toArray()).map((s) => s.accountId)).toEqual(['acc-old']);
    expect(await getMeta(db, 'bookSource')).toBe('demo');
  });

  it('refuses to replace a server book that has unsynced edits', async () => {
    await importBook(db, firstBook(), 'server');
    await createWriter(db, makeClock(), 'Sam').addNote('acc-old', 'Not synced yet');
    await expect(importBook(db, secondBook(), 'file')).rejects.toThrow(
      'You have 1 change not yet synced. Sync before replacing this book.',
    );
    expect(await db.notes.count()).toBe(2);
    expect(await pendingCount(db)).toBe(1);
  });

  it('drops the demo book outbox and the sync cursor with the old book', async () => {
    await importBook(db, firstBook(), 'demo');
    await createWriter(db, makeClock(), 'Sam').addNote('acc-old', 'Demo edit');
    await setMeta(db, 'cursor', 'c-9');
    await importBook(db, secondBook(), 'file');
    expect(await pendingCount(db)).toBe(0);
    expect(await getMeta(db, 'cursor')).toBeUndefined();
  });
});

describe('account summaries', () => {
  const book = () =>
    makeBook({
      accounts: [makeAccount({ id: 'acc-1' })],
      contracts: [
        makeContract({ id: 'c-seo', monthlyValueCents: 300_000, renewalDate: '2027-03-31', services: ['seo'] }),
        makeContract({ id: 'c-ppc', monthlyValueCents: 150_000, renewalDate: '2026-11-30', services: ['ppc', 'seo'] }),
        makeContract({
          id: 'c-old',
          monthlyValueCents: 999_900,
          renewalDate: '2026-01-31',
          services: ['direct_mail'],
          status: 'cancelled',
        }),
      ],
      activities: [
        makeActivity({ id: 'a-call', at: '2026-08-20T15:00:00.000Z' }),
        makeActivity({ id: 'a-inbound', direction: 'inbound', at: '2026-08-28T15:00:00.000Z' }),
        makeActivity({ id: 'a-noshow', kind: 'meeting', status: 'no_show', at: '2026-08-25T15:00:00.000Z' }),
        makeActivity({ id: 'a-next', kind: 'meeting', status: 'scheduled', at: '2026-09-10T15:00:00.000Z' }),
        makeActivity({ id: 'a-qbr', kind: 'qbr', status: 'scheduled', at: '2026-09-08T16:00:00+02:00' }),
      ],
      tickets: [
        makeTicket({ id: 't-open' }),
        makeTicket({ id: 't-pending', status: 'pending' }),
        makeTicket({ id: 't-done', status: 'resolved', resolvedAt: '2026-08-29T08:00:00.000Z' }),
      ],
      tasks: [
        makeTask({ id: 'k-1' }),
        makeTask({ id: 'k-2', status: 'done', completedAt: '2026-08-29T08:00:00.000Z' }),
      ],
    });

  it('are computed from the rows on import', async () => {
    await importBook(db, book(), 'demo');
    expect(await db.accountSummaries.get('acc-1')).toEqual({
      accountId: 'acc-1',
      monthlyValueCents: 450_000,
      renewalDate: '2026-11-30',
      services: ['seo', 'ppc'],
      // The last two-way contact: the call logged as inbound on 28 August is a conversation too.
      lastContactAt: '2026-08-28T15:00:00.000Z',
      openTickets: 2,
      openTasks: 1,
      nextMeetingAt: '2026-09-08T16:00:00+02:00',
    });
  });

  it('follow a write in the same transaction', async () => {
    await importBook(db, book(), 'demo');
    const writer = createWriter(db, makeClock(), 'Sam');
    await writer.logActivity({
      accountId: 'acc-1',
      kind: 'email',
      status: 'completed',
      direction: 'outbound',
      at: '2026-09-01T09:30:00.000Z',
      durationMinutes: 5,
      subject: 'Monthly audit email',
      outcome: '',
      attendeeIds: [],
      insight: null,
    });
    await writer.patchRow('tickets', 't-open', { status: 'resolved', resolvedAt: '2026-09-01T10:00:00.000Z' });
    await writer.patchRow('contracts', 'c-ppc', { monthlyValueCents: 200_000, renewalDate: '2027-05-31' });
    await writer.setTaskStatus('k-1', 'done');
    const [row] = await listBook(db);
    expect(row!.summary).toEqual({
      accountId: 'acc-1',
      monthlyValueCents: 500_000,
      renewalDate: '2027-03-31',
      services: ['seo', 'ppc'],
      // The audit email went out but nobody answered it: last contact is still the 28 August call.
      lastContactAt: '2026-08-28T15:00:00.000Z',
      openTickets: 1,
      openTasks: 0,
      nextMeetingAt: '2026-09-08T16:00:00+02:00',
    });
  });
});
