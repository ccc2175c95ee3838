import { resolve } from 'node:path';
import { coreSuite } from './core.bench';
import { deckSuite } from './deck.bench';
import { importSuite } from './import.bench';
import { syncSuite } from './sync.bench';
import { formatTable, writeResults, type BenchSuite, type Measurement } from './harness';

/**
 * `npm run bench [-- --quick]`: the performance suite. Prints a table of each benchmark beside its
 * same-run baseline and writes bench/results.json. `--quick` uses small sizes (under 3 minutes).
 */
const SUITES: BenchSuite[] = [coreSuite, deckSuite, syncSuite, importSuite];

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
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
