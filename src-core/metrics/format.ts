import type { MetricKey } from '../model';
import { metricInfo } from './metric-info';

/** Shown for a missing number everywhere (screen and deck), never "NaN" or "0". */
export const NO_VALUE = '—';

const isNumber = (n: number | null | undefined): n is number => typeof n === 'number' && Number.isFinite(n);

// `toLocaleString` with options builds a new Intl.NumberFormat per call (tens of µs); health's
// what-if search formats thousands of numbers, so the formatters are made once and reused.
const formatters = new Map<string, Intl.NumberFormat>();
function numberFormat(min: number, max: number): Intl.NumberFormat {
  const key = `${min}:${max}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat('en-US', { minimumFractionDigits: min, maximumFractionDigits: max });
    formatters.set(key, f);
  }
  return f;
}

/** 1234.5 → "1,234.5" (at most `digits` decimals, trailing zeros dropped). */
export function formatNumber(n: number | null | undefined, digits = 0): string {
  if (!isNumber(n)) return NO_VALUE;
  return numberFormat(0, digits).format(n);
}

/**
 * Cents as dollars: 123456 → "$1,234.56"; whole dollars drop the cents (900000 → "$9,000").
 * `compact`: 12_500_000 → "$125K", 250_000_000 → "$2.5M" for chart labels and tiles.
 */
export function formatMoney(cents: number | null | undefined, opts: { compact?: boolean } = {}): string {
  if (!isNumber(cents)) return NO_VALUE;
  const sign = cents < 0 ? '-' : '';
  const dollars = Math.abs(cents) / 100;
  if (opts.compact && dollars >= 1_000) {
    const [div, suffix] = dollars >= 1_000_000 ? [1_000_000, 'M'] : [1_000, 'K'];
    return `${sign}$${formatNumber(dollars / div, 1)}${suffix}`;
  }
  const whole = Number.isInteger(dollars);
  return `${sign}$${numberFormat(whole ? 0 : 2, 2).format(dollars)}`;
}

/** A fraction as a percent: 0.973 → "97%" (digits=0), "97.3%" (digits=1). */
export function formatPercent(fraction: number | null | undefined, digits = 0): string {
  if (!isNumber(fraction)) return NO_VALUE;
  return `${formatNumber(fraction * 100, digits)}%`;
}

/**
 * A POWER goal's progress from baseline to target: "64%", or "Below baseline" when the level moved
 * the wrong way (a negative share such as −241% says nothing a reader can use).
 */
export function formatGoalProgress(progress: number | null | undefined): string {
  if (isNumber(progress) && progress < 0) return 'Below baseline';
  return formatPercent(progress);
}

/** A change with its sign: 0.05 → "+5%", -0.12 → "−12%". */
export function formatChangePercent(fraction: number | null | undefined, digits = 0): string {
  if (!isNumber(fraction)) return NO_VALUE;
  const text = formatPercent(Math.abs(fraction), digits);
  if (text === formatPercent(0, digits)) return text;
  return `${fraction > 0 ? '+' : '−'}${text}`;
}

/** A metric value in its unit: leads "1,234", cost per lead "$48.50", rankings "12.3". */
export function formatMetricValue(metric: MetricKey, value: number | null | undefined): string {
  const unit = metricInfo(metric).unit;
  if (unit === 'cents') return formatMoney(isNumber(value) ? Math.round(value) : value);
  return formatNumber(value, unit === 'rank' ? 1 : 0);
}
