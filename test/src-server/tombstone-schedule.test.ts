import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src-server/db/adapter';
import { scheduleTombstonePurge } from '../../src-server/store/tombstone-schedule';
import type { TestServer } from '../../src-server/testing';
import { BACKENDS, Client, makeAccount, makeBook, makeNote, mid, start } from './helpers';
import { runServer } from '../../src-server/cli/run-server';

const DAY_MS = 86_400_000;
const T0 = Date.parse('2026-01-05T09:00:00.000Z');

function firstReport(options: { db: Db; days: number; now: Date }) {
  return new Promise<{ purged: number } | { error: string }>((done) => {
    const schedule = scheduleTombstonePurge({ ...options, now: () => options.now, everyMs: 3_600_000, report: done });
    // The first purge runs at start; the timer is stopped right away so the test leaves nothing behind.
    schedule.stop();
  });
}

describe.each(BACKENDS)('the tombstone purge schedule on $name', ({ databaseUrl }) => {
  let server: TestServer;
  let sam: Client;

  beforeAll(async () => {
    server = await start(databaseUrl, { now: () => new Date(T0) });
    sam = new Client(server.url, await server.createUser({ email: 'sam@agency.test' }));
    await server.seedBook(
      'sam@agency.test',
      makeBook({ accounts: [makeAccount('sched-acc')], notes: [makeNote('sched-n1', 'sched-acc')] }),
    );
    const [deleted] = (
      await sam.post('/v1/push', {
        clientId: sam.clientId,
        mutations: [{ mutationId: mid(), table: 'notes', op: 'delete', id: 'sched-n1', fields: {} }],
      })
    ).body.results;
    expect(deleted.status).toBe('applied');
  }, 60_000);
  afterAll(async () => server?.close());

  it('purges at start the deletes older than the horizon, and only those', async () => {
    const tombstones = async () =>
      (await server.db.query("SELECT id FROM rows WHERE deleted AND id = 'sched-n1'")).length;
    // 30 days on, with a 90-day horizon: nothing has expired, nothing is reported.
    const kept = scheduleTombstonePurge({
      db: server.db,
      days: 90,
      now: () => new Date(T0 + 30 * DAY_MS),
      report: () => expect.unreachable('nothing to purge'),
    });
    expect(await kept.runNow()).toBe(0);
    kept.stop();
    expect(await tombstones()).toBe(1);
    // 31 days on, with a 30-day horizon: the delete has expired.
    expect(await firstReport({ db: server.db, days: 30, now: new Date(T0 + 31 * DAY_MS) })).toEqual({ purged: 1 });
    expect(await tombstones()).toBe(0);
  });

  it('a failing purge is reported, not thrown, so the server keeps serving', async () => {
    const broken: Db = { ...server.db, query: async () => Promise.reject(new Error('database is down')) };
    const report = await firstReport({ db: broken, days: 90, now: new Date(T0) });
    expect(report).toEqual({ error: 'database is down' });
  });
});

describe('npm run server -- --tombstone-days', () => {
  it('refuses a horizon that is not a whole number of days with a one-line reason', async () => {
    let stderr = '';
    const io = { stdout: () => {}, stderr: (text: string) => (stderr += text), env: {}, now: () => new Date() };
    const code = await runServer(['--tombstone-days', '0', '--port', '0'], io, () => {});
    expect(code).toBe(1);
    expect(stderr).toBe('server: --tombstone-days must be a whole number from 1 to 36500.\n');
  }, 30_000);
});
