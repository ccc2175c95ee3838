import { createHmac } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PullResponse } from '../../src-core/sync/protocol';
import type { TestServer } from '../../src-server/testing';
import {
  BACKENDS,
  type Client,
  applyChanges,
  makeAccount,
  makeBook,
  makeNote,
  makeTask,
  mid,
  signIn,
  start,
} from './helpers';

type Change = PullResponse['changes'][number];
const accountOf = (c: Change) => (c.table === 'accounts' ? c.id : String(c.row?.accountId));
const key = (c: { table: string; id: string }) => `${c.table}/${c.id}`;

/** Pages from `cursor` to the end, each with the cursor it ended on. */
async function pages(client: Client, limit: number, cursor?: string): Promise<PullResponse[]> {
  const all: PullResponse[] = [];
  for (let next = cursor; ; ) {
    const page = await client.pull(next, limit);
    all.push(page);
    if (!page.more) return all;
    next = page.cursor;
  }
}

/** What a laptop holds after these pages, starting from `state`. */
function laptop(state: Map<string, Record<string, unknown>>, from: readonly PullResponse[]) {
  for (const p of from)
    applyChanges(state, { changes: p.changes, removed: p.removedAccounts, removedRows: p.removedRows, reset: p.reset });
  return state;
}

/** The server's live rows in the user's book, by table/id, straight from the rows table. */
async function serverBook(server: TestServer, email: string) {
  const rows = await server.db.query<{ table_name: string; id: string; data: Record<string, unknown> }>(
    `SELECT r.table_name, r.id, r.data FROM rows r JOIN account_owners o ON o.account_id = r.account_id
      JOIN users u ON u.id = o.owner_id WHERE u.email = $1 AND NOT r.deleted`,
    [email],
  );
  return new Map(rows.map((r) => [`${r.table_name}/${r.id}`, r.data]));
}

/**
 * Issue 13: a first sync pages the book account by account (the full phase), then what changed
 * meanwhile in revision order (the tail), and names on each page the accounts it completed, so
 * the laptop can show each account's health as soon as all of it has landed.
 */
describe.each(BACKENDS)('a first sync account by account on $name', ({ databaseUrl }) => {
  let server: TestServer;
  let sam: Client;
  let boss: Client;
  const accounts = ['acc-e', 'acc-b', 'acc-f', 'acc-a', 'acc-d', 'acc-c'];

  beforeEach(async () => {
    server = await start(databaseUrl);
    boss = await signIn(server, { email: 'boss@agency.test', name: 'Boss', role: 'lead' });
    sam = await signIn(server, { email: 'sam@agency.test', name: 'Sam', lead: 'boss@agency.test' });
    await signIn(server, { email: 'lee@agency.test', name: 'Lee', lead: 'boss@agency.test' });
    await server.seedBook('lee@agency.test', makeBook({ accounts: [makeAccount('lee-a'), makeAccount('lee-b')] }));
    // Three imports, so revisions interleave the accounts: each account's rows span revisions,
    // and revision order would deliver every account's last row only near the end.
    for (const [round, ids] of [accounts.slice(0, 3), accounts.slice(3), accounts].entries()) {
      await server.seedBook(
        'sam@agency.test',
        makeBook({
          accounts: ids.map((id) => makeAccount(id)),
          notes: ids.flatMap((id) => [1, 2].map((n) => makeNote(`${id}-r${round}-n${n}`, id))),
          tasks: ids.map((id) => makeTask(`${id}-r${round}-t`, id)),
        }),
      );
    }
  });
  afterEach(() => server.close());

  it('comes account by account, and each page names only accounts it has delivered whole', async () => {
    const book = await serverBook(server, 'sam@agency.test');
    // 6 accounts × (1 account row + 2 rounds × 3 rows) = 42 rows.
    expect(book.size).toBe(42);
    const all = await pages(sam, 5);
    expect(all[0]!.reset).toBe(true);
    const changes = all.flatMap((p) => p.changes);
    expect(changes).toHaveLength(42);
    // Each account's rows arrive together: once the pull leaves an account it never returns to it.
    const order = changes.map(accountOf).filter((a, i, list) => a !== list[i - 1]);
    expect(order).toHaveLength(6);
    expect(new Set(order)).toEqual(new Set(accounts));

    const delivered = new Set<string>();
    const named: string[] = [];
    for (const page of all) {
      for (const c of page.changes) delivered.add(key(c));
      for (const account of page.accountsComplete ?? []) {
        const rows = [...book.entries()].filter(
          ([k, row]) => (k.startsWith('accounts/') ? row.id : row.accountId) === account,
        );
        expect(rows.length, account).toBe(7);
        for (const [k] of rows) expect(delivered.has(k), `${account}: ${k}`).toBe(true);
        named.push(account);
      }
    }
    // Every account is named once, most of them before the last page (42 rows, 5 a page).
    expect(named.sort()).toEqual([...accounts].sort());
    expect(all.slice(0, -1).flatMap((p) => p.accountsComplete ?? []).length).toBeGreaterThanOrEqual(5);
    expect(laptop(new Map(), all)).toEqual(book);
  });

  it('ends equal to the server when resumed from any page', async () => {
    const all = await pages(sam, 4);
    const book = await serverBook(server, 'sam@agency.test');
    for (let k = 1; k < all.length; k++) {
      const before = laptop(new Map(), all.slice(0, k));
      const rest = await pages(sam, 4, all[k - 1]!.cursor);
      expect(rest[0]!.reset, `resumed after page ${k}`).toBe(false);
      expect(laptop(before, rest), `resumed after page ${k}`).toEqual(book);
    }
  });

  it('resumes a cursor that an earlier server (v1, revision order) issued mid-way through a first sync', async () => {
    const [secret] = await server.db.query<{ value: string }>(
      "SELECT value FROM server_meta WHERE key = 'cursor_secret'",
    );
    const [user] = await server.db.query<{ id: string }>("SELECT id FROM users WHERE email = 'sam@agency.test'");
    const [high] = await server.db.query<{ value: string }>('SELECT value FROM rev_counter');
    // What the earlier server had delivered: the first 10 rows of the book in (rev, table, id) order.
    const first = await server.db.query<{ table_name: string; id: string; rev: string; data: Record<string, unknown> }>(
      `SELECT r.table_name, r.id, r.rev, r.data FROM rows r JOIN account_owners o ON o.account_id = r.account_id
        WHERE o.owner_id = $1 AND NOT r.deleted ORDER BY r.rev, r.table_name, r.id LIMIT 10`,
      [user!.id],
    );
    const last = first[first.length - 1]!;
    const fields = [1, user!.id, Number(last.rev), last.table_name, last.id, Number(high!.value)];
    const payload = Buffer.from(JSON.stringify(fields)).toString('base64url');
    const v1 = `${payload}.${createHmac('sha256', secret!.value).update(payload).digest('base64url').slice(0, 32)}`;

    const rest = await pages(sam, 4, v1);
    expect(rest[0]!.reset).toBe(false);
    const state = new Map(first.map((r) => [`${r.table_name}/${r.id}`, r.data]));
    const restKeys = rest.flatMap((p) => p.changes.map(key));
    // Nothing delivered twice, nothing skipped.
    expect(restKeys.filter((k) => state.has(k))).toEqual([]);
    expect(laptop(state, rest)).toEqual(await serverBook(server, 'sam@agency.test'));
    expect(server.logs.filter((l) => l.event === 'pull.cursor_reset')).toEqual([]);
  });

  it('ends right when rows are edited, deleted and moved, and accounts moved, while the book is coming', async () => {
    const firstPages = [await sam.pull(undefined, 8)];
    firstPages.push(await sam.pull(firstPages[0]!.cursor, 8));
    const done = firstPages.flatMap((p) => p.accountsComplete ?? []);
    // 16 rows of 7-row accounts, the 17th of a third: the first two are complete.
    expect(done.length).toBeGreaterThanOrEqual(2);
    const [early, gone] = done as [string, string];
    const later = accounts.filter((a) => !done.includes(a) && !firstPages[1]!.changes.some((c) => accountOf(c) === a));
    expect(later.length).toBeGreaterThanOrEqual(2);
    const [moving, hasRowMoved] = later as [string, string];

    // Mid-sync: an edit and a delete in an account already complete on the laptop, an account
    // already delivered moved to Lee (and one not yet delivered), rows moved out to Lee's accounts,
    // and one of those accounts moved into Sam's book.
    const edits = await sam.push([
      { mutationId: mid(), table: 'notes', op: 'patch', id: `${early}-r2-n2`, fields: { body: 'Edited mid-sync' } },
      { mutationId: mid(), table: 'tasks', op: 'delete', id: `${early}-r2-t`, fields: {} },
    ]);
    expect(edits.map((r) => r.status)).toEqual(['applied', 'applied']);
    const moves = await boss.push([
      { mutationId: mid(), table: 'notes', op: 'patch', id: `${hasRowMoved}-r2-n2`, fields: { accountId: 'lee-a' } },
      { mutationId: mid(), table: 'notes', op: 'patch', id: `${early}-r2-n1`, fields: { accountId: 'lee-b' } },
    ]);
    expect(moves.map((r) => r.status)).toEqual(['applied', 'applied']);
    await server.reassign(gone, 'lee@agency.test');
    await server.reassign(moving, 'lee@agency.test');
    await server.reassign('lee-a', 'sam@agency.test');

    const rest = await pages(sam, 8, firstPages[1]!.cursor);
    const state = laptop(new Map(), [...firstPages, ...rest]);
    expect(state).toEqual(await serverBook(server, 'sam@agency.test'));
    expect(state.get(`notes/${early}-r2-n2`)?.body).toBe('Edited mid-sync');
    expect(state.has(`tasks/${early}-r2-t`)).toBe(false);
    expect([...state.values()].filter((row) => row.id === gone || row.accountId === gone)).toEqual([]);
    expect(state.has(`notes/${early}-r2-n1`)).toBe(false);
    expect(state.has(`accounts/${moving}`)).toBe(false);
    expect(state.get(`notes/${hasRowMoved}-r2-n2`)?.accountId).toBe('lee-a');
    expect(state.has('accounts/lee-a')).toBe(true);
  });
});
