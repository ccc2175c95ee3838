import type { RowDraft, Writer } from '../../store';
import type { Platform } from '../../platform';
import type { DeckReply } from '../../workers/deck/deck-protocol';
import type { SaveOutcome } from './deck-batch';

export const PPTX_MIME = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/**
 * Where each saved deck went, by DeckRecord id, for "Open" and "Reveal in folder". The platform
 * hands out file ids for this session only (the renderer never holds a path to act on), so
 * older decks show their file name without those buttons.
 */
const fileIds = new Map<string, string>();

export function savedFileId(recordId: string): string | null {
  return fileIds.get(recordId) ?? null;
}

/**
 * The bytes of the decks saved in this session, by DeckRecord id, so "Email to client" can attach
 * the file just made without asking the CSM to find it. Only the latest few are kept.
 */
const SESSION_DECKS = 8;
const sessionDecks = new Map<string, { fileName: string; bytes: Uint8Array }>();

export function sessionDeck(recordId: string): { fileName: string; bytes: Uint8Array } | null {
  return sessionDecks.get(recordId) ?? null;
}

function keepSessionDeck(recordId: string, fileName: string, bytes: Uint8Array): void {
  sessionDecks.set(recordId, { fileName, bytes });
  for (const key of sessionDecks.keys()) if (sessionDecks.size > SESSION_DECKS) sessionDecks.delete(key);
}

export type SaveMode = 'ask' | 'folder';

/**
 * Saves one deck through the platform, then records it. Electron: a single deck opens a save
 * dialog; a batch goes into the folder chosen once (asked for the first time it is needed).
 * Browser: a download. The DeckRecord is written only once the file is saved.
 */
export async function saveDeck(
  platform: Platform,
  writer: Writer,
  deck: DeckReply<'deck'>,
  mode: SaveMode,
): Promise<SaveOutcome> {
  const request = { suggestedName: deck.fileName, bytes: new Uint8Array(deck.bytes), mimeType: PPTX_MIME };
  let result = await platform.saveFile({ ...request, destination: mode === 'folder' ? 'remembered-folder' : 'ask' });
  if (!result.saved && result.reason === 'no-folder' && platform.chooseSaveFolder) {
    const folder = await platform.chooseSaveFolder();
    if (!folder)
      return {
        ok: false,
        message: 'No folder was chosen, so the decks were not saved. Generate again and choose a folder.',
        stopBatch: true,
      };
    result = await platform.saveFile({ ...request, destination: 'remembered-folder' });
  }
  if (!result.saved) {
    if (result.reason === 'cancelled') return { ok: false, message: 'Not saved: the save dialog was cancelled.' };
    return {
      ok: false,
      message:
        result.message ??
        'The file could not be saved. Check that the folder exists and is not read-only, then try again.',
    };
  }
  const { id, rev: _rev, deleted: _deleted, updatedAt: _updatedAt, ...fields } = deck.record;
  const draft: RowDraft<'decks'> = { ...fields, id };
  await writer.upsertRow('decks', draft);
  if (result.fileId) fileIds.set(id, result.fileId);
  keepSessionDeck(id, deck.fileName, request.bytes);
  return {
    ok: true,
    deck: {
      accountId: deck.accountId,
      accountName: deck.accountName,
      fileName: deck.fileName,
      location: result.location,
      recordId: id,
      fileId: result.fileId ?? null,
      sizeBytes: deck.record.sizeBytes,
    },
  };
}
