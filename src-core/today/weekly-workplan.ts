import { nextQbr } from '../cadence';
import { isMeeting } from '../prep/account-data';
import type { Activity, BookTables } from '../model';
import { csmTimeZone, type Settings } from '../settings';
import { addDays, dayIn, endOfDayIn, formatDay, instantAt, timeIn, weekdayIndex } from '../time';
import { auditRotation, auditsPerDayOf, type AuditsPerDay } from './audit-rotation';
import { activeAccounts, live, type DayBook } from './book-slice';
import { toCsv } from './csv';
import { taskInbox } from './task-inbox';

export type WorkplanKind =
  | 'meeting'
  | 'qbr'
  | 'qbr_due'
  | 'renewal'
  | 'renewal_planning'
  | 'task'
  | 'audit'
  | 'onboarding';

export interface WorkplanItem {
  date: string;
  /** `HH:MM` on the CSM's clock for meetings, '' for day items. */
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

const KIND_ORDER: WorkplanKind[] = [
  'meeting',
  'qbr',
  'qbr_due',
  'renewal',
  'renewal_planning',
  'task',
  'audit',
  'onboarding',
];
export const WORKPLAN_LABELS: Record<WorkplanKind, string> = {
  meeting: 'Meeting',
  qbr: 'QBR',
  qbr_due: 'QBR due',
  renewal: 'Renewal',
  renewal_planning: 'Start renewal planning',
  task: 'Task',
  audit: 'Monthly audit',
  onboarding: 'Onboarding step',
};

type PlanBook = Pick<DayBook, 'accounts' | 'activities' | 'contracts' | 'onboardingSteps'> & Pick<BookTables, 'tasks'>;

/**
 * The week's plan for the manager (seeds/002: "Provide a weekly workplan"): meetings, QBRs
 * due, renewals and renewal planning starts, open tasks (the task inbox's), the audit rotation
 * day by day, onboarding steps.
 * QBR intervals and renewal planning follow the CSM's cadence settings (src-core/cadence).
 */
export function weeklyWorkplan(
  book: PlanBook,
  weekStart: string,
  settings: Settings,
  perDay: AuditsPerDay = auditsPerDayOf(settings),
): WeeklyWorkplan {
  const zone = csmTimeZone(settings);
  const cadence = settings.cadence;
  const weekEnd = addDays(weekStart, 6);
  const names = new Map(activeAccounts(book).map((a) => [a.id, a.name]));
  const items: WorkplanItem[] = [];
  const add = (date: string, time: string, kind: WorkplanKind, accountId: string, detail: string) => {
    if (date >= weekStart && date <= weekEnd && names.has(accountId))
      items.push({ date, time, kind, accountId, accountName: names.get(accountId) ?? '', detail });
  };
  const activities = live(book.activities);
  for (const a of activities) {
    if (!isMeeting(a) || a.status !== 'scheduled') continue;
    add(dayIn(a.at, zone), timeIn(a.at, zone), a.kind === 'qbr' ? 'qbr' : 'meeting', a.accountId, a.subject);
  }
  for (const { accountId, dueDate, everyDays } of qbrsDue(book, activities, endOfDayIn(weekEnd, zone), settings)) {
    add(
      dueDate < weekStart ? weekStart : dueDate,
      '',
      'qbr_due',
      accountId,
      dueDate < weekStart ? `QBR overdue since ${formatDay(dueDate)}` : `QBR due (every ${everyDays} days)`,
    );
  }
  for (const c of live(book.contracts)) {
    if (c.status !== 'active') continue;
    add(c.renewalDate, '', 'renewal', c.accountId, `Contract renews ${formatDay(c.renewalDate)}`);
    add(
      addDays(c.renewalDate, -cadence.renewalPlanningDays),
      '',
      'renewal_planning',
      c.accountId,
      `Renews ${formatDay(c.renewalDate)}`,
    );
  }
  for (const t of weekTasks(book, weekStart)) add(t.date, '', 'task', t.accountId, t.detail);
  for (const s of live(book.onboardingSteps))
    if (s.completedAt === null) add(s.dueDate, '', 'onboarding', s.accountId, s.title);
  for (const item of plannedAudits(book, weekStart, weekEnd, settings, perDay))
    add(item.date, '', 'audit', item.accountId, 'Monthly audit, then the audit email');
  items.sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      a.time.localeCompare(b.time) ||
      a.accountName.localeCompare(b.accountName),
  );
  return { weekStart, weekEnd, items };
}

/**
 * The open tasks of the week, as the one task inbox buckets them for its Monday: due in the week
 * on their day, overdue ones on the Monday with the date they were due. Each says where it came from.
 */
function weekTasks(book: PlanBook, weekStart: string) {
  const inbox = taskInbox(book, weekStart);
  const source = (s: string) => `${s[0]!.toUpperCase()}${s.slice(1)}`;
  return [
    ...inbox.overdue.map(({ task }) => ({
      date: weekStart,
      accountId: task.accountId,
      detail: `${task.title} (${source(task.source)}, overdue since ${formatDay(task.dueDate!)})`,
    })),
    ...[...inbox.today, ...inbox.thisWeek].map(({ task }) => ({
      date: task.dueDate ?? weekStart,
      accountId: task.accountId,
      detail: `${task.title} (${source(task.source)})`,
    })),
  ];
}

/** Accounts whose next QBR (cadence's rule) is not already on the calendar. */
function qbrsDue(book: PlanBook, activities: Activity[], now: string, settings: Settings) {
  const scheduled = new Set(
    activities.filter((a) => a.kind === 'qbr' && a.status === 'scheduled').map((a) => a.accountId),
  );
  const byAccount = new Map<string, Activity[]>();
  for (const a of activities) {
    const list = byAccount.get(a.accountId);
    if (list) list.push(a);
    else byAccount.set(a.accountId, [a]);
  }
  return activeAccounts(book).flatMap((account) => {
    if (scheduled.has(account.id)) return [];
    const next = nextQbr(account, byAccount.get(account.id) ?? [], now, settings);
    return next ? [{ accountId: account.id, ...next }] : [];
  });
}

/** The audit rotation run day by day, as if each day's audits get done. */
function plannedAudits(
  book: PlanBook,
  from: string,
  to: string,
  settings: Settings,
  perDay: AuditsPerDay,
): { date: string; accountId: string }[] {
  const done: Activity[] = [];
  const out: { date: string; accountId: string }[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) {
    const plan = auditRotation(
      { accounts: book.accounts, activities: [...book.activities, ...done] },
      date,
      settings,
      perDay,
    );
    for (const due of plan.today) {
      if (due.doneToday) continue;
      out.push({ date, accountId: due.accountId });
      done.push(plannedAudit(due.accountId, date, csmTimeZone(settings)));
    }
  }
  return out;
}

function plannedAudit(accountId: string, date: string, zone: string): Activity {
  const noon = instantAt(date, '12:00', zone);
  return {
    id: `planned-audit-${accountId}-${date}`,
    rev: 0,
    deleted: false,
    updatedAt: noon,
    accountId,
    kind: 'audit',
    status: 'completed',
    direction: 'outbound',
    at: noon,
    durationMinutes: 0,
    subject: 'Planned audit',
    outcome: '',
    attendeeIds: [],
    insight: null,
  };
}

export function workplanText(plan: WeeklyWorkplan, csmName: string): string {
  const lines = [`Weekly workplan: ${csmName}, week of ${formatDay(plan.weekStart)}`, ''];
  for (let date = plan.weekStart; date <= plan.weekEnd; date = addDays(date, 1)) {
    const day = plan.items.filter((i) => i.date === date);
    if (day.length === 0) continue;
    lines.push(`${WEEKDAYS[weekdayIndex(date)]} ${formatDay(date)}`);
    for (const i of day)
      lines.push(`  - ${WORKPLAN_LABELS[i.kind]}${i.time ? ` ${i.time}` : ''}: ${i.accountName} (${i.detail})`);
    lines.push('');
  }
  if (plan.items.length === 0) lines.push('Nothing scheduled this week.');
  return `${lines.join('\n').trimEnd()}\n`;
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export function workplanCsv(plan: WeeklyWorkplan): string {
  return toCsv(
    ['Date', 'Time', 'Type', 'Account', 'Detail'],
    plan.items.map((i) => [i.date, i.time, WORKPLAN_LABELS[i.kind], i.accountName, i.detail]),
  );
}
