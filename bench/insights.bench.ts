import { generateDemoBook, DEMO_OWNER } from '../src-core/demo';
import { accountHealth, indexBook, type AccountData } from '../src-core/health';
import type { BookTables } from '../src-core/model';
import { csmScorecard } from '../src-core/scorecard';
import { DEFAULT_SETTINGS } from '../src-core/settings';
import { parsePeriod } from '../src-core/time';
import { bookWarnings } from '../src-core/warnings';
import { reconcileStoredWarnings } from '../src-renderer/features/warnings/warnings-store';
import {
  createWriter,
  currentChangeRev,
  getAccountDetail,
  importBook,
  loadBookTables,
  openFieldbookDb,
  type FieldbookDb,
} from '../src-renderer/store';
import { trailingPeriodKeys } from '../src-renderer/features/scorecard/scorecard-view';
import { computeBookInsights } from '../src-renderer/workers/book-insights';
import { handleRequest } from '../src-renderer/workers/book-worker-handler';
import { figure, median, timesMs, type BenchSuite, type Measurement } from './harness';

/**
 * `insights.book`: health, warnings and the scorecard for the typical book, in memory, beside
 * reading every row and value once. `insights.after-write`: one note saved on the stress book
 * until health, warnings and the open Scorecard screen (its period and trend) are current — the
 * book worker's own handler against IndexedDB (fake IndexedDB in Node) — beside reading and
 * scoring just that account. The whole-book path the app took before the change log (re-read
 * everything, recompute everything) is timed beside it.
 */
const AS_OF = '2026-11-20';
const NOW = `${AS_OF}T15:00:00.000Z`;
const SETTINGS = DEFAULT_SETTINGS;
/** The periods the Scorecard screen asks for: the current quarter and its trend (ScorecardPage). */
const SCREEN_PERIODS = trailingPeriodKeys('2026-Q4', 6);

function book(accounts: number, years: number) {
  return generateDemoBook({ seed: 'bench', accounts, years, asOf: AS_OF, owner: DEMO_OWNER });
}

const rowsOf = (tables: BookTables) => Object.values(tables).reduce((n, t) => n + t.length, 0);

function touchEveryValue(tables: BookTables): number {
  let sum = 0;
  for (const rows of Object.values(tables)) for (const row of rows as { id: string }[]) sum += row.id.length;
  for (const s of tables.metrics) for (const v of s.values) sum += v ?? 0;
  return sum;
}

function insightsOf(tables: BookTables): void {
  const accounts = [...indexBook(tables).values()];
  computeBookInsights(accounts, NOW, SETTINGS);
  bookWarnings(accounts, NOW, SETTINGS);
  csmScorecard(accounts, parsePeriod('2026-Q4'), NOW, SETTINGS);
}

async function insightsBook(quick: boolean): Promise<Measurement> {
  const [accounts, years] = quick ? [40, 2] : [80, 3];
  const tables = book(accounts, years).tables;
  const runs = quick ? 3 : 5;
  return figure({
    id: 'insights.book',
    name: 'health, warnings and scorecard for the typical book',
    size: `${accounts} accounts, ${years} years, ${rowsOf(tables).toLocaleString('en-US')} rows`,
    samples: await timesMs(() => insightsOf(tables), runs),
    baselineName: 'read every row and value once',
    baselineSamples: await timesMs(() => touchEveryValue(tables), runs),
    budget: { ms: 1000 },
  });
}

const request = async (db: FieldbookDb, kind: 'book' | 'warnings' | 'scorecard') => {
  const base = { dbName: db.name, rev: await currentChangeRev(db), settingsKey: 'bench', now: NOW, settings: SETTINGS };
  return kind === 'scorecard'
    ? handleRequest({ ...base, kind, periodKeys: SCREEN_PERIODS })
    : handleRequest({ ...base, kind });
};

/** What a write brings up to date while the Scorecard screen is open; returns the scorecard reply's length. */
async function afterWrite(db: FieldbookDb): Promise<number> {
  await request(db, 'book');
  await request(db, 'warnings');
  return JSON.stringify((await request(db, 'scorecard')).result).length;
}

/** What scoring one account alone costs: health, warnings and its scorecard for the screen's periods. */
function scoreOne(data: AccountData): void {
  accountHealth(data, NOW, SETTINGS);
  bookWarnings([data], NOW, SETTINGS);
  for (const k of SCREEN_PERIODS) csmScorecard([data], parsePeriod(k), NOW, SETTINGS);
}

/** The path before the change log: every write re-read the whole book and recomputed every account. */
async function wholeBookPath(db: FieldbookDb): Promise<void> {
  const accounts = [...indexBook(await loadBookTables(db)).values()];
  computeBookInsights(accounts, NOW, SETTINGS);
  const fresh = bookWarnings(accounts, NOW, SETTINGS);
  await reconcileStoredWarnings(db, fresh, NOW, () => crypto.randomUUID());
  for (const k of SCREEN_PERIODS) csmScorecard(accounts, parsePeriod(k), NOW, SETTINGS);
}

async function insightsAfterWrite(quick: boolean): Promise<Measurement> {
  const accounts = quick ? 100 : 500;
  const stress = book(accounts, 2);
  const db = openFieldbookDb(`bench-after-write-${process.pid}`);
  try {
    await importBook(db, stress, 'demo');
    await afterWrite(db);
    const writer = createWriter(db, { now: () => NOW, newId: () => crypto.randomUUID() }, 'Bench');
    const ids = stress.tables.accounts.map((a) => a.id);
    const samples: number[] = [];
    const floors: number[] = [];
    let replyChars = 0;
    for (let i = 0; i < (quick ? 3 : 7); i++) {
      const accountId = ids[(i * 37) % ids.length]!;
      await writer.addNote(accountId, `Bench note ${i}`);
      let start = performance.now();
      replyChars = await afterWrite(db);
      samples.push(performance.now() - start);
      start = performance.now();
      const detail = (await getAccountDetail(db, accountId))!;
      scoreOne([...indexBook({ ...detail, accounts: [detail.account] }).values()][0]!);
      floors.push(performance.now() - start);
    }
    const before = await timesMs(() => wholeBookPath(db), 1);
    return figure({
      id: 'insights.after-write',
      name: 'one note saved until health, warnings and the open scorecard are current',
      size: `${accounts} accounts, 2 years, ${rowsOf(stress.tables).toLocaleString('en-US')} rows`,
      samples,
      baselineName: 'read and score that one account',
      baselineSamples: floors,
      budget: { ms: 1000 },
      notes:
        `whole-book path (before the change log): ${Math.round(median(before))} ms; ` +
        `scorecard reply: ${replyChars.toLocaleString('en-US')} characters`,
    });
  } finally {
    await db.delete();
  }
}

export const insightsSuite: BenchSuite = {
  name: 'insights',
  async run(quick) {
    return [await insightsBook(quick), await insightsAfterWrite(quick)];
  },
};
