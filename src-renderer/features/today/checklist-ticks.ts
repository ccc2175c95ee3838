import { useCallback, useSyncExternalStore } from 'react';
import type { ChecklistKey } from '../../../src-core/today';

/**
 * The start-of-day ticks, per book and per day, kept on this laptop only (localStorage): they
 * are the CSM's own progress through the morning, not book data, so they never sync.
 */
const listeners = new Set<() => void>();
const storageKey = (book: string, date: string) => `fieldbook.startOfDay.${book}.${date}`;

function read(book: string, date: string): string {
  try {
    return window.localStorage.getItem(storageKey(book, date)) ?? '';
  } catch {
    return '';
  }
}

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  return () => listeners.delete(onChange);
}

export function useChecklistTicks(
  book: string,
  date: string,
): [Set<ChecklistKey>, (key: ChecklistKey, done: boolean) => void] {
  const raw = useSyncExternalStore(subscribe, () => read(book, date));
  const ticks = new Set(raw.split(',').filter(Boolean) as ChecklistKey[]);
  const setTick = useCallback(
    (key: ChecklistKey, done: boolean) => {
      const next = new Set(read(book, date).split(',').filter(Boolean));
      if (done) next.add(key);
      else next.delete(key);
      try {
        window.localStorage.setItem(storageKey(book, date), [...next].sort().join(','));
      } finally {
        for (const l of listeners) l();
      }
    },
    [book, date],
  );
  return [ticks, setTick];
}
