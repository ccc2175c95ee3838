import { lastContactAt } from '../../src-core/health/engagement';
import { isMeeting } from '../../src-core/prep/account-data';
import type { Activity, Contract, Task, Ticket } from '../../src-core/model';
import { SERVICES } from '../../src-core/model';
import { groupByAccount, rowsOfAccounts } from './account-rows';
import type { FieldbookDb } from './db';
import type { AccountSummary } from './types';

/**
 * Per-account counters the Book reads instead of scanning activities and tickets
 * (DESIGN §3: `count()` reads every row; keep counters). They are always recomputed from the
 * account's rows, never incremented, so a replayed write or a pulled page converges.
 */

export interface SummarySources {
  contracts: Contract[];
  activities: Activity[];
  tickets: Ticket[];
  tasks: Task[];
}

/**
 * The fields each summary reads, by table. A pulled row whose fields here are unchanged cannot
 * change its account's summary, so the account is not recomputed (re-reading every activity of
 * every account a page touches made an incremental sync 30× slower than writing its rows).
 */
const SUMMARY_FIELDS: Partial<Record<string, readonly string[]>> = {
  accounts: [],
  contracts: ['accountId', 'status', 'monthlyValueCents', 'renewalDate', 'services'],
  activities: ['accountId', 'status', 'direction', 'kind', 'at'],
  tickets: ['accountId', 'status'],
  tasks: ['accountId', 'status'],
};

/**
 * Only what the summaries read of a row (its id, `deleted` and the fields above): what a first
 * sync keeps of each row until the end. For the 500-account book's contracts, activities, tickets
 * and tasks that is about 20 MB less held than the whole rows (measured in Node after a GC).
 */
export function summaryPart<R extends { id: string }>(table: string, row: R): R {
  const fields = SUMMARY_FIELDS[table] ?? [];
  const part: Record<string, unknown> = { id: row.id, deleted: (row as Record<string, unknown>).deleted ?? false };
  for (const f of fields) part[f] = (row as Record<string, unknown>)[f];
  return part as R;
}

/** True when replacing `before` with `after` (either may be absent) can change a summary. */
export function affectsSummary(
  table: string,
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown> | undefined,
): boolean {
  const fields = SUMMARY_FIELDS[table];
  if (!fields) return false;
  if (!before || !after) return before !== after;
  return fields.some((f) => JSON.stringify(before[f]) !== JSON.stringify(after[f]));
}

export function summarizeAccount(accountId: string, rows: SummarySources): AccountSummary {
  const live = rows.contracts.filter((c) => c.status === 'active' || c.status === 'renewed');
  const services = new Set(live.flatMap((c) => c.services));
  return {
    accountId,
    monthlyValueCents: live.filter((c) => c.status === 'active').reduce((sum, c) => sum + c.monthlyValueCents, 0),
    renewalDate: earliest(live.filter((c) => c.status === 'active').map((c) => c.renewalDate)),
    services: SERVICES.filter((s) => services.has(s)),
    // The one definition of last contact (two-way), as health and every account screen count it.
    lastContactAt: lastContactAt(rows.activities, 'two_way', null),
    openTickets: rows.tickets.filter((t) => t.status !== 'resolved').length,
    openTasks: rows.tasks.filter((t) => t.status === 'open').length,
    // Earliest meeting still marked scheduled: one in the past means it was never logged,
    // which the CSM should see rather than have hidden by the clock.
    nextMeetingAt: earliest(rows.activities.filter((a) => a.status === 'scheduled' && isMeeting(a)).map((a) => a.at)),
  };
}

export function emptySummary(accountId: string): AccountSummary {
  return summarizeAccount(accountId, { contracts: [], activities: [], tickets: [], tasks: [] });
}

/**
 * Recomputes the summaries of these accounts from their rows; deletes the summary of an account
 * no longer in the book. Reads only through the accountId indexes. Call inside the caller's
 * transaction (it must include the source tables and `accountSummaries`).
 */
export async function recomputeSummaries(db: FieldbookDb, accountIds: Iterable<string>): Promise<void> {
  const ids = [...new Set(accountIds)];
  if (ids.length === 0) return;
  const [accounts, contracts, activities, tickets, tasks] = await Promise.all([
    db.accounts.bulkGet(ids),
    rowsOfAccounts(db, 'contracts', ids).toArray(),
    rowsOfAccounts(db, 'activities', ids).toArray(),
    rowsOfAccounts(db, 'tickets', ids).toArray(),
    rowsOfAccounts(db, 'tasks', ids).toArray(),
  ]);
  const present = ids.filter((_, i) => accounts[i] !== undefined);
  const gone = ids.filter((_, i) => accounts[i] === undefined);
  await db.accountSummaries.bulkPut(summarizeAccounts(present, { contracts, activities, tickets, tasks }));
  await db.accountSummaries.bulkDelete(gone);
}

/** Summaries of these accounts from rows of any number of accounts (grouped in memory). */
export function summarizeAccounts(accountIds: readonly string[], rows: SummarySources): AccountSummary[] {
  const contracts = groupByAccount(rows.contracts);
  const activities = groupByAccount(rows.activities);
  const tickets = groupByAccount(rows.tickets);
  const tasks = groupByAccount(rows.tasks);
  return accountIds.map((id) =>
    summarizeAccount(id, {
      contracts: contracts.get(id) ?? [],
      activities: activities.get(id) ?? [],
      tickets: tickets.get(id) ?? [],
      tasks: tasks.get(id) ?? [],
    }),
  );
}

// Compared as instants, not strings: `at` may carry any zone offset.
function earliest(values: string[]): string | null {
  return values.length === 0 ? null : values.reduce((a, b) => (Date.parse(b) < Date.parse(a) ? b : a));
}
