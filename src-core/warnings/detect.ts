import type { AccountData, HealthInputs, HealthSnapshot } from '../health';
import { BAND_LABELS, activeSignal, bandRank, nextRenewal } from '../health';
import { formatChangePercent, formatMoney, formatNumber, formatPercent } from '../metrics';
import { csmTimeZone, type Settings } from '../settings';
import {
  addBusinessMinutes,
  addDays,
  businessMinutesBetween,
  dayIn,
  formatDateTimeIn,
  formatDay,
  instantAt,
  instantMs,
  todayIn,
  workCalendar,
} from '../time';
import type { DetectedWarning, WarningKind } from './warning';

const SKIPPED_RECENT_DAYS = 30;

type Add = (kind: WarningKind, evidenceKey: string, evidence: string, date: string, rowId?: string) => void;

interface Ctx {
  data: AccountData;
  inputs: HealthInputs;
  now: string;
  today: string;
  zone: string;
  settings: Settings;
  add: Add;
}

/**
 * Every early warning an account shows on `now`. `inputs` are its health inputs for the same
 * `now`; `snapshots` (oldest first, e.g. the last 30 days) let it see a band drop.
 */
export function detectWarnings(
  data: AccountData,
  inputs: HealthInputs,
  now: string,
  settings: Settings,
  snapshots: readonly HealthSnapshot[] = [],
): DetectedWarning[] {
  const id = data.account.id;
  const out: DetectedWarning[] = [];
  const add: Add = (kind, evidenceKey, evidence, date, rowId) =>
    out.push({
      accountId: id,
      kind,
      causeKey: rowId ? `${id}:${kind}:${rowId}` : `${id}:${kind}`,
      evidenceKey,
      evidence,
      date,
    });
  const zone = csmTimeZone(settings);
  const ctx: Ctx = { data, inputs, now, today: todayIn(now, zone), zone, settings, add };
  bandDropWarning(snapshots, add);
  engagementWarnings(ctx);
  resultsWarning(ctx);
  commercialWarnings(ctx);
  serviceWarnings(ctx);
  return out;
}

function bandDropWarning(snapshots: readonly HealthSnapshot[], add: Add): void {
  const drop = bandDrop(snapshots);
  if (!drop) return;
  add(
    'band_dropped',
    `${drop.to}@${drop.date}`,
    `Health went from ${BAND_LABELS[drop.from]} to ${BAND_LABELS[drop.to]} on ${formatDay(drop.date)} (score ${drop.fromScore} → ${drop.toScore})`,
    drop.date,
  );
}

function engagementWarnings({ data, inputs, now, today, zone, settings, add }: Ctx): void {
  if (inputs.daysSinceTwoWayTouch > inputs.allowedDaysWithoutTouch) {
    const last = addDays(today, -inputs.daysSinceTwoWayTouch);
    add(
      'no_two_way_touch',
      last,
      `No two-way touch for ${inputs.daysSinceTwoWayTouch} days (cadence allows ${inputs.allowedDaysWithoutTouch}); last on ${formatDay(last)}`,
      addDays(last, inputs.allowedDaysWithoutTouch + 1),
    );
  }
  const from = instantMs(instantAt(addDays(today, -SKIPPED_RECENT_DAYS), '00:00', zone));
  const until = instantMs(now);
  const skipped = data.activities
    .filter(
      (a) =>
        (a.status === 'no_show' || a.status === 'cancelled') && instantMs(a.at) <= until && instantMs(a.at) >= from,
    )
    .sort((a, b) => instantMs(b.at) - instantMs(a.at))[0];
  if (skipped) {
    const how = skipped.status === 'no_show' ? 'missed' : 'cancelled';
    const held = inputs.keptMeetings + inputs.skippedMeetings;
    const day = dayIn(skipped.at, zone);
    add(
      'skipped_meeting',
      skipped.id,
      `${skipped.subject} on ${formatDay(day)} ${how} (${inputs.skippedMeetings} of ${held} meetings skipped in ${settings.health.lookbackDays} days)`,
      day,
    );
  }
}

function resultsWarning({ inputs, today, settings, add }: Ctx): void {
  const k = inputs.kpi;
  // Attainment is the one owner's (metrics/attainment); within the tolerance below target is on plan.
  const onPlan = k?.attainment != null && k.attainment >= 1 - settings.health.kpiWarningTolerance;
  if (!k || k.attainment === null || onPlan || k.performance === 'improving') return;
  const word = k.performance === 'worsening' ? 'declining' : 'flat';
  // New evidence each month it stays flat: a resolved warning comes back a month later if nothing changed.
  add(
    'kpi_flat_or_declining',
    `${word}:${today.slice(0, 7)}`,
    `${k.label} ${word} (${formatChangePercent(k.deltaPct)}) at ${formatPercent(k.attainment)} of target: ${formatNumber(k.value)} of ${formatNumber(k.target)} in ${settings.health.lookbackDays} days`,
    today,
  );
}

function commercialWarnings({ data, inputs, today, settings, add }: Ctx): void {
  for (const inv of data.invoices) {
    const lateFrom = addDays(inv.dueDate, settings.health.paymentLateGraceDays);
    if (inv.paidAt === null && today > lateFrom)
      add(
        'payment_late',
        inv.id,
        `Invoice ${inv.number} (${formatMoney(inv.amountCents)}) due ${formatDay(inv.dueDate)}, unpaid`,
        addDays(lateFrom, 1),
        inv.id,
      );
  }
  for (const kind of ['competitor_interest', 'cancellation_threat'] as const) {
    const s = activeSignal(data.account, kind, today, settings.health.lookbackDays);
    if (s)
      add(
        kind,
        s.date,
        `${kind === 'competitor_interest' ? 'Competitor interest' : 'Cancellation threat'} noted on ${formatDay(s.date)}${s.note ? `: ${s.note}` : ''}`,
        s.date,
      );
  }
  const renewal = nextRenewal(data.contracts, today);
  const window = settings.health.renewalWindowDays;
  if (renewal && inputs.renewalInDays !== null && inputs.renewalInDays <= window && !inputs.renewalPlanned) {
    add(
      'renewal_without_plan',
      renewal.renewalDate,
      `Renewal on ${formatDay(renewal.renewalDate)} (in ${inputs.renewalInDays} days) with no renewal plan`,
      addDays(renewal.renewalDate, -window),
      renewal.id,
    );
  }
}

function serviceWarnings({ data, now, today, zone, settings, add }: Ctx): void {
  const limit = settings.response.firstResponseBusinessMinutes;
  const cal = workCalendar(settings);
  for (const t of data.tickets) {
    if (t.firstResponseAt !== null || t.status === 'resolved' || !(instantMs(t.openedAt) < instantMs(now))) continue;
    const waited = businessMinutesBetween(t.openedAt, now, cal);
    if (waited <= limit) continue;
    const opened = formatDateTimeIn(t.openedAt, zone);
    add(
      'ticket_unanswered',
      t.id,
      `"${t.subject}" opened ${opened}, no first response after ${formatNumber(waited / 60, 1)} business hours`,
      dayIn(addBusinessMinutes(t.openedAt, limit, cal), zone),
      t.id,
    );
  }
  for (const s of data.onboardingSteps) {
    if (s.completedAt === null && s.dueDate < today)
      add(
        'onboarding_step_late',
        s.dueDate,
        `${s.title} was due ${formatDay(s.dueDate)} and is not done`,
        addDays(s.dueDate, 1),
        s.id,
      );
  }
}

/** The latest fall to a worse band within the snapshots, if the band now is worse than at their start. */
function bandDrop(snapshots: readonly HealthSnapshot[]) {
  const first = snapshots[0];
  const last = snapshots[snapshots.length - 1];
  if (!first || !last || bandRank(last.band) >= bandRank(first.band)) return null;
  for (let i = snapshots.length - 1; i > 0; i--) {
    const before = snapshots[i - 1]!;
    const after = snapshots[i]!;
    if (bandRank(after.band) < bandRank(before.band)) {
      return { from: before.band, to: after.band, date: after.date, fromScore: before.score, toScore: after.score };
    }
  }
  return null;
}
