import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db, Queryable } from '../../src-server/db/adapter';
import { putRow } from '../../src-server/store/rows';
import { purgeTombstones } from '../../src-server/store/tombstones';
import { writeTransaction } from '../../src-server/store/write-transaction';
import type { TestServer } from '../../src-server/testing';
import {
  BACKENDS,
  Client,
  NOW,
  applyChanges,
  clientFields,
  makeAccount,
  makeBook,
  makeNote,
  mid,
  start,
} from './helpers';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Makes the Nth matching statement fail once, as if the server died at that point. */
function failOnce(match: RegExp, nth: number) {
  let seen = 0;
  const trap = (q: Queryable): Queryable => ({
    query: async (sql, params) => {
      if (match.test(sql) && ++seen === nth) throw new Error('simulated crash');
      return q.query(sql, params);
    },
  });
  return (db: Db): Db => ({
    ...db,
    query: trap(db).query,
    transaction: (work) => db.transaction((tx) => work(trap(tx))),
  });
}

describe.each(BACKENDS)('revisions on $name', ({ databaseUrl }) => {
  let server: TestServer;
  let sam: Client;

  beforeAll(async () => {
    // The 8th mutation of any push fails once: a batch cut in the middle.
    server = await start(databaseUrl, { wrapDb: failOnce(/INSERT INTO mutations/, 8) });
    sam = new Client(server.url, await server.createUser({ email: 'sam@agency.test', name: 'Sam' }), 'laptop');
    await server.seedBook(
      'sam@agency.test',
      makeBook({ accounts: [makeAccount('a1')], notes: [makeNote('n1', 'a1')] }),
    );
  });
  afterAll(() => server.close());

  it('leaves nothing of a batch that died halfway, and the retry applies it all exactly once (RELIABILITY 12)', async () => {
    const { cursor } = await sam.pullAll();
    const body = {
      clientId: 'laptop',
      mutations: Array.from({ length: 12 }, (_, i) => ({
        mutationId: `batch-${i}`,
        table: 'notes',
        op: 'upsert',
        id: `batch-n${i}`,
        fields: clientFields(makeNote(`batch-n${i}`, 'a1', { body: `Note ${i}` })),
      })),
    };
    const crashed = await sam.pushRaw(body);
    expect(crashed.status).toBe(500);
    expect(crashed.body).toEqual({
      error: 'server_error',
      reason: 'The server could not finish this request; try again.',
    });
    expect((await sam.pull(cursor)).changes).toEqual([]);
    const retry = await sam.pushRaw(body);
    expect(retry.body.results.map((r: { status: string }) => r.status)).toEqual(Array(12).fill('applied'));
    const changes = (await sam.pullAll(cursor)).changes;
    expect(changes.map((c) => c.id).sort()).toEqual(body.mutations.map((m) => m.id).sort());
  });

  it('never lets a pull skip a row when a later writer would commit first (RELIABILITY 13)', async () => {
    const { cursor: start } = await sam.pullAll();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    // A slow writer takes its revision first and commits last...
    const slow = writeTransaction(server.db, async (tx) => {
      const rev = tx.nextRev();
      const data = { ...makeNote('slow-n', 'a1'), rev, updatedAt: NOW };
      await putRow(
        tx,
        { table: 'notes', id: 'slow-n', accountId: 'a1', rev, deleted: false, data, clientId: null },
        NOW,
      );
      await gate;
      return rev;
    });
    await sleep(50);
    // ...while a quick push and a pull arrive in the meantime.
    let fastDone = false;
    const fast = sam
      .push([
        {
          mutationId: mid(),
          table: 'notes',
          op: 'upsert',
          id: 'fast-n',
          fields: clientFields(makeNote('fast-n', 'a1')),
        },
      ])
      .then((r) => {
        fastDone = true;
        return r;
      });
    const during = sam.pull(start);
    await sleep(300);
    expect(fastDone).toBe(false);
    release();
    const slowRev = await slow;
    const [fastResult] = await fast;
    expect((fastResult as { rev: number }).rev).toBeGreaterThan(slowRev);
    const seenDuring = await during;
    const after = await sam.pullAll(seenDuring.cursor);
    const seen = [...seenDuring.changes, ...after.changes].map((c) => c.id);
    expect(seen.sort()).toEqual(['fast-n', 'slow-n']);
  });

  it('resets a client whose cursor is older than the tombstones kept, and the reset is the whole book (RELIABILITY 4)', async () => {
    const old = await sam.pullAll();
    const state = applyChanges(new Map(), await sam.pullAll());
    const [deleted] = await sam.push([{ mutationId: mid(), table: 'notes', op: 'delete', id: 'batch-n3', fields: {} }]);
    expect(await purgeTombstones(server.db, (deleted as { rev: number }).rev + 1)).toBe(1);
    const again = await sam.pull(old.cursor, 1000);
    expect(again.reset).toBe(true);
    applyChanges(state, { changes: again.changes, removed: again.removedAccounts, reset: again.reset });
    expect(state.has('notes/batch-n3')).toBe(false);
    expect(state.size).toBe(again.changes.length);
    expect(again.changes.every((c) => !c.deleted)).toBe(true);
    const next = await sam.pull(again.cursor);
    expect(next).toMatchObject({ reset: false, changes: [] });
  });
});
