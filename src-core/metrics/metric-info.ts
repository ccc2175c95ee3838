import type { MetricKey } from '../model';

export type MetricUnit = 'count' | 'cents' | 'rank';
export type MetricDirection = 'higher' | 'lower';

/**
 * How a metric's weekly values combine over a period:
 * - `sum`: flows (leads, calls, jobs, visits, spend, revenue) add up week by week.
 * - `mean`: levels (how many keywords rank in the top 10) are a state, not a flow; adding
 *   13 weekly counts of the same keywords would be meaningless, so the period shows the mean.
 * - `ratio`: cost per lead over a period is total ad spend ÷ total leads (same account and
 *   channel), because the mean of weekly ratios overweights quiet weeks. When the spend or
 *   lead series is missing it falls back to the mean of the weekly cost per lead.
 */
export type MetricAggregation = 'sum' | 'mean' | 'ratio';

export interface MetricInfo {
  key: MetricKey;
  label: string;
  /** Short form for chart axes and table headers. */
  shortLabel: string;
  unit: MetricUnit;
  direction: MetricDirection;
  aggregation: MetricAggregation;
}

export const METRIC_INFO: Readonly<Record<MetricKey, MetricInfo>> = {
  leads: { key: 'leads', label: 'Leads', shortLabel: 'Leads', unit: 'count', direction: 'higher', aggregation: 'sum' },
  calls: {
    key: 'calls',
    label: 'Phone calls',
    shortLabel: 'Calls',
    unit: 'count',
    direction: 'higher',
    aggregation: 'sum',
  },
  booked_jobs: {
    key: 'booked_jobs',
    label: 'Booked jobs',
    shortLabel: 'Jobs',
    unit: 'count',
    direction: 'higher',
    aggregation: 'sum',
  },
  organic_traffic: {
    key: 'organic_traffic',
    label: 'Organic traffic',
    shortLabel: 'Traffic',
    unit: 'count',
    direction: 'higher',
    aggregation: 'sum',
  },
  top10_rankings: {
    key: 'top10_rankings',
    label: 'Top-10 rankings',
    shortLabel: 'Top 10',
    unit: 'rank',
    direction: 'higher',
    aggregation: 'mean',
  },
  cost_per_lead: {
    key: 'cost_per_lead',
    label: 'Cost per lead',
    shortLabel: 'CPL',
    unit: 'cents',
    direction: 'lower',
    aggregation: 'ratio',
  },
  ad_spend: {
    key: 'ad_spend',
    label: 'Ad spend',
    shortLabel: 'Spend',
    unit: 'cents',
    direction: 'higher',
    aggregation: 'sum',
  },
  revenue_attributed: {
    key: 'revenue_attributed',
    label: 'Revenue attributed',
    shortLabel: 'Revenue',
    unit: 'cents',
    direction: 'higher',
    aggregation: 'sum',
  },
};

export function metricInfo(metric: MetricKey): MetricInfo {
  return METRIC_INFO[metric];
}
