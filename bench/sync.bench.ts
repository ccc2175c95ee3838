import { measureSync, type BookSpec, type SyncRun } from '../test/e2e/support/sync-bench';
import { figure, median, type BenchSuite, type Measurement } from './harness';

/**
 * `sync.first.typical`, `sync.first.stress`, `sync.resync` and `server.pull`: the real sync client
 * in Chromium against a real team server, beside the same rows written straight into IndexedDB
 * in one transaction (the floor), and the server's pull beside a plain SELECT.
 */
const FLOOR = 'same rows, Dexie bulkPut, one transaction';

function syncFigure(id: string, name: string, size: string, runs: SyncRun[], budget: Measurement['budget']) {
  const rows = runs[0]!.rows;
  return figure({
    id,
    name,
    size: `${size}, ${rows.toLocaleString('en-US')} rows`,
    samples: runs.map((r) => r.syncMs),
    baselineName: FLOOR,
    baselineSamples: runs.map((r) => r.directMs),
    budget,
    notes: `${Math.round(rows / (median(runs.map((r) => r.syncMs)) / 1000)).toLocaleString('en-US')} rows/s; pulling alone ${Math.round(median(runs.map((r) => r.pullOnlyMs)))} ms`,
  });
}

export const syncSuite: BenchSuite = {
  name: 'sync',
  async run(quick) {
    // Quick: small books, still more than one run where a run is short.
    const typical: BookSpec = quick ? { accounts: 20, years: 2, runs: 3 } : { accounts: 80, years: 3, runs: 3 };
    const stress: BookSpec = quick ? { accounts: 60, years: 2, runs: 2 } : { accounts: 500, years: 2, runs: 3 };
    const r = await measureSync(typical, stress);
    return [
      syncFigure(
        'sync.first.typical',
        'first sync, typical book',
        `${typical.accounts} accounts, ${typical.years} years`,
        r.typical,
        {
          ms: 5_000,
          ratio: 2,
        },
      ),
      syncFigure(
        'sync.first.stress',
        'first sync, stress book',
        `${stress.accounts} accounts, ${stress.years} years`,
        r.stress,
        {
          ms: 30_000,
          ratio: 2,
        },
      ),
      syncFigure(
        'sync.resync',
        'sync after 1% of the stress book changed',
        `${r.resyncChanged} rows changed`,
        r.resync,
        {
          ms: 1_000,
        },
      ),
      figure({
        id: 'server.pull',
        name: 'the stress book pulled over HTTP',
        size: `${r.serverPull.rows.toLocaleString('en-US')} rows`,
        samples: r.serverPull.pullMs,
        baselineName: 'plain SELECT of the same rows',
        baselineSamples: r.serverPull.selectMs,
        budget: { ratio: 3 },
      }),
    ];
  },
};
