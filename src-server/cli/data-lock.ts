import { closeSync, mkdirSync, openSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { processIdentity } from './process-identity';

/**
 * A PGlite data folder has exactly one owner process: opening it twice would corrupt it. The
 * owner writes `fieldbook.lock` (created exclusively, readable only by its user) with its pid
 * and the process's start time, and for a server its port, its admin port and a secret: admin
 * commands then go through that server's admin channel.
 */
export interface LockInfo {
  pid: number;
  /** The owner's start time as the OS records it (null where unknown): tells a reused pid apart. */
  processStart?: string | null;
  kind: 'server' | 'admin';
  port: number | null;
  /** The server's local admin channel (admin-app.ts); null until it listens. */
  adminPort?: number | null;
  secret: string | null;
  startedAt: string;
}

export const LOCK_FILE = 'fieldbook.lock';

export interface DataLock {
  update(changes: Partial<Pick<LockInfo, 'port' | 'adminPort' | 'secret'>>): void;
  release(): void;
}

export type LockAttempt = { ok: true; lock: DataLock } | { ok: false; holder: LockInfo };

export function acquireDataLock(dir: string, info: Pick<LockInfo, 'kind' | 'port' | 'secret'>): LockAttempt {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const path = join(dir, LOCK_FILE);
  let current: LockInfo = {
    ...info,
    pid: process.pid,
    processStart: processIdentity(process.pid)?.startedAt ?? null,
    startedAt: new Date().toISOString(),
  };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o600);
      writeFileSync(fd, JSON.stringify(current));
      closeSync(fd);
      return {
        ok: true,
        lock: ownedLock(
          path,
          () => current,
          (next) => (current = next),
        ),
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readLock(dir);
    if (holder && isAlive(holder)) return { ok: false, holder };
    // The previous owner died without cleaning up (or crashed while writing): the lock is stale.
    if (holder || attempt > 0) unlinkSync(path);
    else sleepSync(100);
  }
  const holder = readLock(dir);
  return { ok: false, holder: holder ?? { pid: 0, kind: 'admin', port: null, secret: null, startedAt: '' } };
}

export function readLock(dir: string): LockInfo | null {
  try {
    const parsed = JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')) as LockInfo;
    return typeof parsed.pid === 'number' ? parsed : null;
  } catch {
    return null;
  }
}

function ownedLock(path: string, get: () => LockInfo, set: (info: LockInfo) => void): DataLock {
  return {
    update(changes) {
      const next = { ...get(), ...changes };
      // Rename over the old file so a reader never sees half a lock.
      writeFileSync(`${path}.tmp`, JSON.stringify(next), { mode: 0o600 });
      renameSync(`${path}.tmp`, path);
      set(next);
    },
    release() {
      try {
        const onDisk = JSON.parse(readFileSync(path, 'utf8')) as LockInfo;
        if (onDisk.pid === process.pid) unlinkSync(path);
      } catch {
        // Already gone: nothing to release.
      }
    },
  };
}

/** Whether the lock's owner still runs: its pid answers, is no zombie, and started when it said. */
export function isAlive(holder: Pick<LockInfo, 'pid' | 'processStart'>): boolean {
  if (holder.pid === process.pid) return false;
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const identity = processIdentity(holder.pid);
  if (identity === null) return true;
  if (identity.state === 'Z') return false;
  return !holder.processStart || holder.processStart === identity.startedAt;
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
