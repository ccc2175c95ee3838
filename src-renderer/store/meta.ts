import type { FieldbookDb, MetaKey, MetaValues } from './db';

/** Key/value facts about the local book: client id, sync cursor, last sync, where the book came from. */
export async function getMeta<K extends MetaKey>(db: FieldbookDb, key: K): Promise<MetaValues[K] | undefined> {
  const record = await db.meta.get(key);
  return record?.value as MetaValues[K] | undefined;
}

export async function setMeta<K extends MetaKey>(db: FieldbookDb, key: K, value: MetaValues[K]): Promise<void> {
  await db.meta.put({ key, value });
}
