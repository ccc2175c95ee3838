import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWriter, importBook, type FieldbookDb } from '../../../../src-renderer/store';
import { loadDayBook, pendingByAccount } from '../../../../src-renderer/features/today/day-book';
import { freshDb, makeAccount, makeActivity, makeBook, makeClock, makeTicket } from '../../store/fixtures';

let db: FieldbookDb;
beforeEach(async () => {
  db = freshDb();
  await importBook(
    db,
    makeBook({
      accounts: [makeAccount({ id: 'acc-1' }), makeAccount({ id: 'acc-2', name: 'Cool Air HVAC' })],
      activities: [
        makeActivity({ id: 'too-old', at: '2026-01-01T10:00:00.000Z' }),
        makeActivity({ id: 'last-month', at: '2026-08-20T10:00:00.000Z' }),
        makeActivity({ id: 'next-week', status: 'scheduled', kind: 'meeting', at: '2026-09-17T10:00:00.000Z' }),
        makeActivity({ id: 'far-future', status: 'scheduled', kind: 'meeting', at: '2027-03-01T10:00:00.000Z' }),
      ],
      tickets: [makeTicket({ id: 'old-ticket', openedAt: '2025-06-01T10:00:00.000Z' })],
    }),
    'file',
  );
});
afterEach(() => db.close());

describe('loadDayBook', () => {
  it('reads activities in the day window through the date index, and every ticket', async () => {
    const book = await loadDayBook(db, '2026-09-10');
    expect(book.activities.map((a) => a.id).sort()).toEqual(['last-month', 'next-week']);
    expect(book.accounts).toHaveLength(2);
    expect(book.tickets.map((t) => t.id)).toEqual(['old-ticket']);
  });
});

describe('pendingByAccount', () => {
  it('counts edits waiting to sync per account', async () => {
    const writer = createWriter(db, makeClock(), 'Sam Rivera');
    await writer.addNote('acc-2', 'First');
    await writer.addNote('acc-2', 'Second');
    await writer.addTask({ accountId: 'acc-1', title: 'Call back' });
    expect(await pendingByAccount(db)).toEqual({ 'acc-1': 1, 'acc-2': 2 });
  });
});
