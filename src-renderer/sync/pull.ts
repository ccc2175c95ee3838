import type { FieldbookDb } from '../store/db';
import { getMeta } from '../store/meta';
import type { SyncApi } from './api';
import { applyPulledPage } from './apply-page';
import { SyncError } from './errors';

export interface PullProgress {
  /** True while pulling a book this laptop has never had (no cursor yet). */
  firstSync: boolean;
  pages: number;
  rows: number;
}

export interface PullSummary extends PullProgress {
  unreadable: string[];
}

export const DEFAULT_PAGE_LIMIT = 1_000;

/**
 * Pulls pages until the server says there is no more. Each page is applied with its cursor in
 * one transaction, so a connection cut mid-pull resumes from the last applied page.
 */
export async function pullAll(
  db: FieldbookDb,
  api: SyncApi,
  options: { pageLimit?: number; onProgress?: (progress: PullProgress) => void } = {},
): Promise<PullSummary> {
  const limit = options.pageLimit ?? DEFAULT_PAGE_LIMIT;
  let cursor = (await getMeta(db, 'cursor')) ?? null;
  const summary: PullSummary = { firstSync: cursor === null, pages: 0, rows: 0, unreadable: [] };
  for (;;) {
    const page = await api.pull(cursor, limit);
    const applied = await applyPulledPage(db, page);
    summary.pages += 1;
    summary.rows += applied.rows;
    summary.unreadable.push(...applied.unreadable);
    options.onProgress?.({ firstSync: summary.firstSync, pages: summary.pages, rows: summary.rows });
    if (!page.more) return summary;
    // A server that says "more" without moving on would loop forever.
    if (page.cursor === cursor && page.changes.length === 0) throw new SyncError('protocol', 'pull did not advance');
    cursor = page.cursor;
  }
}
