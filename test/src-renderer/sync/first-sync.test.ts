import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getMeta, onBookChange, setMeta, type BookChange } from '../../../src-renderer/store';
import { pullAll, type SyncApi } from '../../../src-renderer/sync';
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
    expect(heard.every((c) => c.wholeBook)).toBe(true);
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
