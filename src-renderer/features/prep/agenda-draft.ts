import { useCallback, useSyncExternalStore } from 'react';
import type { TalkingPoints } from '../../../src-core/prep';

/** A first agenda from the talking points: the CSM edits it; their edits are kept on this laptop. */
export function defaultAgenda(points: TalkingPoints): string {
  const lines = [
    '1. Wins since last time',
    ...points.working.slice(0, 2).map((p) => `   - ${p}`),
    '2. What needs work and our plan',
    ...points.needsWork.slice(0, 2).map((p) => `   - ${p}`),
  ];
  let n = 3;
  if (points.expansion.length > 0) lines.push(`${n++}. Opportunity: ${points.expansion[0]}`);
  if (points.risk.length > 0) lines.push(`${n++}. Address: ${points.risk[0]}`);
  lines.push(`${n++}. What we're working on next`, `${n}. Questions and next steps`);
  return lines.join('\n');
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
