import type { AccountData } from '../health';
import { hasRenewalPlan, nextRenewal } from '../health';
import type { Account, Activity } from '../model';
import { csmTimeZone, type Settings } from '../settings';
import { addDays, dayIn, instantMs, todayIn } from '../time';

export type CadenceKey =
  | 'weekly_performance_email'
  | 'sync'
  | 'monthly_review'
  | 'qbr'
  | 'monthly_contact'
  | 'feedback'
  | 'deliverable_feedback'
  | 'renewal_planning';

export type CadenceState = 'ok' | 'due' | 'overdue' | 'automated';

export interface CadenceItem {
  accountId: string;
  key: CadenceKey;
  label: string;
  lastDone: string | null;
  /** When the next one is due; null for automated items. */
  dueDate: string | null;
  state: CadenceState;
}

/** "Due" means due within the coming week: enough notice to book a call. */
export const DUE_SOON_DAYS = 7;

const LABELS: Record<CadenceKey, string> = {
  weekly_performance_email: 'Weekly performance email',
  sync: 'Bi-weekly 15-minute sync',
  monthly_review: 'Monthly performance review',
  qbr: 'Quarterly business review',
  monthly_contact: 'Monthly contact with the three-part insight',
  feedback: 'Quarterly feedback request',
  deliverable_feedback: 'Feedback after the last QBR',
  renewal_planning: 'Renewal planning',
};

/** The day (on the CSM's calendar) of the latest completed activity matching, at or before `now`. */
function lastDate(
  activities: readonly Activity[],
  now: string,
  zone: string,
  match: (a: Activity) => boolean,
): string | null {
  const until = instantMs(now);
  let last: number | null = null;
  for (const a of activities) {
    if (a.deleted || a.status !== 'completed' || !match(a)) continue;
    const ms = instantMs(a.at);
    if (ms <= until && (last === null || ms > last)) last = ms;
  }
  return last === null ? null : dayIn(last, zone);
}

/** How "QBR due" is counted, for the line beside it on every screen that shows it. */
export function qbrDueDefinition(everyDays: number): string {
  return `QBR due: ${everyDays} days after the last QBR held (a completed QBR meeting), or after the client's start when none was held. Generating a deck does not count as holding the QBR.`;
}

function stateOf(dueDate: string, today: string): CadenceState {
  if (dueDate < today) return 'overdue';
  return dueDate <= addDays(today, DUE_SOON_DAYS) ? 'due' : 'ok';
}

export interface QbrDue {
  /** Day of the last QBR held (CSM's calendar), null when none was. */
  lastDone: string | null;
  dueDate: string;
  everyDays: number;
}

/**
 * The account's next QBR: its tier's interval (settings.cadence) after the last one held by
 * `now`, or after the client's start when none was; null when the tier has no QBRs. The one
 * rule for "QBR due", used by the cadence board, the week plan, the decks due and every
 * account screen. Only a QBR held counts: a generated deck is not a meeting.
 */
export function nextQbr(
  account: Account,
  activities: readonly Activity[],
  now: string,
  settings: Pick<Settings, 'cadence' | 'timeZone'>,
): QbrDue | null {
  const everyDays = settings.cadence[account.tier].qbrEveryDays;
  if (everyDays <= 0) return null;
  const lastDone = lastDate(activities, now, csmTimeZone(settings), (a) => a.kind === 'qbr');
  return { lastDone, dueDate: addDays(lastDone ?? account.startedAt, everyDays), everyDays };
}

/**
 * Where one account stands against its tier's cadence (settings.cadence): each rhythm's last
 * occurrence and when the next is due. A rhythm never kept counts from the client's start.
 * The weekly performance email is automated (seed 001), so it is shown but never chased.
 */
export function cadenceStatus(data: AccountData, now: string, settings: Settings): CadenceItem[] {
  const zone = csmTimeZone(settings);
  const today = todayIn(now, zone);
  const last = (match: (a: Activity) => boolean) => lastDate(data.activities, now, zone, match);
  const c = settings.cadence;
  const tier = c[data.account.tier];
  const acts = data.activities;
  const items: CadenceItem[] = [];
  const every = (key: CadenceKey, days: number, last: string | null) => {
    const dueDate = addDays(last ?? data.account.startedAt, days);
    items.push({
      accountId: data.account.id,
      key,
      label: LABELS[key],
      lastDone: last,
      dueDate,
      state: stateOf(dueDate, today),
    });
  };
  if (tier.weeklyPerformanceEmail) {
    const lastEmail = last((a) => a.kind === 'value_report' || (a.kind === 'email' && /performance/i.test(a.subject)));
    items.push({
      accountId: data.account.id,
      key: 'weekly_performance_email',
      label: LABELS.weekly_performance_email,
      lastDone: lastEmail,
      dueDate: null,
      state: 'automated',
    });
  }
  if (tier.syncEveryDays > 0)
    every(
      'sync',
      tier.syncEveryDays,
      last((a) => a.kind === 'call' || a.kind === 'meeting' || a.kind === 'qbr'),
    );
  if (tier.monthlyReviewEveryDays > 0)
    every(
      'monthly_review',
      tier.monthlyReviewEveryDays,
      last((a) => a.kind === 'meeting' || a.kind === 'qbr'),
    );
  const qbr = nextQbr(data.account, acts, now, settings);
  if (qbr)
    items.push({
      accountId: data.account.id,
      key: 'qbr',
      label: LABELS.qbr,
      lastDone: qbr.lastDone,
      dueDate: qbr.dueDate,
      state: stateOf(qbr.dueDate, today),
    });
  every(
    'monthly_contact',
    c.monthlyContactEveryDays,
    last((a) => a.insight !== null),
  );
  const lastFeedback = data.feedback
    .filter((f) => f.date <= today)
    .reduce<string | null>((m, f) => (m === null || f.date > m ? f.date : m), null);
  every('feedback', c.feedbackEveryDays, lastFeedback);
  const lastQbr = qbr?.lastDone ?? last((a) => a.kind === 'qbr');
  if (lastQbr && (lastFeedback === null || lastFeedback < lastQbr)) {
    const dueDate = addDays(lastQbr, DUE_SOON_DAYS);
    items.push({
      accountId: data.account.id,
      key: 'deliverable_feedback',
      label: LABELS.deliverable_feedback,
      lastDone: null,
      dueDate,
      state: stateOf(dueDate, today),
    });
  }
  const renewal = nextRenewal(data.contracts, today);
  if (renewal && !hasRenewalPlan(renewal, data.opportunities, data.tasks, c.renewalPlanningDays)) {
    const dueDate = addDays(renewal.renewalDate, -c.renewalPlanningDays);
    items.push({
      accountId: data.account.id,
      key: 'renewal_planning',
      label: LABELS.renewal_planning,
      lastDone: null,
      dueDate,
      state: stateOf(dueDate, today),
    });
  }
  return items;
}

/** The cadence board: every due or overdue item across the book, most overdue first. */
export function cadenceBoard(accounts: Iterable<AccountData>, now: string, settings: Settings): CadenceItem[] {
  const today = todayIn(now, csmTimeZone(settings));
  const out: CadenceItem[] = [];
  for (const data of accounts) {
    if (data.account.churnedAt !== null && data.account.churnedAt <= today) continue;
    out.push(...cadenceStatus(data, now, settings).filter((i) => i.state === 'due' || i.state === 'overdue'));
  }
  return out.sort(compareCadenceItems);
}

/** The board's order: soonest due first, then by account; boards built account by account merge with it. */
export function compareCadenceItems(a: CadenceItem, b: CadenceItem): number {
  const [x, y] = [a.dueDate ?? '', b.dueDate ?? ''];
  return x < y ? -1 : x > y ? 1 : a.accountId.localeCompare(b.accountId);
}
