import { DeckInputError } from '../../src-core/deck/spec/qbr-spec';
import { emptyBookTables, type BookTables } from '../../src-core/model';
import { openFieldbookDb } from '../store/db';
import { getAccountDetail, loadBookTables } from '../store/queries';
import type { DeckBatchRequest, DeckWorkerReply } from './deck/deck-protocol';
import { describeDeckFailure, generateDeck, loadBatchTemplate } from './deck/generate-deck';

/**
 * Decks off the main thread: spec → .pptx bytes per account, posted back one by one with the
 * bytes transferred. Cancelling terminates this worker; decks already posted are the page's.
 * One account failing is reported and the batch goes on.
 */
function reply(message: DeckWorkerReply, transfer: Transferable[] = []): void {
  (self as unknown as { postMessage(m: unknown, t: Transferable[]): void }).postMessage(message, transfer);
}

/** One account reads through its indexes; a batch reads the book once. */
async function readBook(request: DeckBatchRequest): Promise<BookTables> {
  const db = openFieldbookDb(request.dbName);
  try {
    if (request.jobs.length !== 1) return await loadBookTables(db);
    const detail = await getAccountDetail(db, request.jobs[0]!.accountId);
    if (!detail) return emptyBookTables();
    const { account, ...rows } = detail;
    return { ...emptyBookTables(), ...rows, accounts: [account] };
  } finally {
    db.close();
  }
}

async function run(request: DeckBatchRequest): Promise<void> {
  let book: BookTables;
  try {
    book = await readBook(request);
  } catch (error) {
    console.error('[fieldbook] deck worker could not read the book', error);
    return reply({ type: 'fatal', message: `The book could not be read for the decks: ${describeDeckFailure(error)}` });
  }
  const template = await loadBatchTemplate(request.template);
  const names = new Map(book.accounts.map((a) => [a.id, a.name]));
  for (const [index, job] of request.jobs.entries()) {
    const accountName = names.get(job.accountId) ?? job.accountId;
    reply({ type: 'progress', index, accountId: job.accountId, accountName });
    try {
      if (!names.has(job.accountId)) throw new DeckInputError('This account is no longer in your book.');
      const deck = await generateDeck(book, request, job, index, () => crypto.randomUUID(), template);
      reply(deck, [deck.bytes]);
    } catch (error) {
      console.error('[fieldbook] deck failed for', job.accountId, error);
      reply({ type: 'failed', index, accountId: job.accountId, accountName, message: describeDeckFailure(error) });
    }
  }
  reply({ type: 'done' });
}

self.onmessage = (event: MessageEvent<DeckBatchRequest>) => {
  if (event.data?.type === 'start') void run(event.data);
};
