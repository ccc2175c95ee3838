import type { Activity } from '../model';
import { addDays, addMinutes, weekdayIndex } from '../time';
import { auditRotation, DEFAULT_AUDITS_PER_DAY, type AuditsPerDay } from './audit-rotation';
import { activeAccounts, live, type DayBook } from './book-slice';
import { toCsv } from './csv';

export type WorkplanKind = 'meeting' | 'qbr' | 'qbr_due' | 'renewal' | 'renewal_planning' | 'audit' | 'onboarding';

export interface WorkplanItem {
  date: string;
  /** Local `HH:MM` for meetings, '' for day items. */
  time: string;
  kind: WorkplanKind;
  accountId: string;
  accountName: string;
  detail: string;
}

export interface WeeklyWorkplan {
  weekStart: string;
  weekEnd: string;
  items: WorkplanItem[];
}

/** DESIGN §2: QBR every 90 days; renewal planning starts 90 days before renewal. */
export const QBR_EVERY_DAYS = 90;
export const RENEWAL_PLANNING_DAYS = 90;

const KIND_ORDER: WorkplanKind[] = ['meeting', 'qbr', 'qbr_due', 'renewal', 'renewal_planning', 'audit', 'onboarding'];
export const WORKPLAN_LABELS: Record<WorkplanKind, string> = {
  meeting: 'Meeting', qbr: 'QBR', qbr_due: 'QBR due', renewal: 'Renewal', renewal_planning: 'Start renewal planning', audit: 'Monthly audit', onboarding: 'Onboarding step',
};

type PlanBook = Pick<DayBook, 'accounts' | 'activities' | 'contracts' | 'onboardingSteps'>;

/**
 * The week's plan for the manager (seeds/002: "Provide a weekly workplan"): meetings, QBRs
 * due, renewals and renewal planning starts, the audit rotation day by day, onboarding steps.
 */
export function weeklyWorkplan(book: PlanBook, weekStart: string, utcOffsetMinutes = 0, perDay: AuditsPerDay = DEFAULT_AUDITS_PER_DAY): WeeklyWorkplan {
  const weekEnd = addDays(weekStart, 6);
  const names = new Map(activeAccounts(book).map((a) => [a.id, a.name]));
  const items: WorkplanItem[] = [];
  const add = (date: string, time: string, kind: WorkplanKind, accountId: string, detail: string) => {
    if (date >= weekStart && date <= weekEnd && names.has(accountId)) items.push({ date, time, kind, accountId, accountName: names.get(accountId) ?? '', detail });
  };
  const activities = live(book.activities);
  for (const a of activities) {
    if ((a.kind !== 'meeting' && a.kind !== 'qbr') || a.status !== 'scheduled') continue;
    const local = addMinutes(a.at, utcOffsetMinutes);
    add(local.slice(0, 10), local.slice(11, 16), a.kind, a.accountId, a.subject);
  }
  for (const [accountId, due] of qbrDueDates(activities, book, names)) add(due < weekStart ? weekStart : due, '', 'qbr_due', accountId, due < weekStart ? `QBR overdue since ${due}` : 'QBR due (every 90 days)');
  for (const c of live(book.contracts)) {
    if (c.status !== 'active') continue;
    add(c.renewalDate, '', 'renewal', c.accountId, `Contract renews ${c.renewalDate}`);
    add(addDays(c.renewalDate, -RENEWAL_PLANNING_DAYS), '', 'renewal_planning', c.accountId, `Renews ${c.renewalDate}`);
  }
  for (const s of live(book.onboardingSteps)) if (s.completedAt === null) add(s.dueDate, '', 'onboarding', s.accountId, s.title);
  for (const item of plannedAudits(book, weekStart, weekEnd, perDay)) add(item.date, '', 'audit', item.accountId, 'Monthly audit, then the audit email');
  items.sort((a, b) => a.date.localeCompare(b.date) || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.time.localeCompare(b.time) || a.accountName.localeCompare(b.accountName));
  return { weekStart, weekEnd, items };
}

/** Each account's next QBR date, when no QBR is already scheduled: 90 days after the last held one (or client start). */
function qbrDueDates(activities: Activity[], book: PlanBook, names: Map<string, string>): Map<string, string> {
  const last = new Map<string, string>();
  const scheduled = new Set<string>();
  for (const a of activities) {
    if (a.kind !== 'qbr') continue;
    if (a.status === 'scheduled') scheduled.add(a.accountId);
    if (a.status === 'completed' && a.at.slice(0, 10) > (last.get(a.accountId) ?? '')) last.set(a.accountId, a.at.slice(0, 10));
  }
  const out = new Map<string, string>();
  for (const account of activeAccounts(book)) {
    if (scheduled.has(account.id) || !names.has(account.id)) continue;
    out.set(account.id, addDays(last.get(account.id) ?? account.startedAt, QBR_EVERY_DAYS));
  }
  return out;
}

/** The audit rotation run day by day, as if each day's audits get done. */
function plannedAudits(book: PlanBook, from: string, to: string, perDay: AuditsPerDay): { date: string; accountId: string }[] {
  const done: Activity[] = [];
  const out: { date: string; accountId: string }[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) {
    const plan = auditRotation({ accounts: book.accounts, activities: [...book.activities, ...done] }, date, perDay);
    for (const due of plan.today) {
      if (due.doneToday) continue;
      out.push({ date, accountId: due.accountId });
      done.push(plannedAudit(due.accountId, date));
    }
  }
  return out;
}

function plannedAudit(accountId: string, date: string): Activity {
  return {
    id: `planned-audit-${accountId}-${date}`, rev: 0, deleted: false, updatedAt: `${date}T00:00:00.000Z`, accountId, kind: 'audit', status: 'completed',
    direction: 'outbound', at: `${date}T12:00:00.000Z`, durationMinutes: 0, subject: 'Planned audit', outcome: '', attendeeIds: [], insight: null,
  };
}

export function workplanText(plan: WeeklyWorkplan, csmName: string): string {
  const lines = [`Weekly workplan: ${csmName}, week of ${plan.weekStart}`, ''];
  for (let date = plan.weekStart; date <= plan.weekEnd; date = addDays(date, 1)) {
    const day = plan.items.filter((i) => i.date === date);
    if (day.length === 0) continue;
    lines.push(`${WEEKDAYS[weekdayIndex(date)]} ${date}`);
    for (const i of day) lines.push(`  - ${WORKPLAN_LABELS[i.kind]}${i.time ? ` ${i.time}` : ''}: ${i.accountName} (${i.detail})`);
    lines.push('');
  }
  if (plan.items.length === 0) lines.push('Nothing scheduled this week.');
  return lines.join('\n').trimEnd() + '\n';
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export function workplanCsv(plan: WeeklyWorkplan): string {
  return toCsv(['Date', 'Time', 'Type', 'Account', 'Detail'], plan.items.map((i) => [i.date, i.time, WORKPLAN_LABELS[i.kind], i.accountName, i.detail]));
}
