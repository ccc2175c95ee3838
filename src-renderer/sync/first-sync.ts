import { TABLE_NAMES, accountIdOf } from '../../src-core/model';
import type { PullResponse } from '../../src-core/sync/protocol';
import { changeLogScope, recordChange } from '../store/change-log';
import type { FieldbookDb } from '../store/db';
import { recomputeSummaries, summarizeAccounts, type SummarySources } from '../store/summaries';
import { applyPulledPage, dropLocalCopy, readChanges, type PageResult, type PageRows } from './apply-page';
import { FirstSyncRows } from './first-sync-rows';
import { pendingByRow, rebaseRow, rowKey } from './rebase';

/**
 * A first sync (a book this laptop has never finished pulling) writes each page as the floor
 * does — the rows, with pending edits rebased on top, and the cursor, in one transaction — and
 * nothing a later sync needs per page: no read of the rows it replaces (there are none to
 * compare with). The server pages the book account by account and names the accounts a page
 * completed (`accountsComplete`); their summaries are written with the page, so the Book shows
 * each account, with its health, as soon as all of it has landed (streamingSummaries).
 * `finishFirstSync` still computes every summary once the last page has landed: the tail of the
 * pull may have changed accounts already shown. A crash midway resumes from the last page's
 * cursor and still ends with `finishFirstSync`. Pages that remove accounts or rows take the
 * general path. `seen` keeps what the summaries will need (first-sync-rows.ts).
 */
export async function applyFirstSyncPage(
  db: FieldbookDb,
  page: PullResponse,
  seen: FirstSyncRows = new FirstSyncRows(),
  read: PageRows = readChanges(page),
): Promise<PageResult> {
  seen.page(page.reset);
  if (page.removedAccounts.length > 0 || (page.removedRows?.length ?? 0) > 0) {
    seen.forget();
    return applyPulledPage(db, page, read);
  }
  const { byTable, unreadable } = read;
  const scope = [...TABLE_NAMES.map((t) => db.table(t)), db.outbox, db.accountSummaries, ...changeLogScope(db)];
  let rows = 0;
  const accounts = new Set<string>();
  await db.transaction('rw', scope, async () => {
    const pending = pendingByRow(await db.outbox.toArray());
    // The server starts the book over (the first page of every first sync): whatever a cut-off
    // earlier attempt left goes, and edits still waiting to be pushed are put back on top.
    if (page.reset) await dropLocalCopy(db, pending, { touched: new Set(), changed: new Set(), tables: new Set() });
    // Rows only the outbox has were just put back, unseen by `seen`.
    if (page.reset && pending.size > 0) seen.forget();
    for (const [table, changes] of byTable) {
      const puts: (Record<string, unknown> & { id: string })[] = [];
      const deletes: string[] = [];
      for (const [id, row] of changes) {
        const after = rebaseRow(row ?? undefined, pending.get(rowKey(table, id)) ?? [], id);
        if (after) puts.push(after);
        else deletes.push(id);
      }
      await db.table(table).bulkPut(puts);
      if (deletes.length > 0) await db.table(table).bulkDelete(deletes);
      for (const id of seen.accountsOf(table, deletes)) accounts.add(id);
      seen.written(table, puts, deletes);
      for (const row of puts) accounts.add(accountIdOf(table, row));
      rows += puts.length + deletes.length;
    }
    await db.meta.put({ key: 'cursor', value: page.cursor });
    await streamingSummaries(db, page, seen, accounts);
    // The first page replaces the book; later ones name the accounts they wrote, so a Book open
    // mid-sync (and its worker) re-reads only those.
    await recordChange(db, { tables: byTable.keys(), accounts, wholeBook: page.reset, pulled: true });
  });
  return { rows, unreadable };
}

/**
 * Inside the page's transaction: the summaries of the accounts this page completed, and of those
 * already shown that it changed again (the tail). From the rows `seen` kept, only those accounts'
 * (O(their rows), not O(book) per page); a pull that does not see the whole book (resumed after a
 * cut, or carrying pending edits into it) reads those accounts' rows through their indexes
 * instead. An older server names no accounts: nothing streams, and the Book waits for the end.
 */
async function streamingSummaries(db: FieldbookDb, page: PullResponse, seen: FirstSyncRows, wrote: Set<string>) {
  const complete = new Set(page.accountsComplete ?? []);
  if (!seen.isWhole) return recomputeSummaries(db, complete);
  const shown = seen.shown();
  for (const id of wrote) if (shown.has(id)) complete.add(id);
  if (complete.size === 0) return;
  const { ids, sources } = seen.accounts([...complete]);
  await db.accountSummaries.bulkPut(summarizeAccounts(ids, sources));
  seen.markShown(ids);
}

/**
 * Every account's summary, once the first sync is complete: from the rows this pull kept when it
 * saw the whole book, otherwise from one read of each table.
 */
export async function finishFirstSync(db: FieldbookDb, seen?: FirstSyncRows): Promise<void> {
  const sources = [db.accounts, db.contracts, db.activities, db.tickets, db.tasks, db.accountSummaries];
  await db.transaction('rw', [...sources, ...changeLogScope(db)], async () => {
    const { ids, sources: rows } = seen?.book() ?? (await readSummarySources(db));
    await db.accountSummaries.clear();
    await db.accountSummaries.bulkPut(summarizeAccounts(ids, rows));
    // The Book re-reads its summaries. The rows themselves were recorded page by page, so the book
    // worker has nothing to read again (a whole-book change made it re-read every account, and the
    // last page's accounts showed "…" on the Book while it did).
    await recordChange(db, { tables: ['accounts'] });
  });
}

async function readSummarySources(db: FieldbookDb): Promise<{ ids: string[]; sources: SummarySources }> {
  const [ids, contracts, activities, tickets, tasks] = await Promise.all([
    db.accounts.toCollection().primaryKeys(),
    db.contracts.toArray(),
    db.activities.toArray(),
    db.tickets.toArray(),
    db.tasks.toArray(),
  ]);
  return { ids: ids as string[], sources: { contracts, activities, tickets, tasks } };
}
