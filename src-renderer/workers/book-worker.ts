import { handleRequest, type Handled } from './book-worker-handler';
import type { WorkerRequest, WorkerResponse } from './worker-protocol';

/**
 * The book worker's message loop: requests run one at a time (they share the loaded book) and
 * every request gets exactly one reply, an error included, so no screen waits forever.
 */
let queue: Promise<void> = Promise.resolve();

self.onmessage = (event: MessageEvent<{ id: number; request: WorkerRequest }>) => {
  const { id, request } = event.data;
  queue = queue.then(async () => {
    const start = performance.now();
    let reply: WorkerResponse;
    let after: Handled['after'];
    try {
      const handled = await handleRequest(request);
      after = handled.after;
      reply = {
        id,
        ok: true,
        result: handled.result,
        loadMs: handled.loadMs,
        totalMs: Math.round(performance.now() - start),
      };
    } catch (error) {
      console.error('[fieldbook] book worker', request.kind, error);
      reply = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
    }
    try {
      self.postMessage(reply);
    } catch (error) {
      // A result that cannot be cloned must still answer, or the screen would wait forever.
      self.postMessage({
        id,
        ok: false,
        message: error instanceof Error ? error.message : String(error),
      } satisfies WorkerResponse);
    }
    // Storing results for the next cold open: a failure costs only that head start, so it is logged, not shown.
    await after?.().catch((error: unknown) => console.error('[fieldbook] book worker: storing results', error));
  });
};
