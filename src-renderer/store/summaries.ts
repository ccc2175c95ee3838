import type { Activity, Contract, Task, Ticket } from '../../src-core/model';
import { SERVICES } from '../../src-core/model';
import { accountRows } from './account-rows';
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

/** The tables a summary is computed from: a write or page touching them must recompute. */
export const SUMMARY_SOURCE_TABLES = ['accounts', 'contracts', 'activities', 'tickets', 'tasks'] as const;

const CONTACT_DIRECTIONS = new Set<Activity['direction']>(['outbound', 'two_way']);
const MEETING_KINDS = new Set<Activity['kind']>(['meeting', 'qbr']);

export function summarizeAccount(accountId: string, rows: SummarySources): AccountSummary {
  const live = rows.contracts.filter((c) => c.status === 'active' || c.status === 'renewed');
  const services = new Set(live.flatMap((c) => c.services));
  return {
    accountId,
    monthlyValueCents: live.filter((c) => c.status === 'active').reduce((sum, c) => sum + c.monthlyValueCents, 0),
    renewalDate: earliest(live.filter((c) => c.status === 'active').map((c) => c.renewalDate)),
    services: SERVICES.filter((s) => services.has(s)),
    lastContactAt: latest(
      rows.activities.filter((a) => a.status === 'completed' && CONTACT_DIRECTIONS.has(a.direction)).map((a) => a.at),
    ),
    openTickets: rows.tickets.filter((t) => t.status !== 'resolved').length,
    openTasks: rows.tasks.filter((t) => t.status === 'open').length,
    // Earliest meeting still marked scheduled: one in the past means it was never logged,
    // which the CSM should see rather than have hidden by the clock.
    nextMeetingAt: earliest(rows.activities.filter((a) => a.status === 'scheduled' && MEETING_KINDS.has(a.kind)).map((a) => a.at)),
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
  for (const accountId of new Set(accountIds)) {
    const account = await db.accounts.get(accountId);
    if (!account) {
      await db.accountSummaries.delete(accountId);
      continue;
    }
    const [contracts, activities, tickets, tasks] = await Promise.all([
      accountRows(db, 'contracts', accountId).toArray(),
      accountRows(db, 'activities', accountId).toArray(),
      accountRows(db, 'tickets', accountId).toArray(),
      accountRows(db, 'tasks', accountId).toArray(),
    ]);
    await db.accountSummaries.put(summarizeAccount(accountId, { contracts, activities, tickets, tasks }));
  }
}

// Compared as instants, not strings: `at` may carry any zone offset.
function earliest(values: string[]): string | null {
  return values.length === 0 ? null : values.reduce((a, b) => (Date.parse(b) < Date.parse(a) ? b : a));
}

function latest(values: string[]): string | null {
  return values.length === 0 ? null : values.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a));
}
