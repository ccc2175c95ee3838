import type { DeckBatchRequest, DeckReply, DeckWorkerReply } from '../../workers/deck/deck-protocol';
import { batchReducer, initialBatchState, type BatchEvent, type BatchState, type SavedDeck } from './batch-state';

/** The part of a `Worker` a batch uses; tests pass a fake. */
export interface DeckWorkerPort {
  postMessage(message: DeckBatchRequest, transfer: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<DeckWorkerReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** What saving one deck (the file, then its DeckRecord) came to. */
export type SaveOutcome =
  | { ok: true; deck: SavedDeck }
  | { ok: false; message: string /** Stop the whole run (e.g. no folder was chosen). */; stopBatch?: boolean };

export interface DeckBatchRun {
  cancel(): void;
  /** Resolves once the run is over and every deck already made is saved. */
  finished: Promise<BatchState>;
}

/** A batch as the page asks for it; the port its accounts arrive on is the run's own. */
export type DeckRunRequest = Omit<DeckBatchRequest, 'book'>;

/**
 * Drives one run of the deck worker. Its accounts go from the book worker to the deck worker
 * over a channel of the run's own (`deps.sendAccounts`), never through the page; when they cannot
 * be sent the run stops with the reason. Decks are saved one at a time in the order they arrive, so
 * folder prompts never overlap and the DeckRecords are written in order; the worker meanwhile
 * builds the next deck. Cancel terminates the worker at once: decks already received are still
 * saved, nothing further is made.
 */
export function runDeckBatch(
  worker: DeckWorkerPort,
  request: DeckRunRequest,
  deps: {
    /** Has the book worker post the jobs' accounts on `port` (workers/deck-input.ts). */
    sendAccounts(port: MessagePort): Promise<unknown>;
    save(deck: DeckReply<'deck'>): Promise<SaveOutcome>;
    onState(state: BatchState): void;
  },
): DeckBatchRun {
  let state = initialBatchState(request.jobs.length);
  let saving: Promise<void> = Promise.resolve();
  let finish: (s: BatchState) => void = () => {};
  const finished = new Promise<BatchState>((resolve) => (finish = resolve));
  let over = false;

  const dispatch = (event: BatchEvent) => {
    state = batchReducer(state, event);
    deps.onState(state);
  };
  const end = () => {
    if (over) return;
    over = true;
    worker.terminate();
    void saving.then(() => finish(state));
  };
  const saveOne = async (deck: DeckReply<'deck'>) => {
    if (state.status === 'stopped') return;
    try {
      const outcome = await deps.save(deck);
      if (outcome.ok) return dispatch({ type: 'saved', deck: outcome.deck });
      dispatch({
        type: 'save-failed',
        failure: { accountId: deck.accountId, accountName: deck.accountName, message: outcome.message },
      });
      if (outcome.stopBatch) {
        dispatch({ type: 'stop', reason: outcome.message });
        end();
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      dispatch({ type: 'save-failed', failure: { accountId: deck.accountId, accountName: deck.accountName, message } });
    }
  };

  worker.onmessage = (event) => {
    const reply = event.data;
    if (over && reply.type !== 'deck') return;
    dispatch(reply);
    if (reply.type === 'deck') saving = saving.then(() => saveOne(reply));
    if (reply.type === 'done' || reply.type === 'fatal') end();
  };
  worker.onerror = (event) => {
    dispatch({
      type: 'fatal',
      message: `Deck generation stopped: ${event.message || 'the background worker could not start'}.`,
    });
    end();
  };
  deps.onState(state);
  if (request.jobs.length === 0) end();
  else
    start(worker, request, deps.sendAccounts, (message) => {
      if (over) return;
      dispatch({ type: 'fatal', message });
      end();
    });
  return {
    cancel() {
      if (over) return;
      dispatch({ type: 'cancel' });
      end();
    },
    finished,
  };
}

function start(
  worker: DeckWorkerPort,
  request: DeckRunRequest,
  sendAccounts: (port: MessagePort) => Promise<unknown>,
  fail: (message: string) => void,
): void {
  const channel = new MessageChannel();
  worker.postMessage({ ...request, book: channel.port2 }, [channel.port2]);
  sendAccounts(channel.port1).catch((error: unknown) => {
    console.error('[fieldbook] the book worker could not send the decks’ accounts', error);
    fail(`The book could not be read for the decks: ${error instanceof Error ? error.message : String(error)}`);
  });
}

/** The real worker: a module worker Vite bundles on its own. */
export function startDeckWorker(): DeckWorkerPort {
  return new Worker(new URL('../../workers/deck-worker.ts', import.meta.url), {
    type: 'module',
    name: 'fieldbook-decks',
  }) as unknown as DeckWorkerPort;
}
