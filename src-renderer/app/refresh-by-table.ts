import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { isTableName } from '../../src-core/model';
import { accountKeys } from '../features/account/queries';
import { bookKeys } from '../features/book/queries';
import { exportKeys } from '../features/crm/export-queries';
import { insightKeys } from '../features/health/queries';
import { importKeys } from '../features/crm/queries';
import { deckKeys } from '../features/decks/deck-keys';
import { sessionKeys } from '../features/session/queries';
import { couldntSyncKeys } from '../features/sync/couldnt-sync-queries';
import { todayKeys } from '../features/today/queries';
import { onBookChange, type BookChange, type ChangedTable, type FieldbookDb } from '../store';

/**
 * The one map from tables to the queries that read them (STYLE 16, as Actual Budget does): after
 * a write, a pulled page or an import commits, the screens re-read only these, never everything.
 * A query that reads a table must be listed under it. Account screens and the book-wide figures
 * (health, warnings, the scorecard) follow every synced table, the account screens only for the
 * accounts the change touched.
 */
const DAY = [...todayKeys.all, 'day'] as const;
const DECKS_DUE = [...deckKeys.all, 'due'] as const;
const TASKS = todayKeys.tasks();
const DUE_NOW = [...todayKeys.all, 'due-now'] as const;
const RENEWALS = bookKeys.renewalRows();
/** The Book's rows: the whole book, and during a first sync the accounts that have arrived. */
const BOOK = [bookKeys.list(), bookKeys.arrived()];

export const TABLE_QUERIES: Record<ChangedTable, readonly QueryKey[]> = {
  accounts: [...BOOK, DAY, DECKS_DUE, couldntSyncKeys.list(), TASKS, DUE_NOW, RENEWALS],
  contacts: [bookKeys.contactNames()],
  contracts: [...BOOK, DAY, RENEWALS],
  goals: [],
  metrics: [],
  activities: [...BOOK, DAY, DECKS_DUE],
  tickets: [...BOOK, DAY],
  opportunities: [RENEWALS],
  referrals: [],
  feedback: [],
  invoices: [],
  notes: [],
  tasks: [...BOOK, TASKS, DUE_NOW, RENEWALS],
  timeEntries: [DAY],
  healthOverrides: [],
  onboardingSteps: [DAY],
  decks: [DAY],
  // The yearly obligations: read by the account's tabs and the Obligations screen (the book worker).
  clientRequests: [],
  caseStudies: [],
  processes: [],
  outbox: [sessionKeys.pending(), todayKeys.pending()],
  rejected: [couldntSyncKeys.list()],
};

/**
 * Read from rows of any synced table: the book worker's figures (health, warnings, the scorecard,
 * trends; marked stale, they keep showing while the worker catches up), import and export previews.
 */
const ANY_SYNCED_TABLE: readonly QueryKey[] = [insightKeys.computed(), importKeys.all, exportKeys.all];

/** The query keys (prefixes) one committed change makes stale. */
export function queriesToRefresh(change: BookChange): QueryKey[] {
  const keys = new Map<string, QueryKey>();
  const add = (key: QueryKey) => keys.set(JSON.stringify(key), key);
  for (const table of change.tables) for (const key of TABLE_QUERIES[table]) add(key);
  if (change.tables.some(isTableName)) {
    for (const key of ANY_SYNCED_TABLE) add(key);
    if (change.wholeBook) add(accountKeys.all);
    else for (const id of change.accounts) add(accountKeys.detail(id));
  }
  return [...keys.values()];
}

/** Pulled pages land every few hundred milliseconds during a big sync: the screens re-read at most this often then. */
export const PULLED_REFRESH_MS = 1_000;

/**
 * Keeps this window's screens current with every change committed to its book. Returns the
 * unsubscribe. A local write re-reads at once. Pulled pages are gathered: the first after a quiet
 * second re-reads at once, the rest together a second after the last re-read, so a first sync of
 * a hundred pages re-reads the Book and its health some twenty times, not a hundred (each re-read
 * held the book worker and IndexedDB while the next pages were being written).
 */
export function refreshQueriesOnChange(queryClient: QueryClient, db: FieldbookDb, everyMs = PULLED_REFRESH_MS) {
  const waiting = new Map<string, QueryKey>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastAt = Number.NEGATIVE_INFINITY;
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    lastAt = performance.now();
    const keys = [...waiting.values()];
    waiting.clear();
    for (const queryKey of keys) void queryClient.invalidateQueries({ queryKey });
  };
  const off = onBookChange(db, (change) => {
    for (const key of queriesToRefresh(change)) waiting.set(JSON.stringify(key), key);
    if (!change.pulled) return flush();
    if (timer) return;
    const wait = lastAt + everyMs - performance.now();
    if (wait <= 0) flush();
    else timer = setTimeout(flush, wait);
  });
  return () => {
    clearTimeout(timer);
    off();
  };
}
