import type { Table } from 'dexie';
import type { DeckKind } from '../../../src-core/deck';
import type { FieldbookDb } from '../../store/db';
import { parseDraft, type DeckDraft } from './deck-choices';

/**
 * Unsent outline drafts live beside the store's own meta records (local to this laptop, never
 * synced). Read by name rather than widening the store's meta key type for a feature's values.
 */

function metaTable(db: FieldbookDb): Table<{ key: string; value: unknown }, string> {
  return db.table('meta');
}

export function draftKey(accountId: string, kind: DeckKind, periodKey: string): string {
  return `deckDraft:${accountId}:${kind}:${periodKey}`;
}

export async function readDraft(
  db: FieldbookDb,
  accountId: string,
  kind: DeckKind,
  periodKey: string,
): Promise<DeckDraft | null> {
  return parseDraft((await metaTable(db).get(draftKey(accountId, kind, periodKey)))?.value);
}

export async function writeDraft(
  db: FieldbookDb,
  accountId: string,
  kind: DeckKind,
  periodKey: string,
  draft: DeckDraft,
): Promise<void> {
  await metaTable(db).put({ key: draftKey(accountId, kind, periodKey), value: draft });
}

/** Once a deck is generated its DeckRecord holds the choices; the draft is no longer needed. */
export async function clearDraft(db: FieldbookDb, accountId: string, kind: DeckKind, periodKey: string): Promise<void> {
  await metaTable(db).delete(draftKey(accountId, kind, periodKey));
}
