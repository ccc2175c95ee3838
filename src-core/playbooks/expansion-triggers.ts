import { activeSignal, type AccountData } from '../health';
import { formatNumber, formatPercent, metricInfo, seriesPoints } from '../metrics';
import type { ExpansionTrigger } from '../model';
import { csmTimeZone, type Settings } from '../settings';
import { addDays, formatDay, todayIn } from '../time';
import type { PlaybookCause } from './run-playbook';

/** How far back to look for the run of weeks above target. */
const LOOKBACK_WEEKS = 13;

/**
 * Upsell triggers of seed 001: exceeding targets (the KPI at least 10% over target for each of the
 * last 4 weeks with results, settings.expansion) and, as the CSM records them, capacity limits,
 * a scaling business and a seasonal peak.
 */
export function expansionTriggers(
  data: AccountData,
  now: string,
  settings: Settings,
): (PlaybookCause & { expansion: ExpansionTrigger })[] {
  const today = todayIn(now, csmTimeZone(settings));
  const out: (PlaybookCause & { expansion: ExpansionTrigger })[] = [];
  const metric = settings.health.kpiMetric;
  const { weeksAboveTarget, aboveTargetBy } = settings.expansion;
  const recent = seriesPoints(data.metrics, metric, 'all', addDays(today, -7 * LOOKBACK_WEEKS), today)
    .filter((p) => p.value !== null && p.target !== null && p.target > 0)
    .slice(-weeksAboveTarget);
  if (
    recent.length === weeksAboveTarget &&
    recent.every((p) => (p.value as number) >= (p.target as number) * (1 + aboveTargetBy))
  ) {
    const value = recent.reduce((t, p) => t + (p.value as number), 0);
    const target = recent.reduce((t, p) => t + (p.target as number), 0);
    out.push({
      expansion: 'exceeding_targets',
      evidence: `${metricInfo(metric).label} ${formatPercent(value / target)} of target for ${weeksAboveTarget} weeks running (${formatNumber(value)} vs ${formatNumber(target)})`,
    });
  }
  for (const kind of ['capacity_limit', 'scaling_business', 'seasonal_peak'] as const) {
    const s = activeSignal(data.account, kind, today, settings.health.lookbackDays);
    if (s)
      out.push({
        expansion: kind,
        signal: kind,
        evidence: s.note || `${kind.replace('_', ' ')} noted on ${formatDay(s.date)}`,
      });
  }
  return out;
}
