import { readFileSync } from 'node:fs';

/**
 * Who a pid is, beyond "some process answers to it": its state and when it started. A lock
 * naming a pid that is a zombie (exited, not yet reaped) or that now belongs to another process
 * (pids are reused) is stale, though `kill(pid, 0)` says the pid is alive. Linux reads both from
 * /proc; elsewhere this returns null and the caller falls back to `kill(pid, 0)`.
 */
export interface ProcessIdentity {
  /** `Z` for a zombie (see proc(5)). */
  state: string;
  /** Start time in clock ticks since boot: differs for a reused pid. */
  startedAt: string;
}

export function processIdentity(pid: number): ProcessIdentity | null {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // The command name (field 2) is in brackets and may hold spaces: count fields after its end.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const state = fields[0];
  const startedAt = fields[19];
  return state && startedAt ? { state, startedAt } : null;
}
