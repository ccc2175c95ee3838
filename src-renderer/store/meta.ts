import type { Table } from 'dexie';
import type { FieldbookDb, MetaKey, MetaValues } from './db';

/** Key/value facts about the local book: client id, sync cursor, last sync, where the book came from. */
export async function getMeta<K extends MetaKey>(db: FieldbookDb, key: K): Promise<MetaValues[K] | undefined> {
  const record = await db.meta.get(key);
  return record?.value as MetaValues[K] | undefined;
}

export async function setMeta<K extends MetaKey>(db: FieldbookDb, key: K, value: MetaValues[K]): Promise<void> {
  await db.meta.put({ key, value });
}

/**
 * Local-only records a feature keeps beside the meta facts, under its own key prefix (never
 * synced): unsent deck outline drafts. The one place that reads `meta` by an untyped key.
 */
export type LocalRecordKey = `deckDraft:${string}`;

function localRecords(db: FieldbookDb): Table<{ key: string; value: unknown }, string> {
  return db.table('meta');
}

export async function getLocalRecord(db: FieldbookDb, key: LocalRecordKey): Promise<unknown> {
  return (await localRecords(db).get(key))?.value;
}

export async function putLocalRecord(db: FieldbookDb, key: LocalRecordKey, value: unknown): Promise<void> {
  await localRecords(db).put({ key, value });
}

export async function deleteLocalRecord(db: FieldbookDb, key: LocalRecordKey): Promise<void> {
  await localRecords(db).delete(key);
}
