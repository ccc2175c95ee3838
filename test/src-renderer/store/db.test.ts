import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { TABLE_NAMES } from '../../../src-core/model';
import {
  fieldbookDbName,
  getMeta,
  hasBook,
  pendingCount,
  serverUserKey,
  setMeta,
  type FieldbookDb,
} from '../../../src-renderer/store';
import { freshDb } from './fixtures';

let db: FieldbookDb;
afterEach(async () => db?.delete());

describe('the local database', () => {
  it('opens from an empty database with every synced and local table', async () => {
    db = freshDb();
    await db.open();
    const names = db.tables.map((t) => t.name).sort();
    expect(names).toEqual(
      [
        ...TABLE_NAMES,
        'accountChanges',
        'accountResults',
        'accountSummaries',
        'meta',
        'outbox',
        'rejected',
        'settingsLayers',
        'settingsOutbox',
        'tableChanges',
        'warnings',
      ].sort(),
    );
    expect(db.verno).toBe(8);
    expect(await pendingCount(db)).toBe(0);
    expect(await hasBook(db)).toBe(false);
  });

  it('indexes activities for the account timeline and the calendar', async () => {
    db = freshDb();
    await db.open();
    const indexes = db.activities.schema.indexes.map((i) => i.name).sort();
    expect(indexes).toEqual(['[accountId+at]', 'at']);
    expect(db.outbox.schema.primKey.auto).toBe(true);
  });

  it('keeps meta values by key', async () => {
    db = freshDb();
    await setMeta(db, 'bookSource', 'demo');
    await setMeta(db, 'cursor', 'c-42');
    expect(await getMeta(db, 'bookSource')).toBe('demo');
    expect(await getMeta(db, 'cursor')).toBe('c-42');
    expect(await getMeta(db, 'clientId')).toBeUndefined();
    expect(await hasBook(db)).toBe(true);
  });
});

describe('database names', () => {
  it('gives each user on each server their own database', () => {
    expect(fieldbookDbName('demo')).toBe('fieldbook-demo');
    const sam = serverUserKey('https://sync.agency.test/', 'u-sam');
    expect(sam).toBe(serverUserKey('https://SYNC.agency.test', 'u-sam'));
    expect(sam).not.toBe(serverUserKey('https://sync.agency.test', 'u-lee'));
    expect(sam).not.toBe(serverUserKey('https://other.agency.test', 'u-sam'));
    expect(fieldbookDbName(sam)).toMatch(/^fieldbook-u[0-9a-z]+$/);
  });
});
