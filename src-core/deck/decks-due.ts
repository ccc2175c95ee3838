import type { BookTables, DeckKind } from '../model';
import { addDays } from '../time';

/** DESIGN §2: a QBR every 90 days; a value report every month. */
export const DECK_EVERY_DAYS: Record<DeckKind, number> = { qbr: 90, value_report: 30 };

export interface DueWindow {
  from: string;
  to: string;
}

export interface DeckDue {
  accountId: string;
  accountName: string;
  /** When the next deck is due: the last one (meeting held or deck generated) plus the interval. */
  dueDate: string;
  lastDate: string | null;
  overdue: boolean;
}

/**
 * Active accounts whose next QBR or value report falls due by the end of the window (overdue
 * ones included: a missed QBR is still due). The last one is the latest completed QBR/value
 * report touchpoint or generated deck; an account with neither counts from its start date.
 */
export function decksDue(
  book: BookTables,
  kind: DeckKind,
  window: DueWindow,
  now: string,
  everyDays = DECK_EVERY_DAYS[kind],
): DeckDue[] {
  const today = now.slice(0, 10);
  const last = new Map<string, string>();
  const note = (accountId: string, date: string) => {
    if (date <= today && date > (last.get(accountId) ?? '')) last.set(accountId, date);
  };
  for (const a of book.activities)
    if (!a.deleted && a.kind === kind && a.status === 'completed') note(a.accountId, a.at.slice(0, 10));
  for (const d of book.decks) if (!d.deleted && d.kind === kind) note(d.accountId, d.generatedAt.slice(0, 10));
  const due: DeckDue[] = [];
  for (const account of book.accounts) {
    if (account.deleted || account.stage === 'churned' || account.churnedAt !== null) continue;
    const lastDate = last.get(account.id) ?? null;
    const dueDate = addDays(lastDate ?? account.startedAt, everyDays);
    if (dueDate > window.to) continue;
    due.push({ accountId: account.id, accountName: account.name, dueDate, lastDate, overdue: dueDate < today });
  }
  return due.sort((a, b) =>
    a.dueDate === b.dueDate ? a.accountName.localeCompare(b.accountName) : a.dueDate.localeCompare(b.dueDate),
  );
}
