import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createWriter,
  getAccountDetail,
  importBook,
  listBook,
  loadBookTables,
  type FieldbookDb,
} from '../../../src-renderer/store';
import { WHOLE_READ_PAGE } from '../../../src-renderer/store/queries';
import {
  freshDb,
  makeAccount,
  makeActivity,
  makeBook,
  makeClock,
  makeContract,
  makeNote,
  makeSeries,
  makeTicket,
} from './fixtures';

let db: FieldbookDb;

beforeEach(async () => {
  db = freshDb();
  await importBook(
    db,
    makeBook({
      accounts: [
        makeAccount({ id: 'acc-1', name: 'Northside HVAC' }),
        makeAccount({ id: 'acc-2', name: 'Bright Smiles Dental' }),
        makeAccount({ id: 'acc-3', name: 'Cole & Park Law' }),
      ],
      contracts: [
        makeContract({ id: 'con-1', accountId: 'acc-1' }),
        makeContract({ id: 'con-2', accountId: 'acc-2', monthlyValueCents: 120_000 }),
      ],
      activities: [
        makeActivity({ id: 'act-old', at: '2026-07-01T10:00:00.000Z' }),
        makeActivity({ id: 'act-new', at: '2026-08-30T10:00:00.000Z' }),
        makeActivity({ id: 'act-mid', at: '2026-08-01T10:00:00.000Z' }),
        makeActivity({ id: 'act-other', accountId: 'acc-2', at: '2026-08-31T10:00:00.000Z' }),
      ],
      notes: [
        makeNote({ id: 'n-a', createdAt: '2026-08-01T10:00:00.000Z' }),
        makeNote({ id: 'n-b', createdAt: '2026-08-15T10:00:00.000Z' }),
      ],
      tickets: [makeTicket({ id: 't-1', accountId: 'acc-3' })],
      metrics: [
        makeSeries({ id: 'ms-leads-paid', metric: 'leads', channel: 'paid' }),
        makeSeries({ id: 'ms-calls', metric: 'calls', channel: 'all' }),
        makeSeries({
          id: 'ms-leads-all-2025',
          metric: 'leads',
          channel: 'all',
          year: 2025,
          dates: ['2025-12-29'],
          values: [9],
          targets: [10],
        }),
        makeSeries({ id: 'ms-leads-all-2026', metric: 'leads', channel: 'all' }),
      ],
    }),
    'demo',
  );
});
afterEach(async () => db.delete());

describe('the Book', () => {
  it('lists every account by name with its counters', async () => {
    const book = await listBook(db);
    expect(
      book.map((r) => [r.account.name, r.summary.monthlyValueCents, r.summary.lastContactAt, r.summary.openTickets]),
    ).toEqual([
      ['Bright Smiles Dental', 120_000, '2026-08-31T10:00:00.000Z', 0],
      ['Cole & Park Law', 0, null, 1],
      ['Northside HVAC', 450_000, '2026-08-30T10:00:00.000Z', 0],
    ]);
  });

  it('during a first sync lists only the accounts whose summary is stored (they have fully arrived)', async () => {
    // A first sync stores an account's summary once all its rows have landed; acc-2 has not yet.
    await db.accountSummaries.delete('acc-2');
    expect((await listBook(db, { arrivedOnly: true })).map((r) => r.account.id)).toEqual(['acc-3', 'acc-1']);
    expect(await listBook(db)).toHaveLength(3);
  });
});

describe('an account', () => {
  it('reads only its own rows, timelines newest first', async () => {
    const detail = await getAccountDetail(db, 'acc-1');
    expect(detail!.account.name).toBe('Northside HVAC');
    expect(detail!.activities.map((a) => a.id)).toEqual(['act-new', 'act-mid', 'act-old']);
    expect(detail!.notes.map((n) => n.id)).toEqual(['n-b', 'n-a']);
    expect(detail!.contracts.map((c) => c.id)).toEqual(['con-1']);
    expect(detail!.tickets).toEqual([]);
    expect(detail!.decks).toEqual([]);
  });

  it('is null when the account is not in the book', async () => {
    expect(await getAccountDetail(db, 'acc-404')).toBeNull();
  });

  it('shows a note the CSM just added at the top', async () => {
    const writer = createWriter(db, makeClock('2026-09-01T12:00:00.000Z'), 'Sam Rivera');
    const note = await writer.addNote('acc-1', 'New note');
    const detail = await getAccountDetail(db, 'acc-1');
    expect(detail!.notes.map((n) => n.id)).toEqual([note.id, 'n-b', 'n-a']);
  });
});

describe('the whole book in memory', () => {
  it('holds every table', async () => {
    const tables = await loadBookTables(db);
    expect(tables.accounts).toHaveLength(3);
    expect(tables.activities).toHaveLength(4);
    expect(tables.metrics).toHaveLength(4);
    expect(tables.goals).toEqual([]);
  });

  it('reads a table larger than a page whole, in id order, never asking IndexedDB for more than a page', async () => {
    // Two full pages and one row more: 2 × 2,000 + 1 = 4,001 activities (plus the 4 above).
    const extra = Array.from({ length: WHOLE_READ_PAGE * 2 + 1 }, (_, i) =>
      makeActivity({ id: `act-bulk-${String(i).padStart(5, '0')}`, accountId: 'acc-2' }),
    );
    await db.activities.bulkPut(extra);
    const seen: (number | undefined)[] = [];
    const original = IDBObjectStore.prototype.getAll;
    IDBObjectStore.prototype.getAll = function (this: IDBObjectStore, query, count) {
      // Dexie passes the limit as the count, or inside an options object where getAll takes one.
      const options = query as { count?: number } | null;
      if (this.name === 'activities') seen.push(count ?? options?.count);
      return original.call(this, query, count);
    };
    try {
      const tables = await loadBookTables(db);
      const ids = tables.activities.map((a) => a.id);
      expect(ids).toHaveLength(4 + WHOLE_READ_PAGE * 2 + 1);
      expect(ids).toEqual([...ids].sort());
      expect(new Set(ids).size).toBe(ids.length);
    } finally {
      IDBObjectStore.prototype.getAll = original;
    }
    // 4,005 rows in pages of 2,000: three requests, each bounded.
    expect(seen).toEqual([WHOLE_READ_PAGE, WHOLE_READ_PAGE, WHOLE_READ_PAGE]);
  });
});
