import type { Feedback, Invoice, Note, Ticket } from '../model';
import { dayIn, todayIn, UTC } from '../time';
import type { AccountData } from './account-data';
import { kpiChange, RESULT_METRICS, type KpiChange } from './kpi-change';

/** A warning as "what changed" shows it; the warnings inbox maps its own rows to this. */
export interface ChangeWarning {
  title: string;
  raisedAt: string;
}

export interface WhatChanged {
  since: string;
  now: string;
  kpis: KpiChange[];
  newTickets: Ticket[];
  warnings: ChangeWarning[];
  notes: Note[];
  payments: { paid: Invoice[]; becameOverdue: Invoice[] };
  feedback: Feedback[];
  /** True when nothing at all happened: the screen says so instead of showing empty boxes. */
  quiet: boolean;
}

const inWindow = (at: string, since: string, now: string) => at >= since && at <= now;
const byDateDesc =
  <T>(key: (row: T) => string) =>
  (a: T, b: T) =>
    key(b).localeCompare(key(a));

/**
 * What changed on an account between the last meeting (`since`) and `now`: KPI movement, new
 * tickets, warnings raised, notes, payments (paid, or fell overdue), feedback. Only rows that
 * exist are listed; a KPI without data since the meeting is left out rather than shown as 0.
 */
export function whatChangedSince(
  data: AccountData,
  since: string,
  now: string,
  warnings: readonly ChangeWarning[] = [],
  zone: string = UTC,
): WhatChanged {
  const sinceDay = dayIn(since, zone);
  const today = todayIn(now, zone);
  const kpis = RESULT_METRICS.flatMap((m) => {
    const change = kpiChange(data.metrics, m, since, now, 'all', zone);
    return change ? [change] : [];
  });
  const newTickets = data.tickets
    .filter((t) => !t.deleted && inWindow(t.openedAt, since, now))
    .sort(byDateDesc((t) => t.openedAt));
  const notes = data.notes
    .filter((n) => !n.deleted && inWindow(n.createdAt, since, now))
    .sort(byDateDesc((n) => n.createdAt));
  const invoices = data.invoices.filter((i) => !i.deleted);
  const paid = invoices
    .filter((i) => i.paidAt !== null && inWindow(i.paidAt, sinceDay, today))
    .sort(byDateDesc((i) => i.paidAt ?? ''));
  const becameOverdue = invoices
    .filter((i) => (i.paidAt === null || i.paidAt > today) && i.dueDate >= sinceDay && i.dueDate < today)
    .sort(byDateDesc((i) => i.dueDate));
  const feedback = data.feedback
    .filter((f) => !f.deleted && inWindow(f.date, sinceDay, today))
    .sort(byDateDesc((f) => f.date));
  const raised = warnings.filter((w) => inWindow(w.raisedAt, since, now)).sort(byDateDesc((w) => w.raisedAt));
  const quiet =
    kpis.length +
      newTickets.length +
      notes.length +
      paid.length +
      becameOverdue.length +
      feedback.length +
      raised.length ===
    0;
  return { since, now, kpis, newTickets, warnings: raised, notes, payments: { paid, becameOverdue }, feedback, quiet };
}
