import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoBook } from '../../../src-core/demo';
import type { Contract, Task } from '../../../src-core/model';
import type { PullResponse } from '../../../src-core/sync/protocol';
import { startTestServer, type TestServer } from '../../../src-server/testing';
import { loadBookTables, type FieldbookDb } from '../../../src-renderer/store';
import { summarizeAccounts } from '../../../src-renderer/store/summaries';
import type { AccountSummary } from '../../../src-renderer/store/types';
import { createSyncApi, pullAll, type SyncApi } from '../../../src-renderer/sync';
import { applyFirstSyncPage, finishFirstSync } from '../../../src-renderer/sync/first-sync';
import { FirstSyncRows } from '../../../src-renderer/sync/first-sync-rows';
import { freshDb } from '../store/fixtures';
import { exportedBook, localBook } from './setup';

/**
 * Issue 13: during a first sync from the real team server, which pages the book account by
 * account, each account's summary (what the Book shows with its health) is stored with the page
 * that completed the account, and equals what the whole book gives at the end.
 */

const PAGE = 150;
let server: TestServer;
let api: SyncApi;
const dbs: FieldbookDb[] = [];

beforeAll(async () => {
  server = await startTestServer({ now: () => new Date('2026-09-14T09:00:00.000Z') });
  const token = await server.createUser({ email: 'sam@agency.test', name: 'Sam Rivera' });
  const [user] = await server.db.query<{ id: string }>("SELECT id FROM users WHERE email = 'sam@agency.test'");
  const owner = { id: user!.id, email: 'sam@agency.test', name: 'Sam Rivera', role: 'csm' as const };
  // Six demo accounts with a year of contracts, activities, tickets and tasks: several pages of 150 rows.
  await server.seedBook(
    'sam@agency.test',
    generateDemoBook({ seed: 'stream', accounts: 6, years: 1, asOf: '2026-09-14', owner }),
  );
  api = createSyncApi({ serverUrl: server.url, token, transport: (url, init) => fetch(url, init) });
}, 60_000);
afterAll(async () => server?.close());
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

function laptop(): FieldbookDb {
  const db = freshDb();
  dbs.push(db);
  return db;
}

const byId = (list: AccountSummary[]) => new Map(list.map((s) => [s.accountId, s]));

/** The summaries the whole stored book gives, read back: what a first sync must end with. */
async function wholeBookSummaries(db: FieldbookDb) {
  const tables = await loadBookTables(db);
  return byId(
    summarizeAccounts(
      tables.accounts.map((a) => a.id),
      tables,
    ),
  );
}

const serverBook = () => exportedBook(server, 'sam@agency.test');

/** The sync API with its `n`-th pull (from 0) failing as a dropped connection would. */
function failingPull(n: number): SyncApi {
  let calls = 0;
  return {
    ...api,
    pull: (cursor, limit) => (calls++ === n ? Promise.reject(new TypeError('fetch failed')) : api.pull(cursor, limit)),
  };
}

describe('summaries streamed during a first sync', () => {
  it('exist after each page for exactly the accounts completed so far, equal to the whole book’s at the end', async () => {
    const db = laptop();
    const seen = new FirstSyncRows();
    const complete = new Set<string>();
    const streamed = new Map<string, AccountSummary>();
    const pages: PullResponse[] = [];
    for (let cursor: string | null = null; ; ) {
      const page = await api.pull(cursor, PAGE);
      pages.push(page);
      await applyFirstSyncPage(db, page, seen);
      for (const id of page.accountsComplete ?? []) complete.add(id);
      const stored = await db.accountSummaries.toArray();
      expect(new Set(stored.map((s) => s.accountId)), `after page ${pages.length}`).toEqual(complete);
      for (const s of stored) if (!streamed.has(s.accountId)) streamed.set(s.accountId, s);
      if (!page.more) break;
      cursor = page.cursor;
    }
    expect(pages.length).toBeGreaterThan(3);
    // Most accounts show before the last page lands.
    expect(pages.slice(0, -1).flatMap((p) => p.accountsComplete ?? []).length).toBeGreaterThanOrEqual(4);
    await finishFirstSync(db, seen);
    const final = await wholeBookSummaries(db);
    expect(final.size).toBe(6);
    expect(byId(await db.accountSummaries.toArray())).toEqual(final);
    // Nothing changed on the server meanwhile: what each account showed first was already right.
    expect(streamed).toEqual(final);
    expect(await localBook(db)).toEqual(await serverBook());
  });

  it('updates accounts already shown when the tail of the pull edits or deletes their rows', async () => {
    const db = laptop();
    const seen = new FirstSyncRows();
    const shown: string[] = [];
    const first = async <R extends { accountId: string }>(rows: Promise<R[]>, pick: (r: R) => boolean) =>
      (await rows).find((r) => shown.includes(r.accountId) && pick(r));
    // Pull until one shown account has an open task and another an active contract.
    let page: PullResponse | null = null;
    let task: Task | undefined;
    let contract: Contract | undefined;
    do {
      page = await api.pull(page?.cursor ?? null, PAGE);
      await applyFirstSyncPage(db, page, seen);
      shown.push(...(page.accountsComplete ?? []));
      task = await first(db.tasks.toArray(), (t) => t.status === 'open');
      contract = await first(db.contracts.toArray(), (c) => c.status === 'active' && c.accountId !== task?.accountId);
    } while (!(task && contract) && page.more);
    expect(task && contract, 'two shown accounts, one with an open task, one with an active contract').toBeTruthy();
    expect(page.more, 'both shown before the last page').toBe(true);
    const before = byId(await db.accountSummaries.toArray());
    // Written on the server while the book is coming: one task deleted (the tail sends only its
    // tombstone, without its account), $1.00/month more on the contract.
    const result = await api.push('other-laptop', [
      { mutationId: 'stream-delete', table: 'tasks', op: 'delete', id: task!.id, fields: {} },
      {
        mutationId: 'stream-edit',
        table: 'contracts',
        op: 'patch',
        id: contract!.id,
        fields: { monthlyValueCents: contract!.monthlyValueCents + 100 },
      },
    ]);
    expect(result.results.map((r) => r.status)).toEqual(['applied', 'applied']);
    while (page.more) {
      page = await api.pull(page.cursor, PAGE);
      await applyFirstSyncPage(db, page, seen);
    }
    // Before the final pass: the tail page that carried the changes already recomputed both accounts.
    const after = byId(await db.accountSummaries.toArray());
    expect(after.get(task!.accountId)!.openTasks).toBe(before.get(task!.accountId)!.openTasks - 1);
    const value = (id: string, of: Map<string, AccountSummary>) => of.get(id)!.monthlyValueCents;
    expect(value(contract!.accountId, after)).toBe(value(contract!.accountId, before) + 100);
    await finishFirstSync(db, seen);
    expect(byId(await db.accountSummaries.toArray())).toEqual(await wholeBookSummaries(db));
    expect(await localBook(db)).toEqual(await serverBook());
  });

  it('resumes after a cut at any page, streaming the rest, and ends equal to the server', async () => {
    const pages = await pullPageCount();
    for (let k = 1; k < pages; k++) {
      const db = laptop();
      await expect(pullAll(db, failingPull(k), { pageLimit: PAGE }), `cut before page ${k + 1}`).rejects.toThrow();
      const shownAtCut = (await db.accountSummaries.toArray()).map((s) => s.accountId);
      // The resumed pull has not seen the book whole: it reads the completed accounts back.
      // Cut again after one more page (unless that page was the last).
      await pullAll(db, failingPull(1), { pageLimit: PAGE }).catch(() => undefined);
      const shownAfter = (await db.accountSummaries.toArray()).map((s) => s.accountId);
      expect(shownAfter.length, `cut before page ${k + 1}`).toBeGreaterThanOrEqual(shownAtCut.length);
      const partial = byId(await db.accountSummaries.toArray());
      await pullAll(db, api, { pageLimit: PAGE });
      const final = await wholeBookSummaries(db);
      for (const [id, summary] of partial) expect(summary, id).toEqual(final.get(id));
      expect(byId(await db.accountSummaries.toArray())).toEqual(final);
      expect(await localBook(db)).toEqual(await serverBook());
    }
  });
});

async function pullPageCount(): Promise<number> {
  let count = 0;
  for (let cursor: string | null = null; ; count++) {
    const page = await api.pull(cursor, PAGE);
    if (!page.more) return count + 1;
    cursor = page.cursor;
  }
}
