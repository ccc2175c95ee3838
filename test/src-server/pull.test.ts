import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../src-server/testing';
import { BACKENDS, Client, makeAccount, makeBook, makeNote, makeTask, mid, start } from './helpers';

describe.each(BACKENDS)('pull on $name', ({ databaseUrl }) => {
  let server: TestServer;
  let sam: Client;
  let lee: Client;
  let boss: Client;
  let admin: Client;

  beforeAll(async () => {
    server = await start(databaseUrl);
    boss = new Client(server.url, await server.createUser({ email: 'boss@agency.test', name: 'Boss', role: 'lead' }));
    sam = new Client(
      server.url,
      await server.createUser({ email: 'sam@agency.test', name: 'Sam', lead: 'boss@agency.test' }),
    );
    lee = new Client(server.url, await server.createUser({ email: 'lee@agency.test', name: 'Lee' }));
    admin = new Client(server.url, await server.createUser({ email: 'root@agency.test', name: 'Root', role: 'admin' }));
    // 120 notes imported at once: they all share one revision.
    const notes = Array.from({ length: 120 }, (_, i) => makeNote(`sam-n-${String(i).padStart(3, '0')}`, 'sam-a1'));
    await server.seedBook(
      'sam@agency.test',
      makeBook({ accounts: [makeAccount('sam-a1'), makeAccount('sam-a2')], notes }),
    );
    await server.seedBook(
      'lee@agency.test',
      makeBook({ accounts: [makeAccount('lee-a1')], tasks: [makeTask('lee-t1', 'lee-a1')] }),
    );
  });
  afterAll(() => server.close());

  it('answers health without a token', async () => {
    const res = await fetch(`${server.url}/v1/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });

  it('tells a user who they are, and refuses unknown tokens', async () => {
    const me = await sam.get('/v1/me');
    expect(me.body).toEqual({ id: expect.any(String), email: 'sam@agency.test', name: 'Sam', role: 'csm' });
    const stranger = new Client(server.url, 'x'.repeat(43));
    expect((await stranger.get('/v1/me')).status).toBe(401);
    expect((await stranger.get('/v1/pull')).body).toMatchObject({ error: 'unauthorized' });
  });

  it('delivers the whole book in scope on a first pull, with owner fields from the server', async () => {
    const first = await sam.pull();
    expect(first.reset).toBe(true);
    expect(first.more).toBe(false);
    expect(first.removedAccounts).toEqual([]);
    expect(first.changes).toHaveLength(122);
    const account = first.changes.find((c) => c.id === 'sam-a1');
    expect(account).toMatchObject({
      table: 'accounts',
      deleted: false,
      row: { ownerName: 'Sam', name: 'Account sam-a1' },
    });
    expect(account!.row!.rev).toBe(account!.rev);
    expect(first.changes.every((c) => c.row !== null && String(c.row.accountId ?? c.row.id).startsWith('sam-'))).toBe(
      true,
    );
  });

  it('pages through 120 rows sharing one revision with no gaps or duplicates (RELIABILITY 14)', async () => {
    for (const limit of [1, 7, 60, 119, 120, 121]) {
      const all = await sam.pullAll(undefined, limit);
      const ids = all.changes.map((c) => c.id);
      expect(new Set(ids).size).toBe(122);
      expect(ids).toHaveLength(122);
    }
    const notesRevs = new Set((await sam.pull()).changes.filter((c) => c.table === 'notes').map((c) => c.rev));
    expect(notesRevs.size).toBe(1);
  });

  it('returns nothing new to an up-to-date cursor, then exactly the later change', async () => {
    const { cursor } = await sam.pullAll();
    const quiet = await sam.pull(cursor);
    expect(quiet).toMatchObject({ more: false, reset: false, changes: [], removedAccounts: [] });
    const [result] = await sam.push([
      { mutationId: mid(), table: 'notes', op: 'patch', id: 'sam-n-005', fields: { pinned: true } },
    ]);
    const next = await sam.pull(quiet.cursor);
    expect(next.changes).toEqual([
      {
        table: 'notes',
        id: 'sam-n-005',
        rev: (result as { rev: number }).rev,
        deleted: false,
        row: expect.objectContaining({ pinned: true }),
      },
    ]);
  });

  it('sends a delete as a tombstone to a client that had the row, and skips it on a first sync', async () => {
    const { cursor } = await sam.pullAll();
    await sam.push([{ mutationId: mid(), table: 'notes', op: 'delete', id: 'sam-n-010', fields: {} }]);
    const after = await sam.pull(cursor);
    expect(after.changes).toEqual([
      { table: 'notes', id: 'sam-n-010', rev: expect.any(Number), deleted: true, row: null },
    ]);
    const fresh = await sam.pullAll(undefined, 50);
    expect(fresh.changes.some((c) => c.id === 'sam-n-010')).toBe(false);
    expect(fresh.changes).toHaveLength(121);
  });

  it("shows a lead their team's accounts and their own, and an admin everything", async () => {
    const team = await boss.pullAll();
    expect(new Set(team.changes.filter((c) => c.table === 'accounts').map((c) => c.id))).toEqual(
      new Set(['sam-a1', 'sam-a2']),
    );
    const everything = await admin.pullAll();
    expect(new Set(everything.changes.filter((c) => c.table === 'accounts').map((c) => c.id))).toEqual(
      new Set(['sam-a1', 'sam-a2', 'lee-a1']),
    );
  });

  it("never shows a CSM another CSM's rows, whatever the cursor or filter (RELIABILITY 15)", async () => {
    const lees = await lee.pullAll();
    expect(lees.changes.map((c) => c.id).sort()).toEqual(['lee-a1', 'lee-t1']);
    const samCursor = (await sam.pull(undefined, 3)).cursor;
    const stolen = await lee.get(`/v1/pull?cursor=${encodeURIComponent(samCursor)}`);
    expect(stolen).toEqual({
      status: 400,
      body: { error: 'bad_cursor', reason: 'The cursor belongs to another user.' },
    });
    const [payload, signature] = samCursor.split('.');
    const decoded = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    decoded[2] += 1;
    const forged = `${Buffer.from(JSON.stringify(decoded)).toString('base64url')}.${signature}`;
    // An unreadable cursor (forged, garbage, or from a database since rebuilt) starts over:
    // reset, and only the caller's own book.
    for (const bad of [forged, 'garbage', `${samCursor}x`]) {
      const answer = await lee.get(`/v1/pull?cursor=${encodeURIComponent(bad)}`);
      expect(answer.status).toBe(200);
      expect(answer.body.reset).toBe(true);
      expect(answer.body.changes.map((c: { id: string }) => c.id).sort()).toEqual(['lee-a1', 'lee-t1']);
    }
    expect(server.logs.filter((l) => l.event === 'pull.cursor_reset').map((l) => l.reason)).toEqual([
      'The cursor was not issued by this server.',
      'The cursor is malformed.',
      'The cursor was not issued by this server.',
    ]);
    // Filters the API does not have are ignored, never obeyed.
    const filtered = await lee.get('/v1/pull?accountId=sam-a1&owner=sam@agency.test');
    expect(filtered.body.changes.map((c: { id: string }) => c.id).sort()).toEqual(['lee-a1', 'lee-t1']);
  });

  it('refuses a nonsense page size', async () => {
    for (const limit of ['0', '-1', 'abc', '99999999', '1.5']) {
      expect((await sam.get(`/v1/pull?limit=${limit}`)).body).toMatchObject({ error: 'bad_limit' });
    }
  });
});
