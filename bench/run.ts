// The insights suite runs the book worker's handler on fake IndexedDB in Node: it must be in place
// before Dexie loads.
import 'fake-indexeddb/auto';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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
 * last; the run itself succeeds, since a noisy machine can miss a budget by chance. Each suite runs
 * in a process of its own (`runInOwnProcesses`).
 */
const SUITES: BenchSuite[] = [insightsSuite, appSuite, deckSuite, syncSuite, importSuite];

/** Set in a suite's own process: where it writes its figures for the parent to collect. */
const CHILD_OUT = 'FIELDBOOK_BENCH_SUITE_OUT';

async function runSuite(suite: BenchSuite, quick: boolean): Promise<Measurement[]> {
  process.stderr.write(`bench: ${suite.name}${quick ? ' (quick)' : ''}…\n`);
  return suite.run(quick);
}

/**
 * Each suite in a process of its own, one after another, so no suite runs beside what the ones
 * before it left: by the deck suite, the single process held 800 MB, and the sync suite's team
 * server runs in the bench's own process.
 */
function runInOwnProcesses(suites: readonly BenchSuite[], quick: boolean): Measurement[] {
  const dir = mkdtempSync(join(tmpdir(), 'fieldbook-bench-'));
  try {
    return suites.flatMap((suite) => {
      const out = join(dir, `${suite.name}.json`);
      const args = [...process.execArgv, process.argv[1]!, `--only=${suite.name}`, ...(quick ? ['--quick'] : [])];
      const run = spawnSync(process.execPath, args, { stdio: 'inherit', env: { ...process.env, [CHILD_OUT]: out } });
      if (run.status !== 0) throw new Error(`the ${suite.name} suite failed (exit ${run.status ?? run.signal})`);
      return JSON.parse(readFileSync(out, 'utf8')) as Measurement[];
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
  const suites = SUITES.filter((suite) => !only || suite.name === only);
  if (suites.length === 0) throw new Error(`no suite named ${only}: ${SUITES.map((s) => s.name).join(', ')}`);
  const childOut = process.env[CHILD_OUT];
  if (childOut) {
    writeFileSync(childOut, JSON.stringify(await runSuite(suites[0]!, quick)));
    return;
  }
  const rows = suites.length === 1 ? await runSuite(suites[0]!, quick) : runInOwnProcesses(suites, quick);
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
