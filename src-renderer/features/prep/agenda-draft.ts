import { useCallback, useSyncExternalStore } from 'react';
import type { ClientPoints } from '../../../src-core/prep';

/**
 * A first agenda from the client's talking points: it may be shared with the client, so it is
 * built from `ClientPoints` only (risks and the CSM's to-dos are on the screen, not in here).
 * The CSM edits it; their edits are kept on this laptop.
 */
export function defaultAgenda(points: ClientPoints): string {
  return [
    '1. Wins since last time',
    ...points.working.slice(0, 2).map((p) => `   - ${p}`),
    '2. What needs work and our plan',
    ...points.needsWork.slice(0, 2).map((p) => `   - ${p}`),
    "3. What we're working on next",
    ...points.workingOn.slice(0, 3).map((p) => `   - ${p}`),
    '4. Questions and next steps',
  ].join('\n');
}

const listeners = new Set<() => void>();
const key = (accountId: string, meetingId: string) => `fieldbook.agenda.${accountId}.${meetingId}`;

export function useAgenda(accountId: string, meetingId: string, fallback: string): [string, (text: string) => void] {
  const stored = useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => {
      try {
        return window.localStorage.getItem(key(accountId, meetingId));
      } catch {
        return null;
      }
    },
  );
  const set = useCallback(
    (text: string) => {
      try {
        window.localStorage.setItem(key(accountId, meetingId), text);
      } finally {
        for (const l of listeners) l();
      }
    },
    [accountId, meetingId],
  );
  return [stored ?? fallback, set];
}
