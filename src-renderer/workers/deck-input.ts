import type { AccountData } from '../../src-core/health';
import type { DeckBookMessage } from './deck/deck-protocol';
import type { DeckInputSent } from './worker-protocol';

/**
 * The book worker's side of a deck batch: the batch's accounts, from the book it holds, posted
 * in one message on the port the deck worker listens to (DESIGN §9: one owner of "the deck input
 * for an account"). The deck worker is told when they cannot be read, so it never waits forever;
 * the page then hears the same failure from the request.
 */
export async function postDeckInput(
  port: MessagePort,
  accounts: () => Promise<{ accounts: AccountData[]; loadMs: number }>,
): Promise<{ result: DeckInputSent; loadMs: number }> {
  let read: Awaited<ReturnType<typeof accounts>>;
  try {
    read = await accounts();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    port.postMessage({ type: 'failed', message } satisfies DeckBookMessage);
    throw error;
  }
  port.postMessage({ type: 'accounts', accounts: read.accounts } satisfies DeckBookMessage);
  return { result: { accounts: read.accounts.length }, loadMs: read.loadMs };
}

/** The accounts with these ids in this order; an id the book no longer holds is left out. */
export function heldAccounts(held: ReadonlyMap<string, AccountData>, ids: readonly string[]): AccountData[] {
  return ids.flatMap((id) => held.get(id) ?? []);
}
