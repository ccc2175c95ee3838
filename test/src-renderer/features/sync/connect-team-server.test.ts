import 'fake-indexeddb/auto';
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../../src-server/testing';
import {
  ConnectError,
  normaliseServerUrl,
  openUserDb,
  verifySignIn,
} from '../../../../src-renderer/session/connect-team-server';
import { createWriter, fieldbookDbName, getMeta, pendingCount, type FieldbookDb } from '../../../../src-renderer/store';
import { SyncEngine } from '../../../../src-renderer/sync';
import { makeAccount, makeBook, makeClock, makeContract } from '../../store/fixtures';

/**
 * The Connect button's checks against a real team server over real HTTP, and RELIABILITY 7:
 * a second user signing in on the same laptop gets their own book and never pushes the first
 * user's outbox; the first user's edits sync when they sign in again.
 */
let server: TestServer;
let notFieldbook: Server;
let notFieldbookUrl: string;
let samToken: string;
let leeToken: string;

beforeAll(async () => {
  server = await startTestServer({ now: () => new Date('2026-09-14T09:00:00.000Z') });
  samToken = await server.createUser({ email: 'sam@agency.test', name: 'Sam Rivera' });
  leeToken = await server.createUser({ email: 'lee@agency.test', name: 'Lee Chen' });
  await server.seedBook(
    'sam@agency.test',
    makeBook({
      accounts: [makeAccount({ id: 'acc-sam' })],
      contracts: [makeContract({ id: 'con-sam', accountId: 'acc-sam' })],
    }),
  );
  await server.seedBook(
    'lee@agency.test',
    makeBook({ accounts: [makeAccount({ id: 'acc-lee', name: 'Cole & Park Law' })] }),
  );
  notFieldbook = createServer((_req, res) =>
    res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>'),
  );
  await new Promise<void>((resolve) => notFieldbook.listen(0, '127.0.0.1', resolve));
  const address = notFieldbook.address();
  notFieldbookUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}, 60_000);
afterAll(async () => {
  await server?.close();
  notFieldbook?.close();
});

async function problemOf(attempt: Promise<unknown>): Promise<{ problem: string; message: string }> {
  const error = await attempt.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof ConnectError)) throw new Error(`expected a ConnectError, got ${String(error)}`);
  return { problem: error.problem, message: error.message };
}

describe('the Connect button', () => {
  it('tidies the address a CSM pastes', () => {
    expect(normaliseServerUrl(' https://sync.agency.com/ ')).toBe('https://sync.agency.com');
    expect(normaliseServerUrl('127.0.0.1:8787')).toBe('http://127.0.0.1:8787');
    expect(normaliseServerUrl('https://agency.com/fieldbook/')).toBe('https://agency.com/fieldbook');
    expect(() => normaliseServerUrl('ftp://sync.agency.com')).toThrow('plain http:// or https:// address');
    expect(() => normaliseServerUrl('https://sam:pw@sync.agency.com')).toThrow('plain http:// or https:// address');
    expect(() => normaliseServerUrl('http://')).toThrow('Enter the team server’s address');
  });

  it('signs in with the token admin create-user printed and names that user', async () => {
    const verified = await verifySignIn(`${server.url}/`, `  ${samToken}\n`);
    expect(verified.serverUrl).toBe(server.url);
    expect(verified.me).toMatchObject({ email: 'sam@agency.test', name: 'Sam Rivera', role: 'csm' });
    expect(verified.token).toBe(samToken);
  });

  it('says so when nothing answers at the address', async () => {
    expect(await problemOf(verifySignIn('http://127.0.0.1:9', samToken))).toEqual({
      problem: 'unreachable',
      message:
        'Can’t reach a team server at http://127.0.0.1:9. Check the address, that the server is running, and that this laptop is online.',
    });
  });

  it('says so when something else answers at the address', async () => {
    expect(await problemOf(verifySignIn(notFieldbookUrl, samToken))).toEqual({
      problem: 'not_fieldbook',
      message: `${notFieldbookUrl} answered, but it is not a Fieldbook team server. Check the address with your admin.`,
    });
  });

  it('says so when the token is wrong or missing', async () => {
    expect(await problemOf(verifySignIn(server.url, 'not-a-token'))).toEqual({
      problem: 'wrong_token',
      message: 'The team server did not accept this token. Copy the whole token your admin gave you and try again.',
    });
    expect((await problemOf(verifySignIn(server.url, '   '))).problem).toBe('no_token');
  });
});

describe('two people on one laptop (RELIABILITY 7)', () => {
  const dbs: FieldbookDb[] = [];
  afterAll(async () => {
    for (const db of dbs) await db.delete();
  });

  async function signIn(token: string, open: { userKey: string; db: FieldbookDb } | null = null) {
    const verified = await verifySignIn(server.url, token);
    const db = await openUserDb(verified.userKey, open);
    if (!dbs.includes(db)) dbs.push(db);
    // Real UUIDs: the server remembers every mutation id it has seen.
    const clock = { ...makeClock('2026-09-14T10:00:00.000Z'), newId: () => crypto.randomUUID() };
    const engine = new SyncEngine({ db, api: verified.api, clock, maxAttempts: 1 });
    return { ...verified, db, clock, engine };
  }

  it("keeps Sam's unsynced note in Sam's book while Lee syncs, and pushes it when Sam is back", async () => {
    const sam = await signIn(samToken);
    expect((await sam.engine.syncNow()).phase).toBe('idle');
    // Sam writes while the server is unreachable (no sync), then signs out; Lee signs in here.
    await createWriter(sam.db, sam.clock, 'Sam Rivera').addNote('acc-sam', 'Sam: renewal angle for the QBR');
    expect(await pendingCount(sam.db)).toBe(1);

    const lee = await signIn(leeToken, { userKey: sam.userKey, db: sam.db });
    expect(lee.db).not.toBe(sam.db);
    expect(lee.db.name).toBe(fieldbookDbName(lee.userKey));
    expect(await getMeta(lee.db, 'userKey')).toBe(lee.userKey);
    expect((await lee.engine.syncNow()).phase).toBe('idle');
    expect((await lee.db.accounts.toArray()).map((a) => a.id)).toEqual(['acc-lee']);
    expect(await pendingCount(lee.db)).toBe(0);
    expect((await server.exportBook('sam@agency.test')).tables.notes).toEqual([]);
    expect(await pendingCount(sam.db)).toBe(1);

    // Sam signs in again (a new session on the same laptop): same book, and the note reaches the server once.
    const again = await signIn(samToken, { userKey: lee.userKey, db: lee.db });
    expect(again.db.name).toBe(sam.db.name);
    expect((await again.engine.syncNow()).phase).toBe('idle');
    const notes = (await server.exportBook('sam@agency.test')).tables.notes;
    expect(notes.map((n) => n.body)).toEqual(['Sam: renewal angle for the QBR']);
    expect((await server.exportBook('lee@agency.test')).tables.notes).toEqual([]);
  });

  it('reuses the open database when the same user signs in again (a revoked token replaced)', async () => {
    const sam = await signIn(samToken);
    const again = await openUserDb(sam.userKey, { userKey: sam.userKey, db: sam.db });
    expect(again).toBe(sam.db);
  });
});
