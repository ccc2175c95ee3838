import type { WorkerRequest, WorkerResponse, WorkerResults } from './worker-protocol';

/** The last reply's timings, for the performance check and the curious. */
export interface WorkerTiming {
  kind: WorkerRequest['kind'];
  loadMs: number;
  totalMs: number;
  roundTripMs: number;
  /** `performance.now()` on the main thread when the request was sent and the reply arrived. */
  sentAt: number;
  doneAt: number;
  /** The worker's own split of the time (health, cadence, detection…), when it reports one. */
  phases: Record<string, number> | null;
}

export class BookWorkerError extends Error {}

type Pending = {
  resolve(value: unknown): void;
  reject(error: Error): void;
  kind: WorkerRequest['kind'];
  sentAt: number;
};

/**
 * The main thread's side of the book worker: one module worker for the app, requests matched to
 * replies by id. Timings of the latest replies are kept on `window.__fieldbookWorkerTimings`
 * so the end-to-end test can report them.
 */
class BookWorkerClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private pending = new Map<number, Pending>();
  readonly timings: WorkerTiming[] = [];

  private start(): Worker {
    const worker = new Worker(new URL('./book-worker.ts', import.meta.url), { type: 'module', name: 'fieldbook-book' });
    worker.onmessage = (e: MessageEvent<WorkerResponse>) => this.settle(e.data);
    worker.onerror = (e) => {
      // A worker that fails to load fails every waiting request with a message, never silently.
      const error = new BookWorkerError(
        `The background calculation stopped: ${e.message || 'the worker could not start'}.`,
      );
      for (const p of this.pending.values()) p.reject(error);
      this.pending.clear();
      this.worker = null;
    };
    return worker;
  }

  private settle(reply: WorkerResponse): void {
    const waiting = this.pending.get(reply.id);
    if (!waiting) return;
    this.pending.delete(reply.id);
    if (!reply.ok) {
      waiting.reject(new BookWorkerError(`The background calculation failed: ${reply.message}`));
      return;
    }
    const doneAt = performance.now();
    this.timings.push({
      kind: waiting.kind,
      loadMs: reply.loadMs,
      totalMs: reply.totalMs,
      roundTripMs: Math.round(doneAt - waiting.sentAt),
      sentAt: waiting.sentAt,
      doneAt,
      phases: phasesOf(reply.result),
    });
    if (this.timings.length > 50) this.timings.shift();
    waiting.resolve(reply.result);
  }

  /** `transfer`: what moves to the worker with the request (a deck input's port). */
  request<K extends WorkerRequest['kind']>(
    request: Extract<WorkerRequest, { kind: K }>,
    transfer: Transferable[] = [],
  ): Promise<WorkerResults[K]> {
    this.worker ??= this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, {
        resolve: resolve as (v: unknown) => void,
        reject,
        kind: request.kind,
        sentAt: performance.now(),
      });
      this.worker!.postMessage({ id, request }, transfer);
    });
  }
}

function phasesOf(result: unknown): Record<string, number> | null {
  const timings = (result as { timings?: Record<string, number> } | null)?.timings;
  return timings && typeof timings === 'object' ? { ...timings } : null;
}

export const bookWorker = new BookWorkerClient();

declare global {
  interface Window {
    __fieldbookWorkerTimings?: WorkerTiming[];
  }
}
if (typeof window !== 'undefined') window.__fieldbookWorkerTimings = bookWorker.timings;
