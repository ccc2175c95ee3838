import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pendingCount } from '../../../src-renderer/store';
import { pullAll, pushOutbox, SyncError } from '../../../src-renderer/sync';
import { setup } from './setup';

let ctx: ReturnType<typeof setup>;
beforeEach(async () => {
  ctx = setup();
  await pullAll(ctx.db, ctx.api);
});
afterEach(async () => ctx.db.delete());

const push = (batchSize?: number) =>
  pushOutbox(ctx.db, ctx.api, { clientId: 'laptop-1', now: () => ctx.clock.now(), batchSize });
const serverNotes = () =>
  [...ctx.server.rows.values()]
    .filter((r) => r.table === 'notes')
    .sort((a, b) => a.row.rev - b.row.rev)
    .map((r) => r.row.body);

async function writeNotes(n: number): Promise<void> {
  for (let i = 1; i <= n; i++) await ctx.writer.addNote('acc-1', `Offline note ${i}`);
}

describe('pushing the outbox', () => {
  it('sends edits in write order, in bounded batches, and empties the outbox', async () => {
    await writeNotes(5);
    expect(await push(2)).toEqual({ applied: 5, duplicate: 0, rejected: 0 });
    expect(ctx.server.log.filter((l) => l.path === '/v1/push').map((l) => l.mutations)).toEqual([2, 2, 1]);
    expect(serverNotes().slice(-5)).toEqual([
      'Offline note 1',
      'Offline note 2',
      'Offline note 3',
      'Offline note 4',
      'Offline note 5',
    ]);
    expect(await pendingCount(ctx.db)).toBe(0);
  });

  it('sends the same mutation ids again after a cut between commit and reply, so each edit exists once', async () => {
    await writeNotes(3);
    ctx.server.faults.push({ on: 'push', kind: 'cut_after_commit' });
    await expect(push()).rejects.toMatchObject({ kind: 'offline' });
    expect(await pendingCount(ctx.db)).toBe(3);
    expect(await push()).toEqual({ applied: 0, duplicate: 3, rejected: 0 });
    expect(await pendingCount(ctx.db)).toBe(0);
    expect([...ctx.server.applyCount.values()]).toEqual([1, 1, 1]);
    expect(serverNotes().filter((b) => String(b).startsWith('Offline'))).toEqual([
      'Offline note 1',
      'Offline note 2',
      'Offline note 3',
    ]);
  });

  it('keeps a refused edit with its payload and reason, and pushes the ones behind it', async () => {
    await ctx.writer.addNote('acc-1', 'Before');
    const refused = await ctx.writer.addNote('acc-2', 'For an account that moved');
    await ctx.writer.addNote('acc-1', 'After');
    ctx.server.reassign('acc-2', 'u-lee');
    expect(await push()).toEqual({ applied: 2, duplicate: 0, rejected: 1 });
    expect(await pendingCount(ctx.db)).toBe(0);
    const [entry, ...others] = await ctx.db.rejected.toArray();
    expect(others).toEqual([]);
    expect(entry).toMatchObject({
      table: 'notes',
      op: 'upsert',
      id: refused.id,
      accountId: 'acc-2',
      reason: 'out_of_scope',
      message: 'This account is not in your book.',
      rejectedAt: '2026-09-02T09:00:00.000Z',
    });
    expect(entry!.fields.body).toBe('For an account that moved');
    expect(serverNotes().slice(-2)).toEqual(['Before', 'After']);
  });

  it('stops on a server error without settling anything, then resumes in the same order', async () => {
    await writeNotes(4);
    ctx.server.faults.push({ on: 'push', kind: 'status', status: 503 });
    const error = await push(2).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SyncError);
    expect((error as SyncError).transient).toBe(true);
    expect(await pendingCount(ctx.db)).toBe(4);
    await push(2);
    expect(serverNotes().slice(-4)).toEqual(['Offline note 1', 'Offline note 2', 'Offline note 3', 'Offline note 4']);
  });

  it('splits a batch the server finds too large and keeps the order', async () => {
    await writeNotes(5);
    ctx.server.maxMutationsPerPush = 2;
    expect(await push(5)).toEqual({ applied: 5, duplicate: 0, rejected: 0 });
    expect(ctx.server.log.filter((l) => l.path === '/v1/push').map((l) => [l.mutations, l.status])).toEqual([
      [5, 413],
      [3, 413],
      [2, 200],
      [1, 200],
      [2, 200],
    ]);
    expect(serverNotes().slice(-5)).toEqual([
      'Offline note 1',
      'Offline note 2',
      'Offline note 3',
      'Offline note 4',
      'Offline note 5',
    ]);
  });

  it('asks the CSM to sign in again when the token is refused', async () => {
    await writeNotes(1);
    ctx.server.faults.push({ on: 'push', kind: 'status', status: 401 });
    await expect(push()).rejects.toMatchObject({
      kind: 'sign_in',
      message: 'Your sign-in has expired or was revoked. Sign in again to keep syncing; your changes are kept.',
    });
    expect(await pendingCount(ctx.db)).toBe(1);
  });

  it('pushes a month of offline work in bounded batches and resumes after a crash mid-way', async () => {
    const rows = Array.from({ length: 1_200 }, (_, i) => i + 1);
    await ctx.db.transaction('rw', ctx.db.outbox, async () => {
      for (const i of rows) {
        await ctx.db.outbox.add({
          mutationId: `m-${i}`,
          table: 'notes',
          op: 'upsert',
          id: `n-${i}`,
          accountId: 'acc-1',
          createdAt: '2026-09-02T09:00:00.000Z',
          fields: {
            id: `n-${i}`,
            accountId: 'acc-1',
            body: `Note ${i}`,
            createdAt: '2026-09-02T09:00:00.000Z',
            authorName: 'Sam',
            pinned: false,
            conflictOf: null,
          },
        });
      }
    });
    ctx.server.faults.push({ on: 'push', kind: 'cut_after_commit' }, { on: 'push', kind: 'network' });
    // First request commits then loses its reply ("crash"); the retry's first request never arrives.
    await expect(push(500)).rejects.toMatchObject({ kind: 'offline' });
    await expect(push(500)).rejects.toMatchObject({ kind: 'offline' });
    expect(await pendingCount(ctx.db)).toBe(1_200);
    expect(await push(500)).toEqual({ applied: 700, duplicate: 500, rejected: 0 });
    expect(ctx.server.log.filter((l) => l.path === '/v1/push').map((l) => l.mutations)).toEqual([
      500, 500, 500, 500, 200,
    ]);
    const order = [...ctx.server.rows.values()]
      .filter((r) => r.row.id.startsWith('n-'))
      .sort((a, b) => a.row.rev - b.row.rev)
      .map((r) => r.row.id);
    expect(order).toEqual(rows.map((i) => `n-${i}`));
    expect(Math.max(...ctx.server.applyCount.values())).toBe(1);
  });

  it('orders edits by write order, not by a laptop clock that is days off', async () => {
    ctx.clock.set('2026-09-20T09:00:00.000Z');
    await ctx.writer.editNote('note-1', 'Written first, clock days ahead');
    ctx.clock.set('2026-08-01T09:00:00.000Z');
    await ctx.writer.editNote('note-1', 'Written second, clock weeks behind');
    await push();
    expect(ctx.server.get('notes', 'note-1')!.body).toBe('Written second, clock weeks behind');
  });
});
