import type { DeckSpecKind } from '../../../src-core/deck';
import type { FieldbookDb } from '../../store/db';
import { deleteLocalRecord, getLocalRecord, putLocalRecord, type LocalRecordKey } from '../../store/meta';
import { parseDraft, type DeckDraft } from './deck-choices';

/** Unsent outline drafts: local records of the store (store/meta.ts), never synced. */

export function draftKey(accountId: string, kind: DeckSpecKind, periodKey: string): LocalRecordKey {
  return `deckDraft:${accountId}:${kind}:${periodKey}`;
}

export async function readDraft(
  db: FieldbookDb,
  accountId: string,
  kind: DeckSpecKind,
  periodKey: string,
): Promise<DeckDraft | null> {
  return parseDraft(await getLocalRecord(db, draftKey(accountId, kind, periodKey)));
}

export async function writeDraft(
  db: FieldbookDb,
  accountId: string,
  kind: DeckSpecKind,
  periodKey: string,
  draft: DeckDraft,
): Promise<void> {
  await putLocalRecord(db, draftKey(accountId, kind, periodKey), draft);
}

/** Once a deck is generated its DeckRecord holds the choices; the draft is no longer needed. */
export async function clearDraft(
  db: FieldbookDb,
  accountId: string,
  kind: DeckSpecKind,
  periodKey: string,
): Promise<void> {
  await deleteLocalRecord(db, draftKey(accountId, kind, periodKey));
}
