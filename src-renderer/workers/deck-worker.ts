import { DeckInputError } from '../../src-core/deck/spec/qbr-spec';
import { accountBook, type AccountData } from '../../src-core/health';
import type { DeckBatchRequest, DeckBookMessage, DeckWorkerReply } from './deck/deck-protocol';
import { describeDeckFailure, generateDeck, loadBatchTemplate } from './deck/generate-deck';

/**
 * Decks off the main thread: spec → .pptx bytes per account, posted back one by one with the
 * bytes transferred. The accounts come from the book worker's held book over `request.book`
 * (workers/deck-input.ts), never from a second read of the database. Cancelling terminates this
 * worker; decks already posted are the page's. One account failing is reported and the batch
 * goes on.
 */
function reply(message: DeckWorkerReply, transfer: Transferable[] = []): void {
  (self as unknown as { postMessage(m: unknown, t: Transferable[]): void }).postMessage(message, transfer);
}

/** The one message the book worker posts on the batch's port. */
function receiveAccounts(port: MessagePort): Promise<AccountData[]> {
  return new Promise((resolve, reject) => {
    port.onmessage = (event: MessageEvent<DeckBookMessage>) => {
      port.close();
      const message = event.data;
      if (message.type === 'accounts') resolve(message.accounts);
      else reject(new Error(message.message));
    };
  });
}

async function run(request: DeckBatchRequest): Promise<void> {
  let accounts: Map<string, AccountData>;
  try {
    accounts = new Map((await receiveAccounts(request.book)).map((data) => [data.account.id, data]));
  } catch (error) {
    console.error('[fieldbook] deck worker could not read the book', error);
    return reply({ type: 'fatal', message: `The book could not be read for the decks: ${describeDeckFailure(error)}` });
  }
  const template = await loadBatchTemplate(request.template);
  for (const [index, job] of request.jobs.entries()) {
    const data = accounts.get(job.accountId);
    const accountName = data?.account.name ?? job.accountId;
    reply({ type: 'progress', index, accountId: job.accountId, accountName });
    try {
      if (!data) throw new DeckInputError('This account is no longer in your book.');
      const deck = await generateDeck(accountBook(data), request, job, index, () => crypto.randomUUID(), template);
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
