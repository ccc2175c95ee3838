import { useCallback, useEffect, useState } from 'react';

/**
 * The 15-minute prep timer of one account. Kept in sessionStorage so leaving the prep screen
 * (to look something up on the account) does not reset it; it is not book data and never syncs.
 */
interface TimerState {
  /** Epoch ms when the timer was last started; null while paused. */
  runningSince: number | null;
  /** Milliseconds run before `runningSince`. */
  accumulatedMs: number;
  /** Minutes already written to the timesheet as prep. */
  loggedMinutes: number;
}

const EMPTY: TimerState = { runningSince: null, accumulatedMs: 0, loggedMinutes: 0 };
const key = (accountId: string) => `fieldbook.prepTimer.${accountId}`;

function load(accountId: string): TimerState {
  try {
    const raw = window.sessionStorage.getItem(key(accountId));
    return raw ? { ...EMPTY, ...(JSON.parse(raw) as Partial<TimerState>) } : EMPTY;
  } catch {
    return EMPTY;
  }
}

function save(accountId: string, state: TimerState): void {
  try {
    window.sessionStorage.setItem(key(accountId), JSON.stringify(state));
  } catch {
    // Storage disabled: the timer still runs for this visit.
  }
}

export interface PrepTimer {
  elapsedSeconds: number;
  running: boolean;
  /** Whole minutes run but not yet logged as prep time. */
  unloggedMinutes: number;
  start(): void;
  pause(): void;
  markLogged(minutes: number): void;
}

export function usePrepTimer(accountId: string): PrepTimer {
  const [state, setState] = useState<TimerState>(() => load(accountId));
  const [nowMs, setNowMs] = useState(() => Date.now());
  useEffect(() => {
    if (state.runningSince === null) return;
    const id = setInterval(() => setNowMs(Date.now()), 1_000);
    return () => clearInterval(id);
  }, [state.runningSince]);
  const update = useCallback(
    (next: (s: TimerState) => TimerState) =>
      setState((s) => {
        const n = next(s);
        save(accountId, n);
        return n;
      }),
    [accountId],
  );
  const elapsedMs = state.accumulatedMs + (state.runningSince === null ? 0 : Math.max(0, nowMs - state.runningSince));
  const elapsedSeconds = Math.floor(elapsedMs / 1000);
  return {
    elapsedSeconds,
    running: state.runningSince !== null,
    unloggedMinutes: Math.max(0, Math.floor(elapsedSeconds / 60) - state.loggedMinutes),
    start: () => {
      const t = Date.now();
      setNowMs(t);
      update((s) => (s.runningSince === null ? { ...s, runningSince: t } : s));
    },
    pause: () =>
      update((s) =>
        s.runningSince === null
          ? s
          : { ...s, runningSince: null, accumulatedMs: s.accumulatedMs + Math.max(0, Date.now() - s.runningSince) },
      ),
    markLogged: (minutes) => update((s) => ({ ...s, loggedMinutes: s.loggedMinutes + minutes })),
  };
}
