import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_BRANDING } from '../../../src-core/deck';
import { accountBook, indexBook, type AccountData } from '../../../src-core/health';
import type { BookTables } from '../../../src-core/model';
import { DEFAULT_SETTINGS } from '../../../src-core/settings';
import { createWriter, currentChangeRev, loadBookTables, type FieldbookDb } from '../../../src-renderer/store';
import { handleRequest } from '../../../src-renderer/workers/book-worker-handler';
import { postDeckInput } from '../../../src-renderer/workers/deck-input';
import type { DeckBookMessage, DeckJob } from '../../../src-renderer/workers/deck/deck-protocol';
import { generateDeck } from '../../../src-renderer/workers/deck/generate-deck';
import { demoBookDb, makeClock } from '../store/fixtures';

// Every whole-book read goes through loadBookTables: counting its calls shows decks do not read the book again.
vi.mock('../../../src-renderer/store/queries', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src-renderer/store/queries')>();
  return { ...actual, loadBookTables: vi.fn(actual.loadBookTables) };
});
const wholeReads = () => vi.mocked(loadBookTables).mock.calls.length;

let db: FieldbookDb | null = null;
afterEach(async () => {
  await db?.delete();
  db = null;
  vi.mocked(loadBookTables).mockClear();
});

const NOW = '2026-11-24T09:30:00.000Z';

const demoDb = () => demoBookDb(13, 8, NOW);

async function base() {
  return {
    dbName: db!.name,
    rev: await currentChangeRev(db!),
    settingsKey: 'default',
    now: NOW,
    settings: DEFAULT_SETTINGS,
  };
}

/** What the deck worker hears on its end of the channel, and what the page hears back. */
async function deckInput(accountIds: string[]): Promise<{ accounts: AccountData[]; sent: unknown }> {
  const channel = new MessageChannel();
  const heard = new Promise<DeckBookMessage>((resolve) => (channel.port2.onmessage = (e) => resolve(e.data)));
  const { result } = await handleRequest({ ...(await base()), kind: 'deck-input', accountIds, port: channel.port1 });
  const message = await heard;
  channel.port2.close();
  if (message.type !== 'accounts') throw new Error(message.message);
  return { accounts: message.accounts, sent: result };
}

const job = (accountId: string): DeckJob => ({ accountId, commentary: {}, omittedSlides: [], includedSlides: [] });
const request = {
  kind: 'qbr' as const,
  periodKey: '2026-Q3',
  now: NOW,
  settings: DEFAULT_SETTINGS,
  branding: DEFAULT_BRANDING,
};

/** A deck's content: its record (bar the file size, which pptxgenjs's own ids vary by a few bytes), file name and warnings. */
async function deckFrom(book: BookTables, accountId: string) {
  const deck = await generateDeck(book, request, job(accountId), 0, () => 'deck-id');
  const { sizeBytes: _size, ...record } = deck.record;
  return { record, fileName: deck.fileName, accountName: deck.accountName, warnings: deck.warnings };
}

describe('decks from the book worker’s held book', () => {
  it('equal decks from a fresh read, without reading the whole book a second time', async () => {
    db = await demoDb();
    await handleRequest({ ...(await base()), kind: 'book' });
    expect(wholeReads()).toBe(1);
    const ids = (await db.accounts.orderBy('id').primaryKeys()) as string[];
    const [a, b, c] = ids;
    // A note after the book was read: the batch must see it (the worker catches up to the revision).
    await createWriter(db, makeClock(NOW), 'Sam').addNote(a!, 'Owner asked about the spring campaign.');

    const { accounts, sent } = await deckInput([c!, a!, b!, 'gone-account']);
    expect(wholeReads()).toBe(1);
    expect(sent).toEqual({ accounts: 3 });
    expect(accounts.map((d) => d.account.id)).toEqual([c, a, b]);
    expect(accounts[1]!.notes.map((n) => n.body)).toContain('Owner asked about the spring campaign.');

    const fresh = await loadBookTables(db);
    for (const data of accounts) {
      expect(await deckFrom(accountBook(data), data.account.id)).toEqual(await deckFrom(fresh, data.account.id));
    }
  });

  it('one account’s deck, with no book held yet, reads that account alone', async () => {
    db = await demoDb();
    const id = (await db.accounts.toCollection().first())!.id;
    const { accounts } = await deckInput([id]);
    expect(wholeReads()).toBe(0);
    expect(accounts).toEqual([indexBook(await loadBookTables(db)).get(id)]);
  });

  it('tells the deck worker when the accounts cannot be read, so it never waits', async () => {
    const channel = new MessageChannel();
    const heard = new Promise<DeckBookMessage>((resolve) => (channel.port2.onmessage = (e) => resolve(e.data)));
    const failing = postDeckInput(channel.port1, async () => {
      throw new Error('The database is being upgraded.');
    });
    await expect(failing).rejects.toThrow('The database is being upgraded.');
    expect(await heard).toEqual({ type: 'failed', message: 'The database is being upgraded.' });
    channel.port2.close();
  });
});
