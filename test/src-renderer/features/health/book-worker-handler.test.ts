import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { generateDemoBook, HVAC_STORY_ACCOUNT_NAME } from '../../../../src-core/demo';
import { DEFAULT_SETTINGS } from '../../../../src-core/settings';
import { listWarnings } from '../../../../src-renderer/features/warnings/warnings-store';
import { createWriter, currentChangeRev, importBook, type FieldbookDb } from '../../../../src-renderer/store';
import type { BookInsights } from '../../../../src-renderer/workers/book-insights';
import type { ScorecardReply } from '../../../../src-renderer/workers/book-scorecards';
import { handleRequest } from '../../../../src-renderer/workers/book-worker-handler';
import type { AccountTrend, WarningsRun } from '../../../../src-renderer/workers/worker-protocol';
import { freshDb, makeClock } from '../../store/fixtures';

let db: FieldbookDb | null = null;
afterEach(async () => {
  await db?.delete();
  db = null;
});

const NOW = '2026-11-24T09:30:00.000Z';

/** The worker's requests against a real (fake-IndexedDB) local book: the demo book, 12 accounts. */
describe('the book worker', () => {
  it('scores every account, raises and stores warnings, builds the scorecard and an account’s trend', async () => {
    db = freshDb();
    const book = generateDemoBook({
      seed: 7,
      accounts: 12,
      years: 2,
      asOf: '2026-11-24',
      // The book as of the worker's now: nothing in it happened later than the scores are taken.
      now: NOW,
      timeZone: 'UTC',
      owner: { id: 'u', email: 'u@agency.test', name: 'Sam', role: 'csm' },
    });
    await importBook(db, book, 'demo');
    const base = {
      dbName: db.name,
      rev: await currentChangeRev(db),
      settingsKey: 's',
      now: NOW,
      settings: DEFAULT_SETTINGS,
    };

    const first = await handleRequest({ ...base, kind: 'book' });
    const insights = first.result as BookInsights;
    expect(insights.health).toHaveLength(12);
    // Beside health, the standing of every account by the same functions (one entry per account).
    expect(insights.standing.map((x) => x.accountId).sort()).toEqual(insights.health.map((h) => h.accountId).sort());
    for (const st of insights.standing)
      expect(st.health.score).toBe(insights.health.find((h) => h.accountId === st.accountId)!.score);
    expect(insights.accounts.map((a) => a.name).sort()).toEqual(book.tables.accounts.map((a) => a.name).sort());
    const hvac = book.tables.accounts.find((a) => a.name === HVAC_STORY_ACCOUNT_NAME)!;
    expect(insights.health.find((h) => h.accountId === hvac.id)!.band).not.toBe('green');

    // Warnings are stored, one per cause.
    const warnings = await handleRequest({ ...base, kind: 'warnings' });
    const run = warnings.result as WarningsRun;
    const stored = await listWarnings(db);
    expect(stored).toHaveLength(run.detected);
    expect(new Set(stored.map((w) => w.causeKey)).size).toBe(stored.length);
    expect(stored.some((w) => w.accountId === hvac.id && w.status === 'open')).toBe(true);
    // Running again changes nothing stored.
    expect(((await handleRequest({ ...base, kind: 'warnings' })).result as WarningsRun).changed).toBe(0);

    const scorecards = (await handleRequest({ ...base, kind: 'scorecard', periodKeys: ['2026-Q2', '2026-Q3'] }))
      .result as ScorecardReply;
    expect(scorecards.trend.map((s) => s.period)).toEqual(['2026-Q2', '2026-Q3']);
    expect(scorecards.current!.period).toBe('2026-Q3');
    expect(scorecards.current!.revenueLostAllowanceCents).toBe(
      Math.round(0.03 * scorecards.current!.startMrrCents * 3),
    );

    const trend = (await handleRequest({ ...base, kind: 'trend', accountId: hvac.id, days: 90 }))
      .result as AccountTrend;
    expect(trend.snapshots).toHaveLength(91);
    expect(trend.snapshots[90]!.date).toBe('2026-11-24');
    expect(trend.trend?.score).toBe(insights.health.find((h) => h.accountId === hvac.id)!.score);

    // The held book is reused while the revision stays; a write moves it and the worker catches up.
    await createWriter(db, makeClock(), 'Sam').upsertRow('accounts', {
      ...hvac,
      id: 'acc-new',
      name: 'Newly Synced Dental',
    });
    const names = async (rev: number) =>
      ((await handleRequest({ ...base, rev, kind: 'book' })).result as BookInsights).accounts.map((a) => a.name);
    expect(await names(base.rev)).not.toContain('Newly Synced Dental');
    expect(await names(await currentChangeRev(db))).toContain('Newly Synced Dental');
  });
});
