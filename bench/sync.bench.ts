import { measureSync } from '../test/e2e/support/sync-bench';
import { measurement, type BenchSuite } from './harness';

/**
 * Issue 3: sync into IndexedDB in Chromium (persistent profile, fixed port) beside writing the same
 * rows straight into IndexedDB in the same browser. Add `syncSuite` to SUITES in run.ts to adopt it.
 */
export const syncSuite: BenchSuite = {
  name: 'sync',
  async run(quick) {
    const results = await measureSync({ bigAccounts: quick ? 100 : 500 });
    return results.map((r) =>
      measurement({
        name: r.name,
        size: `${r.rows.toLocaleString('en-US')} rows`,
        ms: r.syncMs,
        baselineName: 'same rows, Dexie bulkPut, one transaction',
        baselineMs: r.directMs,
        notes: `${Math.round(r.rows / (r.syncMs / 1000)).toLocaleString('en-US')} rows/s; pulling alone ${Math.round(r.pullOnlyMs)} ms`,
      }),
    );
  },
};
