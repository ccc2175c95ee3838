import { nextQbr } from '../cadence/cadence-status';
import type { Activity, BookTables, DeckKind } from '../model';
import { csmTimeZone, type Settings } from '../settings';
import { addDays, dayIn, instantMs, todayIn } from '../time';

/** DESIGN §6: a value report every month (a QBR's interval is the tier's cadence setting). */
export const VALUE_REPORT_EVERY_DAYS = 30;

export interface DueWindow {
  from: string;
  to: string;
}

export interface DeckDue {
  accountId: string;
  accountName: string;
  /** When the next one is due: the last one held (QBR) or sent (value report) plus the interval. */
  dueDate: string;
  lastDate: string | null;
  overdue: boolean;
}

/**
 * Active accounts whose next QBR or value report falls due by the end of the window (overdue
 * ones included: a missed QBR is still due). A QBR is due by the cadence's one rule (`nextQbr`:
 * the tier's interval after the last QBR held); a value report 30 days after the last one sent.
 * Generating a deck counts for neither: the deck is not the meeting, nor the email.
 */
export function decksDue(
  book: BookTables,
  kind: DeckKind,
  window: DueWindow,
  now: string,
  settings: Settings,
): DeckDue[] {
  const today = todayIn(now, csmTimeZone(settings));
  const activities = new Map<string, Activity[]>();
  for (const a of book.activities) {
    if (a.deleted) continue;
    const list = activities.get(a.accountId);
    if (list) list.push(a);
    else activities.set(a.accountId, [a]);
  }
  const due: DeckDue[] = [];
  for (const account of book.accounts) {
    if (account.deleted || account.stage === 'churned' || account.churnedAt !== null) continue;
    const rows = activities.get(account.id) ?? [];
    const next =
      kind === 'qbr' ? nextQbr(account, rows, now, settings) : nextValueReport(account.startedAt, rows, now, settings);
    if (!next || next.dueDate > window.to) continue;
    due.push({
      accountId: account.id,
      accountName: account.name,
      dueDate: next.dueDate,
      lastDate: next.lastDone,
      overdue: next.dueDate < today,
    });
  }
  return due.sort((a, b) =>
    a.dueDate === b.dueDate ? a.accountName.localeCompare(b.accountName) : a.dueDate.localeCompare(b.dueDate),
  );
}

function nextValueReport(startedAt: string, activities: readonly Activity[], now: string, settings: Settings) {
  const until = instantMs(now);
  let last: number | null = null;
  for (const a of activities) {
    if (a.kind !== 'value_report' || a.status !== 'completed') continue;
    const ms = instantMs(a.at);
    if (ms <= until && (last === null || ms > last)) last = ms;
  }
  const lastDone = last === null ? null : dayIn(last, csmTimeZone(settings));
  return { lastDone, dueDate: addDays(lastDone ?? startedAt, VALUE_REPORT_EVERY_DAYS) };
}
