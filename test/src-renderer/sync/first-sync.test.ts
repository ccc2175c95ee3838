import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getMeta, loadBookTables, onBookChange, setMeta, type BookChange } from '../../../src-renderer/store';
import { summarizeAccounts } from '../../../src-renderer/store/summaries';
import { pullAll, type SyncApi } from '../../../src-renderer/sync';
import { applyFirstSyncPage } from '../../../src-renderer/sync/first-sync';
import { FirstSyncRows } from '../../../src-renderer/sync/first-sync-rows';
import { makeActivity, makeContract, makeTicket } from '../store/fixtures';
import { localBook, setup } from './setup';

let ctx: ReturnType<typeof setup>;
beforeEach(() => {
  ctx = setup();
});
afterEach(async () => ctx.db.delete());

const summaries = async () =>
  Object.fromEntries((await ctx.db.accountSummaries.toArray()).map((s) => [s.accountId, s.monthlyValueCents]));

/** The sync API with its `n`-th pull (from 0) failing as a dropped connection would. */
function failingPull(n: number): SyncApi {
  let calls = 0;
  return {
    ...ctx.api,
    pull: (cursor, limit) =>
      calls++ === n ? Promise.reject(new TypeError('fetch failed')) : ctx.api.pull(cursor, limit),
  };
}

describe('the first sync of a book', () => {
  it('writes pages without summaries, resumes after a cut, and summarises the whole book once at the end', async () => {
    // Sam's book: acc-1 (con-1, $4,500.00/month) and acc-2 (con-2, $1,200.00/month) and two notes,
    // two rows a page. The first page lands; fetching the second fails.
    await expect(pullAll(ctx.db, failingPull(1), { pageLimit: 2 })).rejects.toThrow();
    expect(await getMeta(ctx.db, 'cursor')).toBeDefined();
    expect(await ctx.db.accounts.count()).toBeGreaterThan(0);
    expect(await summaries()).toEqual({});

    const heard: BookChange[] = [];
    onBookChange(ctx.db, (c) => heard.push(c));
    const progress: boolean[] = [];
    const pulled = await pullAll(ctx.db, ctx.api, { pageLimit: 2, onProgress: (p) => progress.push(p.firstSync) });
    // Still a first sync: the book was never complete.
    expect(pulled.firstSync).toBe(true);
    expect(progress.every(Boolean)).toBe(true);
    expect(await localBook(ctx.db)).toEqual(ctx.server.bookOf('u-sam'));
    expect(await summaries()).toEqual({ 'acc-1': 450_000, 'acc-2': 120_000 });
    // Pages written through the first sync's own connection are heard by this window's screens.
    expect(heard.length).toBeGreaterThan(0);
    // The last, once every page has landed, recomputed every summary: the Book re-reads them, and
    // the book worker, which heard of every page's accounts, reads nothing again.
    expect(heard.at(-1)).toMatchObject({ tables: ['accounts'], accounts: [], wholeBook: false });
  });

  it('keeps an edit waiting to be pushed (carried into a fresh book) on top of a book the server starts over', async () => {
    const fields = { accountId: 'acc-1', body: 'Written before the rebuild', createdAt: '2026-09-01T10:00:00.000Z' };
    await ctx.db.outbox.add({
      mutationId: 'm-carried',
      table: 'notes',
      op: 'upsert',
      id: 'note-local',
      fields: { ...fields, authorName: 'Sam Rivera', pinned: false, conflictOf: null },
      accountId: 'acc-1',
      createdAt: fields.createdAt,
    });
    // The team server starts a first sync over with `reset` (this fake one does for a cursor it does not know).
    await setMeta(ctx.db, 'cursor', '999:0');
    await pullAll(ctx.db, ctx.api, { pageLimit: 2 });
    expect((await ctx.db.notes.get('note-local'))?.body).toBe('Written before the rebuild');
    expect(await ctx.db.outbox.count()).toBe(1);
    expect(await ctx.db.notes.count()).toBe(3);
  });

  it('once the book is complete, later pulls keep each page’s summaries current', async () => {
    await pullAll(ctx.db, ctx.api, { pageLimit: 2 });
    await setMeta(ctx.db, 'bookSource', 'server');
    ctx.server.put('contracts', { ...ctx.server.bookOf('u-sam').contracts![0], monthlyValueCents: 500_000 } as never);
    const pulled = await pullAll(ctx.db, ctx.api, { pageLimit: 2 });
    expect(pulled.firstSync).toBe(false);
    expect((await summaries())['acc-1']).toBe(500_000);
  });
});

describe('the summaries at the end of a first sync', () => {
  const stored = ({ rev: _r, deleted: _d, updatedAt: _u, ...row }: Record<string, unknown>) =>
    row as Record<string, unknown> & { id: string };
  const byAccount = <S extends { accountId: string }>(list: S[]) =>
    [...list].sort((a, b) => a.accountId.localeCompare(b.accountId));
  /** What the stored book says, read back whole: the summaries a first sync must end with. */
  async function readBack() {
    const tables = await loadBookTables(ctx.db);
    return byAccount(
      summarizeAccounts(
        tables.accounts.map((a) => a.id),
        tables,
      ),
    );
  }
  /** Sam's book grows a second contract, a call and a ticket; once the contract has been sent, the server changes them. */
  function changingMidSync(): SyncApi {
    ctx.server.put('contracts', stored(makeContract({ id: 'con-4', accountId: 'acc-2', monthlyValueCents: 30_000 })));
    ctx.server.put('activities', stored(makeActivity({ id: 'act-1', accountId: 'acc-1' })));
    ctx.server.put('tickets', stored(makeTicket({ id: 'tic-1', accountId: 'acc-2', status: 'open' })));
    let changed = false;
    const change = () => {
      changed = true;
      // Sent in later pages than the rows they replace: each row's last value counts.
      ctx.server.edit('contracts', 'con-1', { monthlyValueCents: 475_000 });
      ctx.server.remove('contracts', 'con-4');
      ctx.server.edit('tickets', 'tic-1', { status: 'resolved' });
      ctx.server.put(
        'activities',
        stored(makeActivity({ id: 'act-2', accountId: 'acc-2', at: '2026-09-01T16:00:00Z' })),
      );
    };
    return {
      ...ctx.api,
      pull: async (cursor, limit) => {
        const page = await ctx.api.pull(cursor, limit);
        if (!changed && page.changes.some((c) => c.id === 'con-4')) change();
        return page;
      },
    };
  }

  it('come from the pages as they land and equal the book read back, rows changed and deleted mid-sync included', async () => {
    const api = changingMidSync();
    const seen = new FirstSyncRows();
    for (let cursor: string | null = null; ; ) {
      const page = await api.pull(cursor, 2);
      await applyFirstSyncPage(ctx.db, page, seen);
      if (!page.more) break;
      cursor = page.cursor;
    }
    const kept = seen.book();
    expect(kept, 'a pull that started the book over has seen every row').toBeDefined();
    expect(byAccount(summarizeAccounts(kept!.ids, kept!.sources))).toEqual(await readBack());
  });

  it('are stored by the pull: the contract edited mid-sync counts, the deleted one and the resolved ticket do not', async () => {
    await pullAll(ctx.db, changingMidSync(), { pageLimit: 2 });
    const stored = byAccount(await ctx.db.accountSummaries.toArray());
    expect(stored).toEqual(await readBack());
    expect(stored.map((s) => [s.accountId, s.monthlyValueCents, s.openTickets])).toEqual([
      ['acc-1', 475_000, 0],
      ['acc-2', 120_000, 0],
    ]);
    expect(stored[1]!.lastContactAt).toBe('2026-09-01T16:00:00Z');
  });

  it('are read from the book when the pull resumed, carried pending edits, or removed an account; a second start-over forgets what it kept', async () => {
    // Resumed: its first page continues a cursor, so earlier pages were written by another pull.
    const resumed = new FirstSyncRows();
    resumed.page(false);
    resumed.written('accounts', [{ id: 'acc-1' }], []);
    expect(resumed.book()).toBeUndefined();
    // Started over, then told a row it never saw is gone.
    const removed = new FirstSyncRows();
    removed.page(true);
    removed.written('accounts', [{ id: 'acc-1' }], []);
    removed.forget();
    removed.page(true);
    expect(removed.book()).toBeUndefined();
    // Started over with an edit still waiting to be pushed: the outbox's row was put back unseen.
    await ctx.db.outbox.add({
      mutationId: 'm-1',
      table: 'notes',
      op: 'upsert',
      id: 'note-local',
      fields: {
        accountId: 'acc-1',
        body: 'Draft',
        authorName: 'Sam Rivera',
        pinned: false,
        conflictOf: null,
        createdAt: '2026-09-01T10:00:00.000Z',
      },
      accountId: 'acc-1',
      createdAt: '2026-09-01T10:00:00.000Z',
    });
    // Started over again mid-pull (the tombstone horizon passed it): what it kept went with the book.
    const again = new FirstSyncRows();
    again.page(true);
    again.written('accounts', [{ id: 'acc-1' }, { id: 'acc-2' }], []);
    again.written('contracts', [{ id: 'con-1', accountId: 'acc-1' }], []);
    again.page(true);
    again.written('accounts', [{ id: 'acc-2' }], []);
    expect(again.book()).toEqual({
      ids: ['acc-2'],
      sources: { contracts: [], activities: [], tickets: [], tasks: [] },
    });
    const pending = new FirstSyncRows();
    await applyFirstSyncPage(ctx.db, await ctx.api.pull(null, 2), pending);
    expect(pending.book()).toBeUndefined();
  });
});
