import { todayIn, UTC } from '../time';
import type { DetectedWarning, EarlyWarning } from './warning';

/**
 * Brings the inbox up to date with today's detection. One warning per cause, always:
 * - a cause seen again updates its open or snoozed warning in place (same id, fresh evidence);
 * - a snoozed warning comes back when its snooze ends and the cause is still there;
 * - a resolved warning reopens only on NEW evidence (a different `evidenceKey`): resolving
 *   "skipped the 17 Aug review" stays resolved until another meeting is skipped;
 * - an open or snoozed warning whose cause is gone is resolved as `cleared`;
 * - a new cause raises a new open warning.
 * Pure: returns the whole new list; `existing` is not modified. Snoozes end by the day in the
 * CSM's time zone.
 */
export function reconcileWarnings(
  existing: readonly EarlyWarning[],
  fresh: readonly DetectedWarning[],
  now: string,
  newId: () => string,
  zone: string = UTC,
): EarlyWarning[] {
  const today = todayIn(now, zone);
  const byCause = new Map(existing.map((w) => [w.causeKey, w]));
  const seen = new Set<string>();
  const out: EarlyWarning[] = [];
  for (const f of fresh) {
    if (seen.has(f.causeKey)) continue;
    seen.add(f.causeKey);
    const w = byCause.get(f.causeKey);
    if (!w) {
      out.push({
        ...f,
        id: newId(),
        status: 'open',
        raisedAt: now,
        snoozedUntil: null,
        resolvedAt: null,
        resolution: null,
      });
    } else if (w.status === 'resolved' && w.evidenceKey === f.evidenceKey && w.resolution === 'csm') {
      out.push(w);
    } else if (w.status === 'resolved') {
      out.push({ ...w, ...f, status: 'open', raisedAt: now, resolvedAt: null, resolution: null, snoozedUntil: null });
    } else if (w.status === 'snoozed' && w.snoozedUntil !== null && w.snoozedUntil > today) {
      out.push({ ...w, ...f });
    } else {
      out.push({ ...w, ...f, status: 'open', snoozedUntil: null });
    }
  }
  for (const w of existing) {
    if (seen.has(w.causeKey)) continue;
    out.push(
      w.status === 'resolved'
        ? w
        : { ...w, status: 'resolved', resolvedAt: now, resolution: 'cleared', snoozedUntil: null },
    );
  }
  return out;
}

export function snoozeWarning(w: EarlyWarning, until: string): EarlyWarning {
  return { ...w, status: 'snoozed', snoozedUntil: until };
}

export function resolveWarning(w: EarlyWarning, now: string): EarlyWarning {
  return { ...w, status: 'resolved', resolvedAt: now, resolution: 'csm', snoozedUntil: null };
}

/** The inbox: open warnings (and snoozed ones whose snooze has ended), newest cause first. */
export function inboxOf(warnings: readonly EarlyWarning[], today: string): EarlyWarning[] {
  return warnings
    .filter((w) => w.status === 'open' || (w.status === 'snoozed' && (w.snoozedUntil ?? '') <= today))
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.causeKey.localeCompare(b.causeKey)));
}
