import { SEVERITY_RANK, WARNING_LABELS, WARNING_SEVERITY, type WarningKind } from '../../../src-core/warnings';
import { addDays } from '../../../src-core/time';
import type { StoredWarning } from './warnings-store';

export type SnoozeChoice = '1d' | '1w' | 'custom';

/** The day a snooze ends: the warning comes back that morning if its cause is still there. */
export function snoozeUntil(choice: SnoozeChoice, today: string, custom: string | null): string | null {
  if (choice === '1d') return addDays(today, 1);
  if (choice === '1w') return addDays(today, 7);
  return custom && /^\d{4}-\d{2}-\d{2}$/.test(custom) && custom > today ? custom : null;
}

export type InboxView = 'open' | 'snoozed' | 'resolved';

/** Snoozed warnings still asleep, and resolved ones (by the CSM or because the cause cleared), newest first. */
export function warningsIn(
  view: Exclude<InboxView, 'open'>,
  warnings: readonly StoredWarning[],
  today: string,
): StoredWarning[] {
  const picked =
    view === 'snoozed'
      ? warnings.filter((w) => w.status === 'snoozed' && (w.snoozedUntil ?? '') > today)
      : warnings.filter((w) => w.status === 'resolved');
  const when = (w: StoredWarning) => (view === 'resolved' ? (w.resolvedAt ?? '') : w.date);
  return [...picked].sort((a, b) =>
    when(a) < when(b) ? 1 : when(a) > when(b) ? -1 : a.causeKey.localeCompare(b.causeKey),
  );
}

/** How many of each kind, for the filter, in the order the inbox lists kinds. */
export function countsByKind(
  warnings: readonly StoredWarning[],
): { kind: WarningKind; label: string; count: number }[] {
  const counts = new Map<WarningKind, number>();
  for (const w of warnings) counts.set(w.kind, (counts.get(w.kind) ?? 0) + 1);
  return (Object.keys(WARNING_LABELS) as WarningKind[])
    .filter((k) => counts.has(k))
    .map((kind) => ({ kind, label: WARNING_LABELS[kind], count: counts.get(kind)! }));
}

export const SEVERITY_TONE = { critical: 'bad', serious: 'warn', minor: 'info' } as const;

/** A warning's colour, from its severity (the core's one list): losing the client reads red. */
export const WARNING_TONE = Object.fromEntries(
  Object.entries(WARNING_SEVERITY).map(([kind, severity]) => [kind, SEVERITY_TONE[severity]]),
) as Record<WarningKind, (typeof SEVERITY_TONE)[keyof typeof SEVERITY_TONE]>;

/** The inbox in the order to act on it: losing the client first, then newest, then by account. */
export function sortForInbox<W extends Pick<StoredWarning, 'kind' | 'date' | 'causeKey'>>(warnings: readonly W[]): W[] {
  return [...warnings].sort(
    (a, b) =>
      SEVERITY_RANK[WARNING_SEVERITY[a.kind]] - SEVERITY_RANK[WARNING_SEVERITY[b.kind]] ||
      (a.date < b.date ? 1 : a.date > b.date ? -1 : a.causeKey.localeCompare(b.causeKey)),
  );
}
