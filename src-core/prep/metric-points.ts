import type { MetricKey, MetricSeries } from '../model';
import {
  aggregateRange,
  formatChangePercent,
  formatMetricValue,
  formatPercent,
  metricInfo,
  periodSummary,
  type PeriodSummary,
} from '../metrics';
import { previousPeriod, type Period } from '../time';
import { RESULT_METRICS } from './kpi-change';

/**
 * Results as talking points. On target means attainment ≥ 100%; below 90% (the same ±10% band
 * the metrics call flat) is "below target". In between is "close to target": still said under
 * what needs work, gently, because "nothing below target" would not be true.
 */
export const ON_TARGET = 1;
export const BEHIND_TARGET = 0.9;

export interface ResultPoint {
  metric: MetricKey;
  kind: 'win' | 'needs_work' | 'exceeding';
  text: string;
}

/** Attainment at or above this for the period reads as an expansion trigger ("exceeding targets"). */
export const EXCEEDING_TARGET = 1.2;

export function resultPoints(series: readonly MetricSeries[], period: Period, now: string): ResultPoint[] {
  const out: ResultPoint[] = [];
  for (const metric of RESULT_METRICS) {
    const s = periodSummary(series, metric, 'all', period);
    if (s.value === null) continue;
    const partial = now.slice(0, 10) < period.end;
    const target = targetText(s, period);
    const change = changeText(s, series, period, partial);
    const label = metricInfo(metric).label;
    if (s.attainment !== null && s.attainment < ON_TARGET) {
      const how = s.attainment < BEHIND_TARGET ? 'below' : 'close to';
      out.push({
        metric,
        kind: 'needs_work',
        text: `${label} ${how} target: ${target}${change ? `; ${change}` : ''}.`,
      });
    } else if (s.performance === 'worsening') {
      out.push({ metric, kind: 'needs_work', text: `${label} ${change}${s.target !== null ? ` (${target})` : ''}.` });
    } else if ((s.attainment !== null && s.attainment >= ON_TARGET) || s.performance === 'improving') {
      const head =
        s.attainment !== null && s.attainment >= ON_TARGET ? `${label} on target: ${target}` : `${label} ${change}`;
      const tail =
        s.attainment !== null && s.attainment >= ON_TARGET && s.performance === 'improving' ? `; ${change}` : '';
      out.push({ metric, kind: 'win', text: `${head}${tail}.` });
      if (s.attainment !== null && s.attainment >= EXCEEDING_TARGET) {
        out.push({
          metric,
          kind: 'exceeding',
          text: `${label} at ${formatPercent(s.attainment)} of target ${periodWord(period)}: room to grow the programme.`,
        });
      }
    }
  }
  return out;
}

/** "this quarter", "this month", "this year". */
export function periodWord(period: Period): string {
  return period.kind === 'quarter' ? 'this quarter' : period.kind === 'month' ? 'this month' : 'this year';
}

function targetText(s: PeriodSummary, period: Period): string {
  const value = formatMetricValue(s.metric, s.value);
  if (s.target === null || s.attainment === null) return `${value} ${periodWord(period)}`;
  return `${value} against a target of ${formatMetricValue(s.metric, s.target)} ${periodWord(period)} (${formatPercent(s.attainment)})`;
}

/**
 * "down 18% from 51 last quarter" for a finished period; while it is still running the totals
 * are not comparable, so the change is the weekly rate's ("down 18% a week on last quarter").
 */
function changeText(
  s: PeriodSummary,
  series: readonly MetricSeries[],
  period: Period,
  partial: boolean,
): string | null {
  const prevWord = period.kind === 'quarter' ? 'last quarter' : period.kind === 'month' ? 'last month' : 'last year';
  if (partial) {
    const rate = weeklyRateChange(s, series, period);
    if (rate === null || s.trend === 'flat') return null;
    const word = rate > 0 ? 'up' : 'down';
    const perWeek = metricInfo(s.metric).aggregation === 'sum' ? ' a week' : '';
    return `${word} ${pct(rate)}${perWeek} on ${prevWord}`;
  }
  if (s.deltaPct === null || s.previous === null || s.trend === 'flat') return null;
  return `${s.deltaPct > 0 ? 'up' : 'down'} ${pct(s.deltaPct)} from ${formatMetricValue(s.metric, s.previous.value)} ${prevWord}`;
}

/** Change of the weekly rate (flows) or level (rankings, cost per lead) against the previous period. */
function weeklyRateChange(s: PeriodSummary, series: readonly MetricSeries[], period: Period): number | null {
  if (s.value === null || s.previous === null || s.previous.value === null) return null;
  const isSum = metricInfo(s.metric).aggregation === 'sum';
  const prevPeriod = previousPeriod(period);
  const prev = aggregateRange(series, s.metric, 'all', prevPeriod.start, prevPeriod.end);
  const weeks = s.points.filter((p) => p.value !== null).length;
  if (prev.value === null || prev.weeks === 0 || weeks === 0) return null;
  const a = isSum ? s.value / weeks : s.value;
  const b = isSum ? prev.value / prev.weeks : prev.value;
  return b === 0 ? null : (a - b) / Math.abs(b);
}

const pct = (f: number) => formatChangePercent(Math.abs(f)).replace(/^[+−]/, '');

/** How many result KPIs have a value in the period, and how many of those a target: what an empty part rests on. */
export function resultBasis(series: readonly MetricSeries[], period: Period): { withData: number; withTarget: number } {
  let withData = 0;
  let withTarget = 0;
  for (const metric of RESULT_METRICS) {
    const s = periodSummary(series, metric, 'all', period);
    if (s.value === null) continue;
    withData++;
    if (s.attainment !== null) withTarget++;
  }
  return { withData, withTarget };
}
