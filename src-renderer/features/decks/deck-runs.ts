import type { BatchState } from './batch-state';
import type { DeckBatchRun } from './deck-batch';

/**
 * Runs outlive the screen that started them: a CSM who starts the whole book and opens an
 * account meanwhile comes back to the progress bar, not to a cancelled run. One run per scope
 * (`book`, `account:<id>`), held here and read with `useSyncExternalStore`.
 */
interface RunEntry {
  state: BatchState | null;
  run: DeckBatchRun | null;
}

const runs = new Map<string, RunEntry>();
const listeners = new Set<() => void>();

export function subscribeRuns(onChange: () => void): () => void {
  listeners.add(onChange);
  return () => listeners.delete(onChange);
}

export function runStateOf(scope: string): BatchState | null {
  return runs.get(scope)?.state ?? null;
}

export function activeRun(scope: string): DeckBatchRun | null {
  return runs.get(scope)?.run ?? null;
}

export function updateRun(scope: string, change: Partial<RunEntry>): void {
  runs.set(scope, { state: null, run: null, ...runs.get(scope), ...change });
  for (const l of listeners) l();
}
