/**
 * The in-browser half of the sync benchmark (bundled by sync-bench.ts): the real sync client
 * (openServerSession → SyncEngine) against a real team server, and the floor beside it — the
 * same rows written straight into IndexedDB through the same Dexie schema in one transaction.
 */
import type { PulledChange } from '../../../src-core/sync/protocol';
import { type FieldbookDb, getMeta, openFieldbookDb } from '../../../src-renderer/store';
import { APP_SYNC_OPTIONS } from '../../../src-renderer/session/sync-options';
import { createSyncApi, fetchTransport, openServerSession, type ServerSession } from '../../../src-renderer/sync';

const clock = { now: () => new Date().toISOString(), newId: () => crypto.randomUUID() };
const sessions = new Map<string, ServerSession>();
let fetched: PulledChange[] = [];

async function timedSync(
  session: ServerSession,
): Promise<{ ms: number; rows: number; phase: string; error: string | null }> {
  let rows = 0;
  const off = session.engine.subscribe((s) => (rows = Math.max(rows, s.progress?.rows ?? 0)));
  const start = performance.now();
  const status = await session.engine.syncNow();
  const ms = performance.now() - start;
  off();
  return { ms, rows, phase: status.phase, error: status.error?.message ?? null };
}

const bench = {
  /** Signs in (not timed), then times the first sync into that user's fresh database, with the app's settings. */
  async firstSync(serverUrl: string, token: string) {
    const session = await openServerSession({
      serverUrl,
      token,
      clock,
      engine: { ...APP_SYNC_OPTIONS, maxAttempts: 1 },
    });
    sessions.set(token, session);
    return timedSync(session);
  },
  /** Times one more sync of a signed-in user (after the server changed some rows). */
  resync: (token: string) => timedSync(sessions.get(token)!),
  /** The cursor a signed-in user's book is at, so the floor can fetch exactly the rows a resync gets. */
  cursorOf: async (token: string) => (await getMeta(sessions.get(token)!.db, 'cursor')) ?? null,
  /** The name of a signed-in user's database, so the resync's floor writes its rows into the same book. */
  bookDbOf: (token: string) => sessions.get(token)!.db.name,
  /** Pulls every change after `cursor` into memory; its time is the server's and the network's share of a sync. */
  async fetchChanges(serverUrl: string, token: string, cursor: string | null) {
    const api = createSyncApi({ serverUrl, token, transport: fetchTransport() });
    const start = performance.now();
    fetched = [];
    for (let next = cursor; ; ) {
      const page = await api.pull(next, APP_SYNC_OPTIONS.pageLimit);
      fetched.push(...page.changes.filter((c) => c.row !== null));
      if (!page.more) break;
      next = page.cursor;
    }
    return { rows: fetched.length, ms: performance.now() - start };
  },
  /** The floor: the fetched rows put straight into a database with the same schema, one transaction. */
  async directWrite(dbName: string) {
    const db: FieldbookDb = openFieldbookDb(dbName);
    await db.open();
    const byTable = new Map<string, unknown[]>();
    for (const c of fetched) {
      const rows = byTable.get(c.table);
      if (rows) rows.push(c.row);
      else byTable.set(c.table, [c.row]);
    }
    const start = performance.now();
    await db.transaction(
      'rw',
      [...byTable.keys()].map((t) => db.table(t)),
      async () => {
        for (const [table, rows] of byTable) await db.table(table).bulkPut(rows);
      },
    );
    const ms = performance.now() - start;
    db.close();
    return { ms, rows: fetched.length };
  },
};

(window as unknown as { fieldbookBench: typeof bench }).fieldbookBench = bench;
