import type Dexie from 'dexie';

/**
 * When another window (or a newer Fieldbook) upgrades this database, IndexedDB asks every open
 * connection to close first; a connection that stays open blocks the upgrade in the other window.
 * So this window closes at once and tells the CSM to reload.
 *
 * Nothing typed is lost by closing: every write is its own committed IndexedDB transaction
 * (strict durability, see db.ts), so what the CSM saw saved is already on disk. A write tried
 * after the close fails with DatabaseClosedError, which describeStoreOpenError words as
 * "updated in another window — reload", never silently.
 *
 * Returns the unsubscribe.
 */
export function watchVersionChange(db: Dexie, onChange: () => void): () => void {
  const handler = () => {
    // Closed without auto-reopen: this (older) code must not reopen the upgraded schema.
    db.close();
    onChange();
    return false;
  };
  db.on('versionchange', handler);
  return () => db.on('versionchange').unsubscribe(handler);
}
