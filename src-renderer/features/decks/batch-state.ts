import type { DeckWorkerReply } from '../../workers/deck/deck-protocol';

/**
 * What the progress bar and the result list show of a run of decks (one account or the whole
 * book). A pure reducer over the worker's replies and the page's saves, so the rules — a failure
 * never stops the batch, cancel keeps what was saved — are tested without a worker.
 */
export interface SavedDeck {
  accountId: string;
  accountName: string;
  fileName: string;
  location: string;
  recordId: string;
  fileId: string | null;
  sizeBytes: number;
}

export interface FailedDeck {
  accountId: string;
  accountName: string;
  message: string;
}

export type BatchStatus = 'running' | 'finished' | 'cancelled' | 'stopped';

export interface BatchState {
  status: BatchStatus;
  total: number;
  /** Accounts answered: saved or failed. */
  done: number;
  /** The account the worker is on, while running. */
  current: string | null;
  saved: SavedDeck[];
  failed: FailedDeck[];
  /** Per-deck warnings (broken logo, …), each said once. */
  warnings: string[];
  /** Why a run stopped early (no folder chosen, the book unreadable). */
  stopReason: string | null;
}

export type BatchEvent =
  | DeckWorkerReply
  | { type: 'saved'; deck: SavedDeck }
  | { type: 'save-failed'; failure: FailedDeck }
  | { type: 'cancel' }
  | { type: 'stop'; reason: string };

export function initialBatchState(total: number): BatchState {
  return { status: 'running', total, done: 0, current: null, saved: [], failed: [], warnings: [], stopReason: null };
}

export function batchReducer(state: BatchState, event: BatchEvent): BatchState {
  switch (event.type) {
    case 'progress':
      return state.status === 'running' ? { ...state, current: event.accountName } : state;
    case 'deck':
      return { ...state, warnings: [...new Set([...state.warnings, ...event.warnings])] };
    case 'saved':
      return settle({ ...state, saved: [...state.saved, event.deck] });
    case 'failed':
      return settle({
        ...state,
        failed: [
          ...state.failed,
          { accountId: event.accountId, accountName: event.accountName, message: event.message },
        ],
      });
    case 'save-failed':
      return settle({ ...state, failed: [...state.failed, event.failure] });
    case 'done':
      return state;
    case 'fatal':
      return { ...state, status: 'stopped', current: null, stopReason: event.message };
    case 'cancel':
      return state.status === 'running' ? { ...state, status: 'cancelled', current: null } : state;
    case 'stop':
      return state.status === 'running'
        ? { ...state, status: 'stopped', current: null, stopReason: event.reason }
        : state;
  }
}

/** One more account answered; the run is finished when every account is. */
function settle(state: BatchState): BatchState {
  const done = state.done + 1;
  if (state.status !== 'running' || done < state.total) return { ...state, done };
  return { ...state, done, status: 'finished', current: null };
}

/** "3 of 12" and the fraction for the progress bar. */
export function progressOf(state: BatchState): { label: string; fraction: number } {
  return { label: `${state.done} of ${state.total}`, fraction: state.total === 0 ? 1 : state.done / state.total };
}
