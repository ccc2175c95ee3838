import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { generateDemoBook } from '../../../../src-core/demo';
import { indexBook } from '../../../../src-core/health';
import { csmScorecard, scorecardHeadline } from '../../../../src-core/scorecard';
import { DEFAULT_SETTINGS } from '../../../../src-core/settings';
import { parsePeriod } from '../../../../src-core/time';
import {
  createWriter,
  currentChangeRev,
  importBook,
  loadBookTables,
  type FieldbookDb,
} from '../../../../src-renderer/store';
import type { ScorecardReply } from '../../../../src-renderer/workers/book-scorecards';
import { handleRequest } from '../../../../src-renderer/workers/book-worker-handler';
import { freshDb, makeClock } from '../../store/fixtures';

let db: FieldbookDb | null = null;
afterEach(async () => {
  await db?.delete();
  db = null;
});

const NOW = '2026-11-24T15:30:00.000Z';
/** What the Scorecard screen asks for: the shown quarter last, after its trend. */
const PERIODS = ['2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'];
const ACCOUNTS = 10;

/**
 * The Scorecard screen open while the CSM writes: the worker keeps each account's scorecard parts
 * per period and, after one note, computes only the noted account's parts again; the reply carries
 * the rows behind the figures for the shown period only.
 */
describe('the book worker’s scorecard', () => {
  it('after one note computes one account’s parts again and replies what the screen shows', async () => {
    db = freshDb();
    const book = generateDemoBook({
      seed: 11,
      accounts: ACCOUNTS,
      years: 2,
      asOf: '2026-11-24',
      now: NOW,
      owner: { id: 'u', email: 'u@agency.test', name: 'Sam', role: 'csm' },
    });
    await importBook(db, book, 'demo');
    const ask = async (now = NOW) => {
      const base = {
        dbName: db!.name,
        rev: await currentChangeRev(db!),
        settingsKey: 's',
        now,
        settings: DEFAULT_SETTINGS,
      };
      return (await handleRequest({ ...base, kind: 'scorecard', periodKeys: PERIODS })).result as ScorecardReply;
    };

    const first = await ask();
    expect(first.recomputedAccounts).toBe(ACCOUNTS);
    expect(first.trend.map((s) => s.period)).toEqual(PERIODS);
    // The trend periods carry their headline figures and targets, not the accounts behind them.
    for (const s of first.trend) expect(Object.keys(s)).not.toContain('accounts');
    expect(first.current!.period).toBe('2026-Q4');
    expect(first.current!.accounts.bookValueCents!.length).toBeGreaterThan(0);
    // Asked again with nothing written: every part is held.
    expect((await ask()).recomputedAccounts).toBe(0);

    const noted = book.tables.accounts[3]!.id;
    await createWriter(db, makeClock(NOW), 'Sam').addNote(noted, 'Called about the renewal');
    const after = await ask('2026-11-24T21:00:00.000Z');
    expect(after.recomputedAccounts).toBe(1);

    // The held parts combine into exactly what a whole read of the book computes, at the later moment.
    const accounts = [...indexBook(await loadBookTables(db)).values()];
    const whole = PERIODS.map((k) =>
      csmScorecard(accounts, parsePeriod(k), '2026-11-24T21:00:00.000Z', DEFAULT_SETTINGS),
    );
    expect(after.current).toEqual(whole.at(-1));
    expect(after.trend).toEqual(whole.map(scorecardHeadline));
  });
});
