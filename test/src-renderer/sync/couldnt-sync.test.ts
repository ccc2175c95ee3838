import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pendingCount, StoreError } from '../../../src-renderer/store';
import {
  COULDNT_SYNC_FORMAT,
  createCouldntSyncList,
  pullAll,
  pushOutbox,
  type CouldntSyncList,
} from '../../../src-renderer/sync';
import { setup } from './setup';

let ctx: ReturnType<typeof setup>;
let list: CouldntSyncList;
beforeEach(async () => {
  ctx = setup();
  list = createCouldntSyncList(ctx.db, ctx.clock);
  await pullAll(ctx.db, ctx.api);
  // A server rule the laptop does not know: no card numbers in notes.
  ctx.server.refuse = (m) =>
    typeof m.fields.body === 'string' && /\d{4} \d{4} \d{4} \d{4}/.test(m.fields.body)
      ? { reason: 'validation', message: 'Notes may not contain card numbers.' }
      : null;
});
afterEach(async () => ctx.db.delete());

const push = () => pushOutbox(ctx.db, ctx.api, { clientId: 'laptop-1', now: () => ctx.clock.now() });

describe("the couldn't-sync list", () => {
  it('lists a refused edit, and retries it after the CSM edits it', async () => {
    const note = await ctx.writer.addNote('acc-1', 'Card 4111 1111 1111 1111 on file');
    await push();
    const [refused] = await list.listRejected();
    expect(refused).toMatchObject({
      id: note.id,
      reason: 'validation',
      message: 'Notes may not contain card numbers.',
    });

    ctx.clock.set('2026-09-02T10:00:00.000Z');
    const retried = await list.retryRejected(refused!.mutationId, { body: 'Card on file (see billing)' });
    expect(retried.mutationId).not.toBe(refused!.mutationId);
    expect(retried).toMatchObject({ op: 'upsert', id: note.id, createdAt: '2026-09-02T10:00:00.000Z' });
    expect((await ctx.db.notes.get(note.id))!.body).toBe('Card on file (see billing)');
    expect(await list.listRejected()).toEqual([]);
    expect(await push()).toEqual({ applied: 1, duplicate: 0, rejected: 0 });
    expect(ctx.server.get('notes', note.id)!.body).toBe('Card on file (see billing)');
  });

  it('refuses a retry whose edit is invalid, keeping the entry', async () => {
    await ctx.writer.addNote('acc-1', 'Card 4111 1111 1111 1111');
    await push();
    const [refused] = await list.listRejected();
    const error = await list.retryRejected(refused!.mutationId, { body: '' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).message).toBe("The note can't be saved: body is empty.");
    expect(await list.listRejected()).toHaveLength(1);
    expect(await pendingCount(ctx.db)).toBe(0);
  });

  it('discards an entry and exports the others as JSON', async () => {
    await ctx.writer.addNote('acc-1', 'Card 4111 1111 1111 1111');
    await ctx.writer.editNote('note-1', 'Also 5500 0000 0000 0004');
    await push();
    const [first, second] = await list.listRejected();
    await list.discardRejected(first!.mutationId);
    const exported = JSON.parse(await list.exportRejected());
    expect(exported).toMatchObject({ format: COULDNT_SYNC_FORMAT, exportedAt: '2026-09-02T09:00:00.000Z' });
    expect(
      exported.entries.map((e: { op: string; id: string; fields: unknown; reason: string }) => [
        e.op,
        e.id,
        e.fields,
        e.reason,
      ]),
    ).toEqual([['patch', 'note-1', { body: 'Also 5500 0000 0000 0004' }, 'validation']]);
    expect(second!.mutationId).toBe(exported.entries[0].mutationId);
  });
});
