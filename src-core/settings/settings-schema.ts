import { z } from 'zod';
import { isoDate } from '../model/primitives';
import { isTimeZone } from '../time/zone';

const fraction = z.number().min(0).max(10);
const wholeDays = z.number().int().min(0).max(3_650);
const money = z.number().int().min(0).max(1_000_000_000_00);
const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;
const clock = z.string().regex(CLOCK, { message: 'is not a time (HH:MM)' });

/** Percent points of slack, so 33.33 + 33.33 + 33.34 (and float sums) count as 100%. */
const WEIGHTS_SLACK = 0.0005;

/**
 * The health weights are shares of one 0–100 score, so they add up to 100%: 120% would let a
 * score pass 100 and hide which measure drags. Null when they do; else the CSM's sentence.
 */
export function weightsProblem(w: Record<'results' | 'engagement' | 'sentiment' | 'commercial', number>) {
  const total = w.results + w.engagement + w.sentiment + w.commercial;
  if (Math.abs(total - 1) <= WEIGHTS_SLACK) return null;
  return `add up to ${Math.round(total * 1_000) / 10}%; they must add up to 100%`;
}

export const tierCadenceSchema = z.strictObject({
  weeklyPerformanceEmail: z.boolean(),
  /** Days between quick syncs; 0 = no standing sync for this tier. */
  syncEveryDays: wholeDays,
  monthlyReviewEveryDays: wholeDays,
  qbrEveryDays: wholeDays,
  /** Longest a client may go without a two-way touch (call, meeting, reply) before a warning. */
  maxDaysWithoutTwoWayTouch: wholeDays,
});

const bandsSchema = z
  .strictObject({ green: z.number().min(0).max(100), yellow: z.number().min(0).max(100) })
  .refine((b) => b.green > b.yellow, { message: 'Green must start above Yellow' });

const timeZone = z.string().max(64).refine(isTimeZone, { message: 'is not a time zone (like America/Chicago)' });

export const settingsSchema = z.strictObject({
  /**
   * The CSM's time zone: it decides "today", business hours, end of day and month boundaries.
   * Null follows the computer (the app fills in the laptop's zone, the CLI the process's or --tz).
   * Settings saved before it existed load with null.
   */
  timeZone: timeZone.nullable().default(null),
  businessHours: z
    .strictObject({
      start: clock,
      end: clock,
      /** 0 = Monday … 6 = Sunday. */
      workdays: z.array(z.number().int().min(0).max(6)).min(1).max(7),
      /** Days the agency is closed (no business hours), `YYYY-MM-DD`; empty in settings saved before them. */
      holidays: z.array(isoDate).max(400).default([]),
    })
    .refine((h) => !CLOCK.test(h.start) || !CLOCK.test(h.end) || h.start < h.end, {
      message: 'the workday must end after it starts',
      path: ['end'],
    }),
  health: z.strictObject({
    bands: bandsSchema,
    weights: z
      .strictObject({ results: fraction, engagement: fraction, sentiment: fraction, commercial: fraction })
      .superRefine((w, ctx) => {
        const problem = weightsProblem(w);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      }),
    flatBand: fraction,
    /** Within this share below target a flat KPI raises no warning (95% of target is close enough). */
    kpiWarningTolerance: fraction.default(0.05),
    kpiMetric: z.enum(['leads', 'calls', 'booked_jobs', 'revenue_attributed']),
    lookbackDays: wholeDays,
    paymentLateGraceDays: wholeDays,
    renewalWindowDays: wholeDays,
  }),
  cadence: z.strictObject({
    platinum: tierCadenceSchema,
    gold: tierCadenceSchema,
    silver: tierCadenceSchema,
    bronze: tierCadenceSchema,
    monthlyContactEveryDays: wholeDays,
    feedbackEveryDays: wholeDays,
    renewalPlanningDays: wholeDays,
  }),
  onboarding: z.strictObject({
    welcomeHours: z.number().int().min(1).max(720),
    kickoffBusinessDays: wholeDays,
    quickWinDays: wholeDays,
    weekCheckpointsDays: z.array(wholeDays).length(4),
    firstValueDays: wholeDays,
    firstValueStretchDays: wholeDays,
  }),
  response: z.strictObject({ firstResponseBusinessMinutes: z.number().int().min(1).max(10_000) }),
  targets: z.strictObject({
    churnOfBookMax: fraction,
    quarterlyRevenueRetention: fraction,
    nrr: fraction,
    clientRetention: fraction,
    nps: z.number().min(-100).max(100),
    csat: z.number().min(1).max(5),
    kpiHitRate: fraction,
    goalCompletion: fraction,
    healthScore: z.number().min(0).max(100),
    upsellPerQuarterCents: money,
    upgradePerQuarterCents: money,
    opportunitiesPerYear: z.number().int().min(0),
    referralsPerYear: z.number().int().min(0),
    powerGoalsPerClientPerYear: z.number().min(0),
    caseStudiesPerYear: z.number().int().min(0),
    expansionShareOfBase: fraction,
    timeToFirstValueDays: wholeDays,
    unansweredEndOfDay: z.number().int().min(0),
    monthlyContactCoverage: fraction,
    roiClients: fraction,
    auditsPerDay: z.number().int().min(0),
    meetingPrepMinutes: z.number().int().min(0),
  }),
  expansion: z.strictObject({ weeksAboveTarget: z.number().int().min(1).max(52), aboveTargetBy: fraction }),
  comp: z.strictObject({
    newBusinessRate: fraction,
    retainedBusinessRate: fraction,
    opportunityQuota: z.number().int().min(0),
    opportunityBonusCents: money,
    reducedChurnRate: fraction,
    processesPerSpiff: z.number().int().min(1),
    processSpiffCents: money,
    presidentsClubLeadSourceCents: money,
  }),
});

export type Settings = z.infer<typeof settingsSchema>;
