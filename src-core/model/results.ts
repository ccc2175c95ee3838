import { z } from 'zod';
import { APPROVAL_METHODS, CHANNELS, GOAL_STATUSES, METRIC_KEYS } from './enums';
import { finite, id, isoDate, nonEmptyText, nonNegativeCents, scopedFields, text } from './primitives';

/**
 * The client's approval of a POWER goal, as the CSM recorded it (seed 002: "EVERY client must have
 * an approved power goal documented by the CSM"): who approved, on which day, and how.
 */
export const goalApprovalSchema = z.strictObject({
  approvedBy: nonEmptyText(200),
  /** The approving contact, when they are one of the account's contacts. */
  contactId: id.nullable(),
  approvedOn: isoDate,
  method: z.enum(APPROVAL_METHODS),
  note: text(1_000),
});
export type GoalApproval = z.infer<typeof goalApprovalSchema>;

/**
 * A POWER goal: a measurable client outcome with a baseline, a target and a due date.
 * `valueCents` is what reaching it is worth to the client, used for ROI against the investment.
 * `direction` says which way is better; goals saved before it existed leave it out and are read
 * by `goalDirection` (cost per lead and targets below the baseline are lower-is-better).
 */
export const goalSchema = z.strictObject({
  ...scopedFields,
  title: nonEmptyText(200),
  metric: z.enum(METRIC_KEYS),
  channel: z.enum(CHANNELS),
  baseline: finite,
  target: finite,
  startDate: isoDate,
  dueDate: isoDate,
  status: z.enum(GOAL_STATUSES),
  achievedAt: isoDate.nullable(),
  valueCents: nonNegativeCents,
  note: text(2_000),
  direction: z.enum(['higher', 'lower']).optional(),
  /** Null or absent until the client approves it. Optional: goals saved before approvals existed have none. */
  approval: goalApprovalSchema.nullable().optional(),
});
export type Goal = z.infer<typeof goalSchema>;

export const MAX_SERIES_POINTS = 54;
const point = finite.nullable();

/**
 * One account's KPI history for one metric and channel over one calendar year: weekly points
 * as parallel arrays. Series, not points, because IndexedDB pays per record (DESIGN §3).
 * Money metrics (cost per lead, ad spend, revenue) hold integer cents.
 */
export const metricSeriesSchema = z
  .strictObject({
    ...scopedFields,
    metric: z.enum(METRIC_KEYS),
    channel: z.enum(CHANNELS),
    year: z.number().int().min(1900).max(2200),
    /** Week start (Monday) of each point, ascending. */
    dates: z.array(isoDate).max(MAX_SERIES_POINTS),
    values: z.array(point).max(MAX_SERIES_POINTS),
    targets: z.array(point).max(MAX_SERIES_POINTS),
  })
  .refine((s) => s.values.length === s.dates.length && s.targets.length === s.dates.length, {
    message: 'dates, values and targets must have the same length',
    path: ['values'],
  })
  .refine((s) => s.dates.every((d, i) => i === 0 || d > s.dates[i - 1]!), {
    message: 'dates must be ascending',
    path: ['dates'],
  })
  .refine((s) => s.dates.every((d) => d.startsWith(String(s.year))), {
    message: 'every date must fall in the series year',
    path: ['dates'],
  });
export type MetricSeries = z.infer<typeof metricSeriesSchema>;
