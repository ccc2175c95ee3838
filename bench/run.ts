// The insights suite runs the book worker's handler on fake IndexedDB in Node: it must be in place
// before Dexie loads.
import 'fake-indexeddb/auto';
import { resolve } from 'node:path';
import { appSuite } from './app.bench';
import { deckSuite } from './deck.bench';
import { formatTable, writeResults, type BenchSuite, type Measurement } from './harness';
import { importSuite } from './import.bench';
import { insightsSuite } from './insights.bench';
import { syncSuite } from './sync.bench';

/**
 * `npm run bench [-- --quick] [-- --only=SUITE]`: the performance suite. Prints one table of every
 * figure beside its same-run floor and budget and writes bench/results.json (DESIGN §8).
 * `--quick` runs every figure at small sizes (under 3 minutes). Figures over budget are listed
 * last; the run itself succeeds, since a noisy machine can miss a budget by chance.
 */
const SUITES: BenchSuite[] = [insightsSuite, appSuite, deckSuite, syncSuite, importSuite];

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
  const rows: Measurement[] = [];
  for (const suite of SUITES) {
    if (only && suite.name !== only) continue;
    process.stderr.write(`bench: ${suite.name}${quick ? ' (quick)' : ''}…\n`);
    rows.push(...(await suite.run(quick)));
  }
  console.log(formatTable(rows));
  const out = resolve(import.meta.dirname, 'results.json');
  writeResults(out, quick, rows);
  console.log(`\nwritten to ${out}`);
  const missed = rows.filter((r) => !r.pass).map((r) => r.id);
  if (missed.length > 0) console.log(`over budget: ${missed.join(', ')}`);
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
