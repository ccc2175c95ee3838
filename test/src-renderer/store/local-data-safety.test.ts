import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src-core/settings';
import { saveSettingsKind } from '../../../src-renderer/store/settings-repo';
import { describeStoreOpenError } from '../../../src-renderer/platform/store-open-error';
import { createWriter, fieldbookDbName, getMeta, openFieldbookDb, setMeta } from '../../../src-renderer/store';
import { openBookChecked } from '../../../src-renderer/store/open-check';
import { recoverBrokenStore } from '../../../src-renderer/store/recover';
import { currentDbName, readSetAside, type KeyValueStorage } from '../../../src-renderer/store/set-aside';
import { watchVersionChange } from '../../../src-renderer/store/version-change';
import { makeAccount, makeBook, makeClock } from './fixtures';
import { importBook } from '../../../src-renderer/store';

/** RELIABILITY 23 and the "local data safety" items of issue 7. */

function memoryStorage(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

/** A raw IndexedDB connection, as another window running another Fieldbook would hold. */
function rawOpen(name: string, version: number, upgrade?: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name, version);
    req.onupgradeneeded = () => upgrade?.(req.result);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
    req.onblocked = () => reject(new Error('blocked'));
  });
}

async function databaseNames(): Promise<string[]> {
  return (await indexedDB.databases()).map((d) => d.name!).sort();
}

const cannotOpen = () => Object.assign(new Error('Internal error opening backing store'), { name: 'UnknownError' });
/** The native version of a book saved by the next Fieldbook (this one's version + 1, × 10). */
const NEWER = (openFieldbookDb('fieldbook-version-probe').verno + 1) * 10;
let n = 0;
const uniqueKey = (label: string) => `${label}${++n}`;

describe('a version change in another window', () => {
  it('closes this window’s connection so the upgrade is not blocked, and tells the screen', async () => {
    const db = openFieldbookDb(fieldbookDbName(uniqueKey('vc')));
    await db.open();
    let told = 0;
    watchVersionChange(db, () => (told += 1));
    // Dexie's version N is native version N × 10; a newer Fieldbook upgrades to the next one.
    const other = await rawOpen(db.name, NEWER);
    expect(other.version).toBe(NEWER);
    expect(told).toBe(1);
    expect(db.isOpen()).toBe(false);
    // A write tried afterwards fails loudly with the "reload" wording, never silently.
    const error = await db.meta.put({ key: 'cursor', value: 'x' }).catch((e: unknown) => e);
    expect(describeStoreOpenError(error).kind).toBe('changed-elsewhere');
    other.close();
  });

  it('stops telling once unsubscribed', async () => {
    const db = openFieldbookDb(fieldbookDbName(uniqueKey('vc')));
    await db.open();
    let told = 0;
    watchVersionChange(db, () => (told += 1))();
    (await rawOpen(db.name, NEWER)).close();
    expect(told).toBe(0);
  });
});

describe('a book saved by a newer Fieldbook', () => {
  it('is refused with the update message, and its data and version are left as they were', async () => {
    const userKey = uniqueKey('newer');
    const name = fieldbookDbName(userKey);
    const newer = await rawOpen(name, NEWER, (raw) =>
      raw.createObjectStore('outbox', { keyPath: 'seq' }).add({ seq: 1, mutationId: 'm-1' }),
    );
    newer.close();
    const error = await openBookChecked(openFieldbookDb(name)).catch((e: unknown) => e);
    const problem = describeStoreOpenError(error);
    expect(problem.kind).toBe('newer-version');
    expect(problem.actions).toEqual(['update-app']);

    const storage = memoryStorage();
    const recovery = await recoverBrokenStore(
      { userKey, name, error },
      { now: () => '2026-09-14T10:00:00.000Z', storage },
    );
    expect(recovery.kind).toBe('untouched');
    expect(readSetAside(storage)).toEqual([]);
    const after = await rawOpen(name, NEWER);
    expect(after.version).toBe(NEWER);
    expect([...after.objectStoreNames]).toEqual(['outbox']);
    after.close();
  });
});

describe('a book that cannot be opened', () => {
  async function brokenBookWithEdits(userKey: string) {
    const db = openFieldbookDb(fieldbookDbName(userKey));
    await importBook(db, makeBook({ accounts: [makeAccount({ id: 'acc-1' })] }), 'server');
    await setMeta(db, 'clientId', 'client-laptop-1');
    const writer = createWriter(db, makeClock('2026-09-14T09:00:00.000Z'), 'Sam Rivera');
    await writer.addNote('acc-1', 'Dana wants a call on Friday');
    await writer.addNote('acc-1', 'Budget approved for Q4');
    // A settings edit waits in its own outbox: it is rescued with the rows' edits.
    await saveSettingsKind(db, makeClock(), 'settings', {
      ...DEFAULT_SETTINGS,
      businessHours: { ...DEFAULT_SETTINGS.businessHours, end: '16:00' },
    });
    const outbox = await db.outbox.orderBy('seq').toArray();
    await db.rejected.put({
      ...outbox[0]!,
      mutationId: 'refused-1',
      reason: 'validation',
      message: 'too long',
      rejectedAt: '2026-09-13T09:00:00.000Z',
    });
    db.close();
    return outbox.map((e) => e.mutationId);
  }

  it('is kept aside, not deleted, and its unsynced edits move to a fresh book with their mutation ids', async () => {
    const userKey = uniqueKey('broken');
    const name = fieldbookDbName(userKey);
    const mutationIds = await brokenBookWithEdits(userKey);
    expect(mutationIds).toHaveLength(2);
    const storage = memoryStorage();

    const recovery = await recoverBrokenStore(
      { userKey, name, error: cannotOpen() },
      { now: () => '2026-09-14T10:00:00.000Z', storage },
    );

    if (recovery.kind !== 'rebuilt') throw new Error(`expected a rebuild, got ${recovery.kind}`);
    expect(recovery.setAsideName).toBe(name);
    // Two notes and one settings edit unsynced; one refused change kept as refused.
    expect(recovery.rescued).toEqual({ outbox: 3, rejected: 1 });
    expect((await recovery.db.settingsOutbox.toArray()).map((e) => e.ops)).toEqual([
      [{ path: ['businessHours', 'end'], value: '16:00' }],
    ]);
    expect(recovery.db.name).toBe(`${name}-rebuilt-1`);
    expect(readSetAside(storage)).toEqual([
      { name, userKey, at: '2026-09-14T10:00:00.000Z', reason: 'UnknownError', replacedBy: `${name}-rebuilt-1` },
    ]);
    // From now on this user's book is the fresh one; the broken one is never opened automatically.
    expect(currentDbName(userKey, storage)).toBe(`${name}-rebuilt-1`);

    const fresh = recovery.db;
    expect((await fresh.outbox.orderBy('seq').toArray()).map((e) => e.mutationId)).toEqual(mutationIds);
    expect((await fresh.outbox.toArray()).map((e) => e.fields.body)).toEqual([
      'Dana wants a call on Friday',
      'Budget approved for Q4',
    ]);
    expect((await fresh.rejected.toArray()).map((e) => e.mutationId)).toEqual(['refused-1']);
    expect(await getMeta(fresh, 'clientId')).toBe('client-laptop-1');
    expect(await getMeta(fresh, 'userKey')).toBe(userKey);
    expect(await fresh.accounts.count()).toBe(0);

    // The old database is still there with every row.
    expect(await databaseNames()).toContain(name);
    const old = openFieldbookDb(name);
    expect(await old.accounts.count()).toBe(1);
    expect(await old.notes.count()).toBe(2);
    expect((await old.outbox.toArray()).map((e) => e.mutationId)).toEqual(mutationIds);
    old.close();
    fresh.close();
  });

  it('a second failure sets the rebuilt book aside too and follows the chain', async () => {
    const userKey = uniqueKey('twice');
    const name = fieldbookDbName(userKey);
    await brokenBookWithEdits(userKey);
    const storage = memoryStorage();
    const deps = { now: () => '2026-09-14T10:00:00.000Z', storage };
    const first = await recoverBrokenStore({ userKey, name, error: cannotOpen() }, deps);
    if (first.kind !== 'rebuilt') throw new Error('expected a rebuild');
    first.db.close();
    const second = await recoverBrokenStore({ userKey, name: first.db.name, error: cannotOpen() }, deps);
    if (second.kind !== 'rebuilt') throw new Error('expected a rebuild');
    expect(second.db.name).toBe(`${name}-rebuilt-2`);
    expect(second.rescued).toEqual({ outbox: 3, rejected: 1 });
    expect(currentDbName(userKey, storage)).toBe(`${name}-rebuilt-2`);
    second.db.close();
  });

  it('when even the raw outbox cannot be read, opens a fresh book and creates nothing under the old name', async () => {
    const userKey = uniqueKey('gone');
    const name = fieldbookDbName(userKey);
    const storage = memoryStorage();
    const recovery = await recoverBrokenStore(
      { userKey, name, error: cannotOpen() },
      { now: () => '2026-09-14T10:00:00.000Z', storage },
    );
    if (recovery.kind !== 'rebuilt') throw new Error('expected a rebuild');
    expect(recovery.rescued).toBeNull();
    expect(await recovery.db.outbox.count()).toBe(0);
    expect(await databaseNames()).not.toContain(name);
    recovery.db.close();
  });

  it('disk full is not "cannot open": nothing is set aside', async () => {
    const storage = memoryStorage();
    const error = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    const recovery = await recoverBrokenStore(
      { userKey: 'demo', name: 'fieldbook-demo', error },
      { now: () => 'x', storage },
    );
    expect(recovery).toMatchObject({ kind: 'untouched', problem: { kind: 'disk-full' } });
    expect(readSetAside(storage)).toEqual([]);
  });
});
