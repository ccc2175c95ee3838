import type { Db } from '../db/adapter';
import { refreshStatistics } from './statistics';
import { purgeExpiredTombstones } from './tombstones';

export interface TombstoneSchedule {
  /** Runs one purge now (also what each tick does); resolves to how many tombstones went. */
  runNow(): Promise<number>;
  stop(): void;
}

export interface TombstoneScheduleOptions {
  db: Db;
  days: number;
  now: () => Date;
  /** How often to purge; every six hours by default, so a server that runs for months keeps up. */
  everyMs?: number;
  /** Told of each purge that forgot something, and of each failure (the next tick tries again). */
  report: (event: { purged: number } | { error: string }) => void;
}

const SIX_HOURS_MS = 6 * 3_600_000;

/**
 * Purges expired tombstones at start and then on a timer, and refreshes the planner's statistics
 * after each purge (`refreshStatistics`: PGlite runs no autovacuum, and pushes change the tables
 * too). Several server processes sharing one PostgreSQL may all run it: a purge is one
 * transaction and purging twice forgets nothing more.
 */
export function scheduleTombstonePurge(options: TombstoneScheduleOptions): TombstoneSchedule {
  const runNow = async () => {
    try {
      const purged = await purgeExpiredTombstones(options.db, options.now(), options.days);
      if (purged > 0) options.report({ purged });
      await refreshStatistics(options.db);
      return purged;
    } catch (error) {
      options.report({ error: error instanceof Error ? error.message : String(error) });
      return 0;
    }
  };
  void runNow();
  const timer = setInterval(() => void runNow(), options.everyMs ?? SIX_HOURS_MS);
  timer.unref();
  return { runNow, stop: () => clearInterval(timer) };
}
