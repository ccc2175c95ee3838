import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { fieldbookDbName, getMeta, hasBook, serverUserKey, type FieldbookDb } from '../../../src-renderer/store';
import { openServerSession } from '../../../src-renderer/sync';
import { makeClock } from '../store/fixtures';
import { FakeSyncServer } from './fake-server';
import { LEE, SAM, setup } from './setup';

const opened: FieldbookDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

describe('signing in to a team server', () => {
  it("opens the user's own database and makes it a book only after the first sync completes", async () => {
    const { server } = setup();
    const session = await openServerSession({
      serverUrl: server.url,
      token: SAM.token,
      clock: makeClock(),
      transport: server.transport,
      engine: { maxAttempts: 1 },
    });
    opened.push(session.db);
    expect(session.me).toMatchObject({ id: SAM.id, name: SAM.name });
    expect(session.db.name).toBe(fieldbookDbName(serverUserKey(server.url, SAM.id)));
    expect(await getMeta(session.db, 'userKey')).toBe(session.userKey);
    expect(await hasBook(session.db)).toBe(false);
    server.faults.push({ on: 'pull', kind: 'network' });
    expect(await session.engine.syncNow()).toMatchObject({ phase: 'offline' });
    expect(await hasBook(session.db)).toBe(false);
    await session.engine.syncNow();
    expect(await getMeta(session.db, 'bookSource')).toBe('server');
  });

  it('gives a second user a different database on the same laptop', async () => {
    const { server } = setup();
    const sam = await openServerSession({
      serverUrl: server.url,
      token: SAM.token,
      clock: makeClock(),
      transport: server.transport,
    });
    const lee = await openServerSession({
      serverUrl: server.url,
      token: LEE.token,
      clock: makeClock(),
      transport: server.transport,
    });
    opened.push(sam.db, lee.db);
    expect(sam.db.name).not.toBe(lee.db.name);
  });

  it('refuses a wrong token with a sign-in message', async () => {
    const server = new FakeSyncServer();
    await expect(
      openServerSession({ serverUrl: server.url, token: 'nope', clock: makeClock(), transport: server.transport }),
    ).rejects.toMatchObject({ kind: 'sign_in' });
  });
});
