import { openFieldbookDb, type FieldbookDb } from '../store/db';
import { getMeta } from '../store/meta';
import type { PullResponse } from '../../src-core/sync/protocol';
import type { SyncApi } from './api';
import { applyPulledPage, type PageRows } from './apply-page';
import { applyFirstSyncPage, finishFirstSync } from './first-sync';
import { FirstSyncRows } from './first-sync-rows';
import { streamPages } from './page-stream';

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
/** The most rows the first page of a pull asks for, whatever the page limit. */
export const FIRST_PAGE_LIMIT = 1_000;

/**
 * Pulls pages until the server says there is no more. Each page is applied with its cursor in
 * one transaction, so a connection cut mid-pull resumes from the last applied page. The pages
 * after it are already being fetched and checked while one is written (page-stream.ts); a page
 * that fails to apply leaves those unwritten.
 *
 * A first sync (no complete book yet: the engine marks it complete) writes through a connection
 * with relaxed durability and computes the summaries once at the end (first-sync.ts).
 */
export async function pullAll(
  db: FieldbookDb,
  api: SyncApi,
  options: { pageLimit?: number; firstPageLimit?: number; onProgress?: (progress: PullProgress) => void } = {},
): Promise<PullSummary> {
  const limit = options.pageLimit ?? DEFAULT_PAGE_LIMIT;
  const firstLimit = Math.min(limit, options.firstPageLimit ?? FIRST_PAGE_LIMIT);
  const cursor = (await getMeta(db, 'cursor')) ?? null;
  const firstSync = (await getMeta(db, 'bookSource')) === undefined;
  const summary: PullSummary = { firstSync, pages: 0, rows: 0, unreadable: [] };
  const target = firstSync ? openFieldbookDb(db.name, 'relaxed') : db;
  const seen = new FirstSyncRows();
  const apply = (page: PullResponse, read: PageRows) =>
    firstSync ? applyFirstSyncPage(target, page, seen, read) : applyPulledPage(target, page, read);
  // The first page is small, so its rows are checked and being written while the server builds
  // the next, larger one (a first sync of a typical book spent over a quarter of its time before its
  // first write), and the first accounts reach the Book sooner.
  const pages = streamPages((from, index) => api.pull(from, index === 0 ? firstLimit : limit), cursor);
  let expected: number | undefined;
  try {
    for (;;) {
      const { page, read } = await pages.take();
      const applied = await apply(page, read);
      summary.pages += 1;
      summary.rows += applied.rows;
      summary.unreadable.push(...applied.unreadable);
      expected = page.accountsInBook ?? expected;
      const progress = { firstSync, pages: summary.pages, rows: summary.rows };
      options.onProgress?.(expected === undefined ? progress : { ...progress, accountsExpected: expected });
      if (!page.more) break;
    }
    if (firstSync) await finishFirstSync(target, seen);
    return summary;
  } finally {
    if (target !== db) target.close();
  }
}
