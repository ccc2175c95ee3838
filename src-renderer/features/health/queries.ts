import { useQuery, type QueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import type { Settings } from '../../../src-core/settings';
import { useDb } from '../../app/book-session';
import { currentChangeRev, type FieldbookDb } from '../../store';
import { currentResults, readStoredResults, type StoredSnapshot } from '../../store/stored-results';
import type { AccountInsights } from '../../workers/book-insights';
import { bookWorker } from '../../workers/book-worker-client';
import type { WorkerRequest } from '../../workers/worker-protocol';
import { currentInstant, useToday } from '../shared/clock';
import { useEffectiveSettings } from '../settings/queries';

/**
 * Book-wide numbers (health, warnings, cadence, scorecard) come from the book worker. Their keys
 * carry the settings' version and today; a change to any synced table marks them stale
 * (app/refresh-by-table.ts), so the last results stay on screen while the worker catches up to the
 * book's change revision (store/change-log.ts), re-reading and recomputing only the accounts
 * that changed.
 */
export const insightKeys = {
  all: ['insights'] as const,
  computed: () => [...insightKeys.all, 'computed'] as const,
  book: (v: InsightVersion) => [...insightKeys.computed(), 'book', v] as const,
  stored: () => [...insightKeys.computed(), 'stored'] as const,
  warningsRun: (v: InsightVersion) => [...insightKeys.computed(), 'warnings-run', v] as const,
  scorecard: (v: InsightVersion, periodKeys: readonly string[]) =>
    [...insightKeys.computed(), 'scorecard', v, ...periodKeys] as const,
  trend: (v: InsightVersion, accountId: string, days: number) =>
    [...insightKeys.computed(), 'trend', v, accountId, days] as const,
  obligations: (v: InsightVersion) => [...insightKeys.computed(), 'obligations', v] as const,
};

export interface InsightVersion {
  settings: string;
  today: string;
}

/**
 * A short fingerprint of the settings' content, so saving the same values, or toggling the
 * comp-plan view (kept beside them), does not recompute the book.
 */
export function settingsVersion(settings: Settings): string {
  let version = versions.get(settings);
  if (version === undefined) {
    const text = JSON.stringify(settings);
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    version = `${(h >>> 0).toString(36)}-${text.length}`;
    versions.set(settings, version);
  }
  return version;
}

// Settings objects are never changed in place (a save reads them again), so a fingerprint per object holds.
const versions = new WeakMap<Settings, string>();

/** What every worker request needs, or null while the book or the settings are still loading. */
function useInsightBase() {
  const db = useDb();
  const today = useToday();
  const settings = useEffectiveSettings();
  const current = settings.data?.settings;
  const fingerprint = useMemo(() => (current ? settingsVersion(current) : ''), [current]);
  if (!settings.data) return null;
  const version: InsightVersion = { settings: fingerprint, today };
  const loaded = settings.data.settings;
  const base = async (): Promise<Omit<WorkerRequest, 'kind'>> => ({
    dbName: db.name,
    // The worker catches up to the revision the book is at now; settings travel with each request.
    rev: await currentChangeRev(db),
    settingsKey: fingerprint,
    now: currentInstant(),
    settings: loaded,
  });
  return { version, base };
}

export function useBookInsights() {
  const ctx = useInsightBase();
  return useQuery({
    queryKey: insightKeys.book(ctx?.version ?? NO_VERSION),
    queryFn: async () => bookWorker.request({ ...(await ctx!.base()), kind: 'book' }),
    enabled: ctx !== null,
    placeholderData: (previous) => previous,
    // Each reply is a fresh whole-book result: comparing it deep with the last one (thousands of
    // objects for a 500-account book) only makes garbage on the main thread.
    structuralSharing: false,
  });
}

const NONE_STORED: StoredSnapshot<AccountInsights>['stored'] = [];
const readStored = (db: FieldbookDb) => readStoredResults<AccountInsights>(db);

/**
 * Starts reading the results the worker stored in an earlier session as soon as the book is open,
 * before the screens and the worker ask for anything: the worker's first whole read of the book
 * would otherwise hold IndexedDB while these few hundred small rows wait behind it.
 */
export function prefetchStoredInsights(queryClient: QueryClient, db: FieldbookDb): void {
  void queryClient.prefetchQuery({ queryKey: insightKeys.stored(), queryFn: () => readStored(db) });
}

/**
 * Each account's insights as the worker stored them in an earlier session, the current ones only
 * (store/stored-results.ts): what a cold open shows until the worker's own reply (`enabled` false
 * once it has one). An account that changed since is left out, so it shows as not yet scored.
 */
export function useStoredInsights(enabled: boolean) {
  const db = useDb();
  const ctx = useInsightBase();
  const settingsKey = ctx?.version.settings;
  const day = ctx?.version.today;
  const select = useCallback(
    (snapshot: StoredSnapshot<AccountInsights>) =>
      settingsKey && day ? currentResults(snapshot, { settingsKey, day }) : NONE_STORED,
    [settingsKey, day],
  );
  return useQuery({
    queryKey: insightKeys.stored(),
    queryFn: () => readStored(db),
    enabled,
    select,
    structuralSharing: false,
    // A head start only: when it cannot be read, the Book waits for the worker as before.
    throwOnError: false,
  });
}

export function useScorecards(periodKeys: readonly string[]) {
  const ctx = useInsightBase();
  return useQuery({
    queryKey: insightKeys.scorecard(ctx?.version ?? NO_VERSION, periodKeys),
    queryFn: async () => bookWorker.request({ ...(await ctx!.base()), kind: 'scorecard', periodKeys: [...periodKeys] }),
    enabled: ctx !== null && periodKeys.length > 0,
    placeholderData: (previous) => previous,
  });
}

/** The year's obligations, the bonus and the Club with their evidence, and the next asks. */
export function useObligationsBoard() {
  const ctx = useInsightBase();
  return useQuery({
    queryKey: insightKeys.obligations(ctx?.version ?? NO_VERSION),
    queryFn: async () => bookWorker.request({ ...(await ctx!.base()), kind: 'obligations' }),
    enabled: ctx !== null,
    placeholderData: (previous) => previous,
  });
}

/** Daily snapshots of one account's health, re-derived from its history (DESIGN §4). */
export function useAccountTrend(accountId: string, days = 90) {
  const ctx = useInsightBase();
  return useQuery({
    queryKey: insightKeys.trend(ctx?.version ?? NO_VERSION, accountId, days),
    queryFn: async () => bookWorker.request({ ...(await ctx!.base()), kind: 'trend', accountId, days }),
    enabled: ctx !== null,
    // The same account's last trend stays on screen while a write's recomputation runs.
    placeholderData: (previous) => previous,
  });
}

/** Re-runs warning detection when the book changes; the inbox reads the stored result. */
export function useWarningsRun(onDone: () => void) {
  const ctx = useInsightBase();
  return useQuery({
    queryKey: insightKeys.warningsRun(ctx?.version ?? NO_VERSION),
    queryFn: async () => {
      const run = await bookWorker.request({ ...(await ctx!.base()), kind: 'warnings' });
      onDone();
      return run;
    },
    enabled: ctx !== null,
    // The sidebar count runs this on every screen: a failure is shown on the Warnings screen,
    // never by taking the whole app down.
    throwOnError: false,
  });
}

const NO_VERSION: InsightVersion = { settings: '', today: '' };
