import 'fake-indexeddb/auto';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deckDataHash } from '../../../../src-core/deck';
import { DEFAULT_SETTINGS } from '../../../../src-core/settings';
import { readDecksDue } from '../../../../src-renderer/features/decks/queries';
import { clearDraft, readDraft, writeDraft } from '../../../../src-renderer/features/decks/deck-store';
import { readSettingsState, saveSettingsKind } from '../../../../src-renderer/store/settings-repo';
import { PPTX_MIME, saveDeck, savedFileId } from '../../../../src-renderer/features/decks/save-deck';
import type { Platform, SaveFileRequest, SaveFileResult } from '../../../../src-renderer/platform';
import { createWriter, importBook, loadBookTables, type FieldbookDb } from '../../../../src-renderer/store';
import { generateDeck } from '../../../../src-renderer/workers/deck/generate-deck';
import type { DeckReply } from '../../../../src-renderer/workers/deck/deck-protocol';
import { ACCOUNT_ID, BRANDING, NOW, fixtureBook } from '../../../src-core/deck/fixture-book';
import { freshDb, makeBook, makeClock } from '../../store/fixtures';

/**
 * The core's fixture account as the store takes it: its leads series starts on the Monday of
 * 2026's first week (2025-12-29), which the store refuses in a 2026 series, so that week goes.
 */
function storableFixture() {
  const book = fixtureBook();
  book.metrics = book.metrics.map((s) => {
    const keep = s.dates.map((d, i) => (d.startsWith(`${s.year}-`) ? i : -1)).filter((i) => i >= 0);
    return {
      ...s,
      dates: keep.map((i) => s.dates[i]!),
      values: keep.map((i) => s.values[i]!),
      targets: keep.map((i) => s.targets[i]!),
    };
  });
  return book;
}

let db: FieldbookDb;
beforeEach(async () => {
  db = freshDb();
  await importBook(db, makeBook(storableFixture()), 'demo');
});
afterEach(async () => db.delete());

const request = {
  kind: 'qbr' as const,
  periodKey: '2026-Q3',
  now: NOW,
  settings: DEFAULT_SETTINGS,
  branding: BRANDING,
};

async function makeDeck(
  commentary: Record<string, string> = {},
  omittedSlides: string[] = [],
): Promise<DeckReply<'deck'>> {
  return generateDeck(
    await loadBookTables(db),
    request,
    { accountId: ACCOUNT_ID, commentary, omittedSlides, includedSlides: [] },
    0,
    () => 'deck-1',
  );
}

/** An Electron-like platform: remembered-folder saves need a folder chosen first. */
function electronLike(folder: string | null): Platform & { saves: SaveFileRequest[]; asked: number } {
  let chosen: string | null = null;
  const platform = {
    kind: 'electron' as const,
    saves: [] as SaveFileRequest[],
    asked: 0,
    async saveFile(req: SaveFileRequest): Promise<SaveFileResult> {
      platform.saves.push(req);
      if (req.destination === 'remembered-folder' && !chosen) return { saved: false, reason: 'no-folder' };
      return { saved: true, location: `${chosen}/${req.suggestedName}`, fileId: 'file-7' };
    },
    async chooseSaveFolder() {
      platform.asked++;
      chosen = folder;
      return folder;
    },
  };
  return platform as unknown as Platform & { saves: SaveFileRequest[]; asked: number };
}

describe('a deck from the worker to a saved file and its DeckRecord', () => {
  it('builds a compressed .pptx with one slide part per slide and a record of what it came from', async () => {
    const deck = await makeDeck({ roi: 'Beat the fee.' }, ['appendix']);
    const zip = await JSZip.loadAsync(deck.bytes);
    const slides = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    expect(zip.file('ppt/presentation.xml')).not.toBeNull();
    // 16 slides in the outline, less the appendix divider and its two data pages.
    expect(slides).toHaveLength(13);
    expect(deck.fileName).toBe('Acme Plumbing — QBR 2026-Q3.pptx');
    expect(deck.record).toMatchObject({
      id: 'deck-1',
      accountId: ACCOUNT_ID,
      kind: 'qbr',
      period: '2026-Q3',
      slideCount: 13,
      sizeBytes: deck.bytes.byteLength,
      commentary: { roi: 'Beat the fee.' },
      omittedSlides: ['appendix'],
      dataHash: deckDataHash(storableFixture(), ACCOUNT_ID),
    });
    expect(deck.bytes.byteLength).toBeLessThan(300_000);
  });

  it('asks for a folder once, saves into it, then writes the DeckRecord and its outbox entry', async () => {
    const platform = electronLike('/Users/sam/QBRs');
    const writer = createWriter(db, makeClock(), 'Sam');
    const deck = await makeDeck();
    const outcome = await saveDeck(platform, writer, deck, 'folder');
    expect(outcome).toEqual({
      ok: true,
      deck: {
        accountId: ACCOUNT_ID,
        accountName: 'Acme Plumbing',
        fileName: 'Acme Plumbing — QBR 2026-Q3.pptx',
        location: '/Users/sam/QBRs/Acme Plumbing — QBR 2026-Q3.pptx',
        recordId: 'deck-1',
        fileId: 'file-7',
        sizeBytes: deck.bytes.byteLength,
      },
    });
    expect(platform.asked).toBe(1);
    expect(platform.saves.map((s) => [s.destination, s.mimeType, s.bytes.length])).toEqual([
      ['remembered-folder', PPTX_MIME, deck.bytes.byteLength],
      ['remembered-folder', PPTX_MIME, deck.bytes.byteLength],
    ]);
    expect(await db.decks.get('deck-1')).toMatchObject({ kind: 'qbr', period: '2026-Q3', slideCount: 16, rev: 0 });
    expect((await db.outbox.toArray()).map((e) => [e.table, e.op, e.id])).toEqual([['decks', 'upsert', 'deck-1']]);
    expect(savedFileId('deck-1')).toBe('file-7');
  });

  it('no folder chosen stops the run and records nothing', async () => {
    const writer = createWriter(db, makeClock(), 'Sam');
    const outcome = await saveDeck(electronLike(null), writer, await makeDeck(), 'folder');
    expect(outcome).toEqual({
      ok: false,
      message: 'No folder was chosen, so the decks were not saved. Generate again and choose a folder.',
      stopBatch: true,
    });
    expect(await db.decks.count()).toBe(0);
  });

  it('a refused write (read-only folder) passes main’s message on and records nothing', async () => {
    const platform = {
      kind: 'electron',
      saveFile: async () => ({
        saved: false,
        reason: 'failed',
        message: 'The folder is read-only. Choose another folder.',
      }),
    } as unknown as Platform;
    const outcome = await saveDeck(platform, createWriter(db, makeClock(), 'Sam'), await makeDeck(), 'ask');
    expect(outcome).toEqual({ ok: false, message: 'The folder is read-only. Choose another folder.' });
    expect(await db.decks.count()).toBe(0);
  });
});

describe('deck data kept on this laptop', () => {
  it('keeps branding with the CSM’s settings and outline drafts in the meta table', async () => {
    expect((await readSettingsState(db)).branding.agencyName).toBe('Your agency');
    await saveSettingsKind(db, makeClock(), 'branding', {
      agencyName: 'Northwind',
      primaryColor: '112233',
      accentColor: 'AABBCC',
      font: 'Arial',
      logo: null,
    });
    expect((await readSettingsState(db)).branding).toEqual({
      agencyName: 'Northwind',
      primaryColor: '112233',
      accentColor: 'AABBCC',
      font: 'Arial',
      logo: null,
      template: null,
    });
    const draft = {
      savedAt: '2026-10-05T12:00:00.000Z',
      commentary: { roi: 'Draft words' },
      omittedSlides: ['feedback'],
      includedSlides: ['wins'],
    };
    await writeDraft(db, ACCOUNT_ID, 'qbr', '2026-Q3', draft);
    expect(await readDraft(db, ACCOUNT_ID, 'qbr', '2026-Q3')).toEqual(draft);
    expect(await readDraft(db, ACCOUNT_ID, 'qbr', '2026-Q2')).toBeNull();
    await clearDraft(db, ACCOUNT_ID, 'qbr', '2026-Q3');
    expect(await readDraft(db, ACCOUNT_ID, 'qbr', '2026-Q3')).toBeNull();
  });

  it('a deck generated today does not count as holding the QBR: the account stays due', async () => {
    // Started 2025-01-06 with no QBR held: due 2025-01-06 + 90 days = 2025-04-06, long overdue.
    const due = [
      { accountId: ACCOUNT_ID, accountName: 'Acme Plumbing', dueDate: '2025-04-06', lastDate: null, overdue: true },
    ];
    const now = '2026-10-05T12:00:00.000Z';
    expect(await readDecksDue(db, 'qbr', 30, '2026-10-05', DEFAULT_SETTINGS, now)).toEqual(due);
    await saveDeck(electronLike('/tmp'), createWriter(db, makeClock(now), 'Sam'), await makeDeck(), 'ask');
    expect(await readDecksDue(db, 'qbr', 30, '2026-10-05', DEFAULT_SETTINGS, now)).toEqual(due);
  });
});
