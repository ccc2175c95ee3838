import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getMeta, listBook, pendingCount } from '../../../src-renderer/store';
import { applyPulledPage, pullAll, pushOutbox } from '../../../src-renderer/sync';
import { localBook, setup } from './setup';

let ctx: ReturnType<typeof setup>;
beforeEach(() => {
  ctx = setup();
});
afterEach(async () => ctx.db.delete());

const pull = (pageLimit = 2) => pullAll(ctx.db, ctx.api, { pageLimit });

describe('pulling the book', () => {
  it('pulls every page of the CSM’s own accounts, and only those', async () => {
    const summary = await pull(2);
    expect(summary).toMatchObject({ firstSync: true, pages: 3, rows: 6, unreadable: [] });
    expect(await localBook(ctx.db)).toEqual(ctx.server.bookOf('u-sam'));
    expect((await ctx.db.accounts.toArray()).map((a) => a.id)).toEqual(['acc-1', 'acc-2']);
    expect(await getMeta(ctx.db, 'cursor')).toBe('1:9');
    const book = await listBook(ctx.db);
    expect(book.map((r) => [r.account.name, r.summary.monthlyValueCents])).toEqual([
      ['Bright Smiles Dental', 120_000],
      ['Northside HVAC', 450_000],
    ]);
  });

  it('asks for a small first page, then full pages: the first rows are written while the server builds the next', async () => {
    const limits: number[] = [];
    const pullPage = ctx.api.pull.bind(ctx.api);
    ctx.api.pull = (cursor, limit) => {
      limits.push(limit);
      return pullPage(cursor, limit);
    };
    const summary = await pullAll(ctx.db, ctx.api, { pageLimit: 4, firstPageLimit: 1 });
    expect(limits).toEqual([1, 4, 4]);
    expect(summary).toMatchObject({ pages: 3, rows: 6 });
    expect(await localBook(ctx.db)).toEqual(ctx.server.bookOf('u-sam'));
  });

  it('resumes after a reply lost mid-pull, and a page applied twice changes nothing', async () => {
    ctx.server.faults.push({ on: 'pull', kind: 'cut_after_commit' }, { on: 'pull', kind: 'cut_after_commit' });
    await expect(pull(2)).rejects.toMatchObject({ kind: 'offline' });
    await expect(pull(2)).rejects.toMatchObject({ kind: 'offline' });
    expect(await getMeta(ctx.db, 'cursor')).toBeUndefined();
    await pull(2);
    expect(await localBook(ctx.db)).toEqual(ctx.server.bookOf('u-sam'));

    ctx.server.edit('notes', 'note-1', { body: 'Leads up too' });
    const page = await ctx.api.pull((await getMeta(ctx.db, 'cursor'))!, 10);
    await applyPulledPage(ctx.db, page);
    const once = await localBook(ctx.db);
    await applyPulledPage(ctx.db, structuredClone(page));
    expect(await localBook(ctx.db)).toEqual(once);
    expect(once).toEqual(ctx.server.bookOf('u-sam'));
    expect((await ctx.db.notes.get('note-1'))!.body).toBe('Leads up too');
  });

  it('removes rows the server deleted', async () => {
    await pull();
    ctx.server.remove('notes', 'note-2');
    await pull();
    expect(await ctx.db.notes.get('note-2')).toBeUndefined();
    expect(await localBook(ctx.db)).toEqual(ctx.server.bookOf('u-sam'));
  });

  it('puts pending local edits on top of a pulled row (rebase)', async () => {
    await pull();
    await ctx.writer.editNote('note-1', 'My offline wording');
    ctx.server.edit('notes', 'note-1', { pinned: true, body: 'Someone else’s wording' });
    await pull();
    expect(await ctx.db.notes.get('note-1')).toMatchObject({ body: 'My offline wording', pinned: true });
    expect(await pendingCount(ctx.db)).toBe(1);
  });

  it('takes a reset as the whole book, keeping and re-applying pending edits', async () => {
    await pull();
    const added = await ctx.writer.addNote('acc-1', 'Written on the plane');
    await ctx.writer.editNote('note-2', 'Edited on the plane');
    // A row the server no longer has, e.g. purged after tombstone retention.
    await ctx.db.notes.put({ ...(await ctx.db.notes.get('note-1'))!, id: 'note-purged' });
    ctx.server.edit('contracts', 'con-1', { monthlyValueCents: 500_000 });
    ctx.server.forgetCursors();
    await pull(2);
    expect(await ctx.db.notes.get('note-purged')).toBeUndefined();
    expect((await ctx.db.notes.get(added.id))!.body).toBe('Written on the plane');
    expect((await ctx.db.notes.get('note-2'))!.body).toBe('Edited on the plane');
    expect((await ctx.db.contracts.get('con-1'))!.monthlyValueCents).toBe(500_000);
    expect((await listBook(ctx.db)).map((r) => r.summary.monthlyValueCents)).toEqual([120_000, 500_000]);
    expect(await pendingCount(ctx.db)).toBe(2);
    await pushOutbox(ctx.db, ctx.api, { clientId: 'laptop-1', now: () => ctx.clock.now() });
    await pull();
    expect(await localBook(ctx.db)).toEqual(ctx.server.bookOf('u-sam'));
    expect(ctx.server.get('notes', added.id)!.body).toBe('Written on the plane');
  });

  it('drops an account reassigned away, keeping its pending edits until the server refuses them', async () => {
    await pull();
    await ctx.writer.addNote('acc-2', 'Renewal call went well');
    ctx.server.reassign('acc-2', 'u-lee');
    await pull();
    expect((await ctx.db.accounts.toArray()).map((a) => a.id)).toEqual(['acc-1']);
    expect(await ctx.db.contracts.get('con-2')).toBeUndefined();
    expect(await ctx.db.notes.get('note-2')).toBeUndefined();
    expect(await ctx.db.accountSummaries.get('acc-2')).toBeUndefined();
    expect(await pendingCount(ctx.db)).toBe(1);
    await pushOutbox(ctx.db, ctx.api, { clientId: 'laptop-1', now: () => ctx.clock.now() });
    expect((await ctx.db.rejected.toArray()).map((r) => [r.reason, r.fields.body])).toEqual([
      ['out_of_scope', 'Renewal call went well'],
    ]);
    expect(await ctx.db.notes.where('[accountId+createdAt]').between(['acc-2'], ['acc-2', []]).count()).toBe(0);
    expect(ctx.server.bookOf('u-lee').notes!.map((n) => n.id)).toEqual(['note-2', 'note-3']);
  });
});
