import { closeSync, mkdirSync, openSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A PGlite data folder has exactly one owner process: opening it twice would corrupt it. The
 * owner writes `fieldbook.lock` (created exclusively, readable only by its user) with its pid,
 * and for a server its port and a secret: admin commands then go through that server.
 */
export interface LockInfo {
  pid: number;
  kind: 'server' | 'admin';
  port: number | null;
  secret: string | null;
  startedAt: string;
}

export const LOCK_FILE = 'fieldbook.lock';

export interface DataLock {
  update(changes: Partial<Pick<LockInfo, 'port' | 'secret'>>): void;
  release(): void;
}

export type LockAttempt = { ok: true; lock: DataLock } | { ok: false; holder: LockInfo };

export function acquireDataLock(dir: string, info: Pick<LockInfo, 'kind' | 'port' | 'secret'>): LockAttempt {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const path = join(dir, LOCK_FILE);
  let current: LockInfo = { ...info, pid: process.pid, startedAt: new Date().toISOString() };
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
    if (holder && isAlive(holder.pid)) return { ok: false, holder };
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

function isAlive(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
