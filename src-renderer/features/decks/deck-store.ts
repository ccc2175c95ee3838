import type { Table } from 'dexie';
import type { DeckKind } from '../../../src-core/deck';
import type { FieldbookDb } from '../../store/db';
import { parseStoredBranding, type BrandingSettings } from './branding';
import { parseDraft, type DeckDraft } from './deck-choices';

/**
 * Deck branding and unsent outline drafts live beside the store's own meta records (local to this
 * laptop, never synced). Read by name, like the health settings, rather than widening the store's
 * meta key type for a feature's values.
 */
const BRANDING_KEY = 'deckBranding';

function metaTable(db: FieldbookDb): Table<{ key: string; value: unknown }, string> {
  return db.table('meta');
}

export function draftKey(accountId: string, kind: DeckKind, periodKey: string): string {
  return `deckDraft:${accountId}:${kind}:${periodKey}`;
}

export async function readBranding(db: FieldbookDb): Promise<BrandingSettings> {
  return parseStoredBranding((await metaTable(db).get(BRANDING_KEY))?.value);
}

export async function writeBranding(db: FieldbookDb, branding: BrandingSettings): Promise<void> {
  await metaTable(db).put({ key: BRANDING_KEY, value: branding });
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
