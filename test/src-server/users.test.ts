import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateRow } from '../../src-core/model';
import { createUser } from '../../src-server/admin/create-user';
import { importBook } from '../../src-server/admin/import-book';
import { reassignAccount } from '../../src-server/admin/reassign';
import { rotateToken } from '../../src-server/admin/rotate-token';
import { deactivateUser, deleteUser, listUsers, reactivateUser } from '../../src-server/admin/user-lifecycle';
import type { Db } from '../../src-server/db/adapter';
import { MIGRATIONS, migrate } from '../../src-server/db/migrations';
import { openPglite } from '../../src-server/db/pglite';
import { openPostgres } from '../../src-server/db/postgres';
import { freshSchema, type TestServer } from '../../src-server/testing';
import { runAdminHere } from './cli-helpers';
import { BACKENDS, Client, NOW, makeAccount, makeBook, makeNote, makeTask, signIn, start } from './helpers';

/** Issue 12, finding 4 (names that poison accounts) and the user lifecycle of DESIGN §8. */
describe('names and emails follow the text rule', () => {
  it.each([
    [{ email: 'evil@agency.test', name: 'Evil\u001b[2JName' }, '--name contains control characters.'],
    [{ email: 'ev\u001bil@agency.test', name: 'Evil' }, '--email contains control characters.'],
    [{ email: 'evil@agency.test', name: '   ' }, '--name is empty.'],
    [{ email: 'evil@agency.test', name: 'x'.repeat(201) }, '--name is longer than 200 characters.'],
    [{ email: 'not-an-email', name: 'X' }, '"not-an-email" is not an email address.'],
  ])('refuses %j', async (input, message) => {
    await expect(createUser(undefined as unknown as Db, input)).rejects.toThrow(message);
  });

  it('never echoes the escape sequence back to the terminal', async () => {
    const run = await runAdminHere(['create-user', '--email', 'e@agency.test', '--name', 'Evil\u001b[2JName']);
    expect(run).toEqual({ code: 1, stdout: '', stderr: 'admin: --name contains control characters.\n' });
  });
});

describe.each(BACKENDS)('the user lifecycle on $name', ({ databaseUrl }) => {
  let server: TestServer;
  let lead: Client;
  let samToken: string;

  beforeAll(async () => {
    server = await start(databaseUrl);
    lead = await signIn(server, { email: 'lou@agency.test', name: 'Lou', role: 'lead' });
    samToken = await server.createUser({ email: 'sam@agency.test', name: 'Sam', lead: 'lou@agency.test' });
    await server.createUser({ email: 'lee@agency.test', name: 'Lee' });
    await server.seedBook(
      'sam@agency.test',
      makeBook({ accounts: [makeAccount('s-1'), makeAccount('s-2')], notes: [makeNote('s-n1', 's-1')] }),
    );
  });
  afterAll(() => server.close());

  it("stops a deactivated user's token at once and leaves their accounts with their lead", async () => {
    const sam = new Client(server.url, samToken);
    expect((await sam.get('/v1/me')).status).toBe(200);
    expect(await deactivateUser(server.db, 'sam@agency.test', NOW)).toBe(
      'Deactivated sam@agency.test: their token no longer works. Their 2 accounts stay in their book, visible to their lead and admins; move them with reassign.',
    );
    expect((await sam.get('/v1/me')).status).toBe(401);
    expect((await sam.get('/v1/pull')).status).toBe(401);
    const leadSees = (await lead.pullAll()).changes.map((c) => c.id).sort();
    expect(leadSees).toEqual(['s-1', 's-2', 's-n1']);
    expect(await listUsers(server.db)).toBe(
      [
        'EMAIL            NAME  ROLE  LEAD             STATUS       ACCOUNTS',
        'lee@agency.test  Lee   csm   -                active       0',
        'lou@agency.test  Lou   lead  -                active       0',
        'sam@agency.test  Sam   csm   lou@agency.test  deactivated  2',
      ].join('\n'),
    );
  });

  it('refuses to give a deactivated user a token, a book or an account, until reactivated with a new token', async () => {
    await expect(rotateToken(server.db, 'sam@agency.test')).rejects.toThrow('is deactivated; reactivate-user');
    await expect(importBook(server.db, 'sam@agency.test', makeBook({}), NOW)).rejects.toThrow('is deactivated');
    await expect(reassignAccount(server.db, 's-1', 'sam@agency.test', NOW)).rejects.toThrow('is deactivated');
    const fresh = await reactivateUser(server.db, 'sam@agency.test');
    expect(fresh).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await new Client(server.url, samToken).get('/v1/me')).status).toBe(401);
    expect((await new Client(server.url, fresh).get('/v1/me')).status).toBe(200);
    samToken = fresh;
  });

  it('deletes a user only once what they own has a new owner, who takes over their team', async () => {
    await expect(deleteUser(server.db, 'sam@agency.test', undefined, NOW)).rejects.toThrow(
      'sam@agency.test owns 2 accounts; give --reassign-to EMAIL to move them first. Nothing was deleted.',
    );
    const teamToken = await server.createUser({ email: 'tam@agency.test', name: 'Tam', role: 'lead' });
    await server.createUser({ email: 'kit@agency.test', name: 'Kit', lead: 'tam@agency.test' });
    expect(await deleteUser(server.db, 'tam@agency.test', 'lou@agency.test', NOW)).toBe(
      'Deleted tam@agency.test. Their team (1) now reports to lou@agency.test.',
    );
    expect((await new Client(server.url, teamToken).get('/v1/me')).status).toBe(401);
    expect(await deleteUser(server.db, 'sam@agency.test', 'lee@agency.test', NOW)).toBe(
      'Deleted sam@agency.test. Moved their 2 accounts to lee@agency.test.',
    );
    expect((await new Client(server.url, samToken).get('/v1/me')).status).toBe(401);
    const leeClient = new Client(server.url, await rotateToken(server.db, 'lee@agency.test'));
    const book = await leeClient.pullAll();
    expect(book.changes.map((c) => c.id).sort()).toEqual(['s-1', 's-2', 's-n1']);
    expect(book.changes.find((c) => c.id === 's-1')!.row).toMatchObject({ ownerName: 'Lee' });
    expect(await listUsers(server.db)).not.toContain('sam@agency.test');
    expect(await listUsers(server.db)).toContain('kit@agency.test  Kit   csm   lou@agency.test');
  });
});

describe.each(BACKENDS)('migration 3 repairs what was stored before the rules, on $name', ({ databaseUrl }) => {
  let db: Db;
  let drop: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    if (databaseUrl) {
      const scratch = await freshSchema(databaseUrl);
      db = await openPostgres(scratch.url);
      drop = scratch.drop;
    } else db = await openPglite(undefined);
    await migrate(db, MIGRATIONS.slice(0, 2));
  });
  afterAll(async () => {
    await db.close();
    await drop?.();
  });

  it('cleans a poisoned owner name into every account that copied it, and tombstones rows under deleted accounts', async () => {
    const bad = 'Evil\u001b[2JName';
    await db.query(
      `INSERT INTO users (id, email, name, role, token_hash) VALUES ('u-evil', 'evil@agency.test', $1, 'csm', 'h1')`,
      [bad],
    );
    const account = { ...makeAccount('poisoned'), ownerId: 'u-evil', ownerName: bad, rev: 1 };
    const gone = { ...makeAccount('gone'), ownerId: 'u-evil', ownerName: 'Evil', rev: 2, deleted: true };
    const orphan = { ...makeTask('orphan-t', 'gone'), rev: 1 };
    for (const [table, row, deleted, rev] of [
      ['accounts', account, false, 1],
      ['accounts', gone, true, 2],
      ['tasks', orphan, false, 1],
    ] as const) {
      await db.query(
        `INSERT INTO rows (table_name, id, account_id, rev, deleted, data, updated_at) VALUES ($1, $2, $3, $4, $5, $6::jsonb, now())`,
        [table, row.id, 'accountId' in row ? row.accountId : row.id, rev, deleted, JSON.stringify(row)],
      );
    }
    await db.query(`INSERT INTO account_owners VALUES ('poisoned', 'u-evil'), ('gone', 'u-evil')`);
    await db.query('UPDATE rev_counter SET value = 2');
    expect(validateRow('accounts', account).ok).toBe(false);

    expect(await migrate(db, MIGRATIONS.slice(0, 3))).toEqual([3]);
    const [user] = await db.query<{ name: string }>(`SELECT name FROM users WHERE id = 'u-evil'`);
    expect(user!.name).toBe('Evil[2JName');
    const rows = await db.query<{ id: string; rev: number; deleted: boolean; data: Record<string, unknown> }>(
      'SELECT id, rev, deleted, data FROM rows ORDER BY id',
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    // One new revision for the repair, so every laptop pulls the fixed rows.
    expect(byId.get('poisoned')).toMatchObject({ rev: 3, data: { ownerName: 'Evil[2JName', rev: 3 } });
    expect(validateRow('accounts', byId.get('poisoned')!.data).ok).toBe(true);
    expect(byId.get('orphan-t')).toMatchObject({ rev: 3, deleted: true, data: { deleted: true, rev: 3 } });
    expect(byId.get('gone')).toMatchObject({ rev: 2 });
    expect(await db.query('SELECT value FROM rev_counter')).toEqual([{ value: 3 }]);
  });
});
