import { useSyncExternalStore } from 'react';
import { localToday } from './format';

/**
 * Today's local date, updating when the day changes (a laptop left open overnight should not
 * keep counting renewal days from yesterday).
 */
let today = localToday();
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | null = null;

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  timer ??= setInterval(() => {
    const now = localToday();
    if (now !== today) {
      today = now;
      for (const l of listeners) l();
    }
  }, 60_000);
  return () => {
    listeners.delete(onChange);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = null;
    }
  };
}

export function useToday(): string {
  return useSyncExternalStore(subscribe, () => today);
}
