import { describe, expect, it } from 'vitest';
import type { DeckRecord } from '../../../../src-core/model';
import {
  batchReducer,
  initialBatchState,
  progressOf,
  type BatchState,
  type SavedDeck,
} from '../../../../src-renderer/features/decks/batch-state';
import {
  runDeckBatch,
  type DeckRunRequest,
  type DeckWorkerPort,
  type SaveOutcome,
} from '../../../../src-renderer/features/decks/deck-batch';
import type { DeckBatchRequest, DeckReply, DeckWorkerReply } from '../../../../src-renderer/workers/deck/deck-protocol';
import { DEFAULT_SETTINGS } from '../../../../src-core/settings';
import { DEFAULT_BRANDING } from '../../../../src-core/deck';

/** A worker the test drives by hand: it records what it was sent and replies when told to. */
class FakeWorker implements DeckWorkerPort {
  sent: DeckBatchRequest[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<DeckWorkerReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  transferred: Transferable[][] = [];
  postMessage(message: DeckBatchRequest, transfer: Transferable[]) {
    this.sent.push(message);
    this.transferred.push(transfer);
  }
  terminate() {
    this.terminated = true;
  }
  reply(message: DeckWorkerReply) {
    if (!this.terminated) this.onmessage?.({ data: message } as MessageEvent<DeckWorkerReply>);
  }
}

const flush = () => new Promise((r) => setTimeout(r, 0));

/** The book worker's part, answered at once (workers/deck-input.ts is tested on its own). */
const sendAccounts = async () => ({ accounts: 1 });

function request(accountIds: string[]): DeckRunRequest {
  return {
    type: 'start',
    kind: 'qbr',
    periodKey: '2026-Q3',
    now: '2026-10-05T12:00:00.000Z',
    settings: DEFAULT_SETTINGS,
    branding: DEFAULT_BRANDING,
    template: null,
    jobs: accountIds.map((accountId) => ({ accountId, commentary: {}, omittedSlides: [], includedSlides: [] })),
  };
}

function deck(index: number, accountId: string, accountName: string): DeckReply<'deck'> {
  const record = { id: `deck-${index}`, sizeBytes: 1000 + index } as DeckRecord;
  return {
    type: 'deck',
    index,
    accountId,
    accountName,
    fileName: `${accountName} — QBR 2026-Q3.pptx`,
    bytes: new ArrayBuffer(4),
    record,
    warnings: [],
  };
}

function savedDeck(d: DeckReply<'deck'>): SavedDeck {
  return {
    accountId: d.accountId,
    accountName: d.accountName,
    fileName: d.fileName,
    location: d.fileName,
    recordId: d.record.id,
    fileId: null,
    sizeBytes: d.record.sizeBytes,
  };
}

function savedOk(d: DeckReply<'deck'>): SaveOutcome {
  return { ok: true, deck: savedDeck(d) };
}

describe('the batch state', () => {
  it('counts saved and failed accounts to the end; a failure does not stop the run', () => {
    let s: BatchState = initialBatchState(3);
    s = batchReducer(s, { type: 'progress', index: 0, accountId: 'a', accountName: 'Acme' });
    expect(s.current).toBe('Acme');
    s = batchReducer(s, { type: 'failed', index: 0, accountId: 'a', accountName: 'Acme', message: 'No data.' });
    s = batchReducer(s, { type: 'progress', index: 1, accountId: 'b', accountName: 'Bolt' });
    expect(progressOf(s)).toEqual({ label: '1 of 3', fraction: 1 / 3 });
    s = batchReducer(s, {
      type: 'saved',
      deck: {
        accountId: 'b',
        accountName: 'Bolt',
        fileName: 'b.pptx',
        location: 'b.pptx',
        recordId: 'r2',
        fileId: null,
        sizeBytes: 10,
      },
    });
    expect(s.status).toBe('running');
    s = batchReducer(s, {
      type: 'save-failed',
      failure: { accountId: 'c', accountName: 'Cato', message: 'Folder is read-only.' },
    });
    expect(s).toMatchObject({ status: 'finished', done: 3, current: null });
    expect(s.failed.map((f) => f.accountName)).toEqual(['Acme', 'Cato']);
  });

  it('keeps what was saved when cancelled, and says each warning once', () => {
    let s = initialBatchState(4);
    s = batchReducer(s, deck(0, 'a', 'Acme'));
    s = batchReducer(s, { ...deck(1, 'b', 'Bolt'), warnings: ['Logo too big.'] });
    s = batchReducer(s, { ...deck(2, 'c', 'Cato'), warnings: ['Logo too big.'] });
    s = batchReducer(s, { type: 'saved', deck: savedDeck(deck(0, 'a', 'Acme')) });
    s = batchReducer(s, { type: 'cancel' });
    s = batchReducer(s, { type: 'progress', index: 3, accountId: 'd', accountName: 'Dune' });
    expect(s).toMatchObject({ status: 'cancelled', done: 1, current: null, warnings: ['Logo too big.'] });
    expect(s.saved).toHaveLength(1);
  });
});

describe('a run of the deck worker', () => {
  it('sends one request, saves decks in the order they arrive, and finishes when every account is answered', async () => {
    const worker = new FakeWorker();
    const saved: string[] = [];
    const states: BatchState[] = [];
    const run = runDeckBatch(worker, request(['a', 'b', 'c']), {
      sendAccounts,
      save: async (d) => {
        saved.push(d.accountName);
        return savedOk(d);
      },
      onState: (s) => states.push(s),
    });
    expect(worker.sent).toHaveLength(1);
    expect(worker.sent[0]!.jobs.map((j) => j.accountId)).toEqual(['a', 'b', 'c']);
    worker.reply({ type: 'progress', index: 0, accountId: 'a', accountName: 'Acme' });
    worker.reply(deck(0, 'a', 'Acme'));
    worker.reply({ type: 'progress', index: 1, accountId: 'b', accountName: 'Bolt' });
    worker.reply({
      type: 'failed',
      index: 1,
      accountId: 'b',
      accountName: 'Bolt',
      message: 'Account "b" is not in the book.',
    });
    worker.reply({ type: 'progress', index: 2, accountId: 'c', accountName: 'Cato' });
    worker.reply(deck(2, 'c', 'Cato'));
    worker.reply({ type: 'done' });
    const final = await run.finished;
    expect(saved).toEqual(['Acme', 'Cato']);
    expect(final).toMatchObject({ status: 'finished', done: 3, total: 3 });
    expect(final.saved.map((s) => s.recordId)).toEqual(['deck-0', 'deck-2']);
    expect(final.failed).toEqual([{ accountId: 'b', accountName: 'Bolt', message: 'Account "b" is not in the book.' }]);
    expect(worker.terminated).toBe(true);
    expect(states.some((s) => s.current === 'Bolt')).toBe(true);
  });

  it('cancel stops the worker at once; decks already received are still saved', async () => {
    const worker = new FakeWorker();
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => (release = r));
    const run = runDeckBatch(worker, request(['a', 'b', 'c', 'd']), {
      sendAccounts,
      save: async (d) => {
        await gate;
        return savedOk(d);
      },
      onState: () => {},
    });
    worker.reply(deck(0, 'a', 'Acme'));
    run.cancel();
    worker.reply(deck(1, 'b', 'Bolt'));
    expect(worker.terminated).toBe(true);
    release();
    const final = await run.finished;
    expect(final.status).toBe('cancelled');
    expect(final.saved.map((s) => s.accountName)).toEqual(['Acme']);
    expect(final.done).toBe(1);
  });

  it('a save that must stop the run (no folder chosen) stops it and says why', async () => {
    const worker = new FakeWorker();
    let calls = 0;
    const run = runDeckBatch(worker, request(['a', 'b']), {
      sendAccounts,
      save: async () => {
        calls++;
        return { ok: false, message: 'No folder was chosen.', stopBatch: true };
      },
      onState: () => {},
    });
    worker.reply(deck(0, 'a', 'Acme'));
    await flush();
    worker.reply(deck(1, 'b', 'Bolt'));
    const final = await run.finished;
    expect(calls).toBe(1);
    expect(final).toMatchObject({ status: 'stopped', stopReason: 'No folder was chosen.' });
    expect(worker.terminated).toBe(true);
  });

  it('a worker that cannot start ends the run with a message', async () => {
    const worker = new FakeWorker();
    const run = runDeckBatch(worker, request(['a']), {
      sendAccounts,
      save: async (d) => savedOk(d),
      onState: () => {},
    });
    worker.onerror?.({ message: 'SyntaxError in module' } as ErrorEvent);
    const final = await run.finished;
    expect(final).toMatchObject({ status: 'stopped', stopReason: 'Deck generation stopped: SyntaxError in module.' });
  });
  it('hands the deck worker one end of a channel and the book worker the other; nothing of the book passes the page', async () => {
    const worker = new FakeWorker();
    let bookEnd: MessagePort | null = null;
    runDeckBatch(worker, request(['a']), {
      sendAccounts: async (port) => {
        bookEnd = port;
        return { accounts: 1 };
      },
      save: async (d) => savedOk(d),
      onState: () => {},
    });
    const deckEnd = worker.sent[0]!.book;
    expect(worker.transferred[0]).toEqual([deckEnd]);
    const heard = new Promise((resolve) => (deckEnd.onmessage = (e) => resolve(e.data)));
    bookEnd!.postMessage({ type: 'accounts', accounts: [] });
    expect(await heard).toEqual({ type: 'accounts', accounts: [] });
    deckEnd.close();
  });

  it('when the book worker cannot send the accounts, the run stops and says why', async () => {
    const worker = new FakeWorker();
    const run = runDeckBatch(worker, request(['a', 'b']), {
      sendAccounts: async () => {
        throw new Error('The background calculation stopped: out of memory.');
      },
      save: async (d) => savedOk(d),
      onState: () => {},
    });
    const final = await run.finished;
    expect(final.status).toBe('stopped');
    expect(final.stopReason).toBe(
      'The book could not be read for the decks: The background calculation stopped: out of memory.',
    );
    expect(worker.terminated).toBe(true);
  });
});
