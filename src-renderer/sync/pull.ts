import { openFieldbookDb, type FieldbookDb } from '../store/db';
import { getMeta } from '../store/meta';
import type { PullResponse } from '../../src-core/sync/protocol';
import type { SyncApi } from './api';
import { applyPulledPage, readChanges, type PageRows } from './apply-page';
import { SyncError } from './errors';
import { applyFirstSyncPage, finishFirstSync } from './first-sync';
import { FirstSyncRows } from './first-sync-rows';

export interface PullProgress {
  /** True while pulling a book this laptop has never finished pulling. */
  firstSync: boolean;
  pages: number;
  rows: number;
  /** About how many accounts the book holds, when the server says (a first sync's full phase). */
  accountsExpected?: number;
}

export interface PullSummary extends PullProgress {
  unreadable: string[];
}

export const DEFAULT_PAGE_LIMIT = 1_000;

/**
 * Pulls pages until the server says there is no more. Each page is applied with its cursor in
 * one transaction, so a connection cut mid-pull resumes from the last applied page. The next page
 * is already being fetched and validated while one is written, so the network, the checks and the
 * disk work side by side (a page that fails to apply leaves the one fetched after it unwritten).
 *
 * A first sync (no complete book yet: the engine marks it complete) writes through a connection
 * with relaxed durability and computes the summaries once at the end (first-sync.ts).
 */
export async function pullAll(
  db: FieldbookDb,
  api: SyncApi,
  options: { pageLimit?: number; onProgress?: (progress: PullProgress) => void } = {},
): Promise<PullSummary> {
  const limit = options.pageLimit ?? DEFAULT_PAGE_LIMIT;
  let cursor = (await getMeta(db, 'cursor')) ?? null;
  const firstSync = (await getMeta(db, 'bookSource')) === undefined;
  const summary: PullSummary = { firstSync, pages: 0, rows: 0, unreadable: [] };
  const target = firstSync ? openFieldbookDb(db.name, 'relaxed') : db;
  const seen = new FirstSyncRows();
  const apply = (page: PullResponse, read: PageRows) =>
    firstSync ? applyFirstSyncPage(target, page, seen, read) : applyPulledPage(target, page, read);
  // Each page is validated as it arrives, while the one before it is still being written.
  const fetchPage = (from: string | null) => api.pull(from, limit).then((page) => ({ page, read: readChanges(page) }));
  let expected: number | undefined;
  try {
    let next = fetchPage(cursor);
    for (;;) {
      const { page, read } = await next;
      // A server that says "more" without moving on would loop forever.
      if (page.more && page.cursor === cursor && page.changes.length === 0)
        throw new SyncError('protocol', 'pull did not advance');
      if (page.more) {
        next = fetchPage(page.cursor);
        // Awaited on the next turn; until then a failure must not count as unhandled.
        next.catch(() => undefined);
      }
      const applied = await apply(page, read);
      summary.pages += 1;
      summary.rows += applied.rows;
      summary.unreadable.push(...applied.unreadable);
      expected = page.accountsInBook ?? expected;
      const progress = { firstSync, pages: summary.pages, rows: summary.rows };
      options.onProgress?.(expected === undefined ? progress : { ...progress, accountsExpected: expected });
      if (!page.more) break;
      cursor = page.cursor;
    }
    if (firstSync) await finishFirstSync(target, seen);
    return summary;
  } finally {
    if (target !== db) target.close();
  }
}
