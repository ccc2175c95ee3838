import { generateDemoBook, DEMO_OWNER } from '../src-core/demo';
import { bookHealth, indexBook } from '../src-core/health';
import type { BookTables } from '../src-core/model';
import { csmScorecard } from '../src-core/scorecard';
import { DEFAULT_SETTINGS } from '../src-core/settings';
import { parsePeriod } from '../src-core/time';
import { bookWarnings } from '../src-core/warnings';
import { medianMs, measurement, type BenchSuite, type Measurement } from './harness';

const AS_OF = '2026-11-20';
const NOW = `${AS_OF}T15:00:00.000Z`;

function book(accounts: number) {
  return generateDemoBook({ seed: 'bench', accounts, years: 2, asOf: AS_OF, owner: DEMO_OWNER });
}

/** The floor for anything that reads a whole book: touching every row and every series value once. */
function touchEveryValue(tables: BookTables): number {
  let sum = 0;
  for (const rows of Object.values(tables)) for (const row of rows as { id: string }[]) sum += row.id.length;
  for (const s of tables.metrics) for (const v of s.values) sum += v ?? 0;
  return sum;
}

function recomputeBook(tables: BookTables): void {
  const accounts = indexBook(tables);
  bookHealth(accounts.values(), NOW, DEFAULT_SETTINGS);
  bookWarnings(accounts.values(), NOW, DEFAULT_SETTINGS);
  csmScorecard([...accounts.values()], parsePeriod('2026-Q4'), NOW, DEFAULT_SETTINGS);
}

export const coreSuite: BenchSuite = {
  name: 'core',
  async run(quick) {
    const out: Measurement[] = [];
    for (const accounts of quick ? [40] : [40, 500]) {
      const sample = book(accounts);
      const rows = Object.values(sample.tables).reduce((n, t) => n + t.length, 0);
      out.push(
        measurement({
          name: 'demo book generation',
          size: `${accounts} accounts, ${rows.toLocaleString('en-US')} rows`,
          ms: await medianMs(() => book(accounts), quick ? 1 : 3),
          baselineName: 'structuredClone of the book',
          baselineMs: await medianMs(() => structuredClone(sample), quick ? 1 : 3),
        }),
      );
    }
    const size = quick ? 100 : 500;
    const tables = book(size).tables;
    out.push(
      measurement({
        name: 'health + warnings + scorecard',
        size: `${size} accounts, 2 years`,
        ms: await medianMs(() => recomputeBook(tables), quick ? 1 : 3),
        baselineName: 'read every row and value once',
        baselineMs: await medianMs(() => touchEveryValue(tables), quick ? 1 : 3),
      }),
    );
    return out;
  },
};
