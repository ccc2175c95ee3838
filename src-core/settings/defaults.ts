import type { Settings } from './settings-schema';

/**
 * Every default traces to a seed (the agency's SOPs the product is built from; docs/design.md §2):
 *   [SOP-KPI]  000 "How to Succeed as a CSM" (scorecard, response time, $25k/$15k, 97%, 8:30)
 *   [AGENT]    001 Optymizer CSM page (cadence, health bands, NRR > 110%, NPS > 50, < 30 days)
 *   [JOB]      002 Job description and comp plan (36 opps, 5 referrals, 2 POWER goals, comp)
 *   [SOP-CSM]  003 SOP "Client Success Management" (onboarding clocks, QBR 90 days, 2 hours)
 * Values marked "judgment" are ours where the seeds give a rule but no number.
 */
export const DEFAULT_SETTINGS: Settings = {
  // The laptop's zone: null until the app (or the CLI) fills it in; see `withDeviceTimeZone`.
  timeZone: null,
  // [SOP-KPI] log in by 8:30; workday ends 5:30–6:00 PM → 17:30 (the earlier, stricter end). Mon–Fri.
  // judgment: no holidays until the CSM lists their agency's.
  businessHours: { start: '08:30', end: '17:30', workdays: [0, 1, 2, 3, 4], holidays: [] },
  health: {
    // DESIGN §4 defaults: Green ≥ 75, Yellow 50–74, Red < 50.
    bands: { green: 75, yellow: 50 },
    // judgment: results and engagement lead ("communication is our most important KPI" [SOP-KPI];
    // "performance was flat … skipped last two calls" is the warning pattern [AGENT]).
    weights: { results: 0.3, engagement: 0.3, sentiment: 0.2, commercial: 0.2 },
    // [AGENT] HVAC story: leads "only up 5%" is "flat" → ±10% reads as flat.
    flatBand: 0.1,
    // judgment (issue 15): 17 of 39 warnings were "flat" accounts at 95–99% of target; within 5%
    // below target a flat KPI is on plan, not a warning.
    kpiWarningTolerance: 0.05,
    kpiMetric: 'leads',
    // judgment: a quarter of history for results and meetings.
    lookbackDays: 90,
    // judgment: an invoice unpaid 7 days past due counts as a payment delay.
    paymentLateGraceDays: 7,
    // [SOP-CSM] §5 renewal planning starts 90 days before renewal.
    renewalWindowDays: 90,
  },
  cadence: {
    // [AGENT] weekly performance email, bi-weekly 15-minute sync, monthly review, quarterly QBR.
    // judgment: the full rhythm for platinum and gold; silver drops the bi-weekly sync; bronze
    // keeps the monthly contact and the QBR every account gets [SOP-CSM §3 "every 90 days"].
    platinum: {
      weeklyPerformanceEmail: true,
      syncEveryDays: 14,
      monthlyReviewEveryDays: 31,
      qbrEveryDays: 90,
      maxDaysWithoutTwoWayTouch: 14,
    },
    gold: {
      weeklyPerformanceEmail: true,
      syncEveryDays: 14,
      monthlyReviewEveryDays: 31,
      qbrEveryDays: 90,
      maxDaysWithoutTwoWayTouch: 14,
    },
    silver: {
      weeklyPerformanceEmail: true,
      syncEveryDays: 0,
      monthlyReviewEveryDays: 31,
      qbrEveryDays: 90,
      maxDaysWithoutTwoWayTouch: 31,
    },
    bronze: {
      weeklyPerformanceEmail: true,
      syncEveryDays: 0,
      monthlyReviewEveryDays: 0,
      qbrEveryDays: 90,
      maxDaysWithoutTwoWayTouch: 31,
    },
    // [SOP-KPI] contact every client at least once per month, with the three-part insight.
    monthlyContactEveryDays: 31,
    // [JOB] solicit feedback from each client quarterly (and after key deliverables).
    feedbackEveryDays: 90,
    // [SOP-CSM] §5 90 days before renewal.
    renewalPlanningDays: 90,
  },
  onboarding: {
    // [SOP-CSM] §1.1 welcome package within 24 hours; kickoff within 3 business days;
    // §1.3 first quick win within 7 days; [AGENT] weeks 1–4 plan; time to value < 30 days,
    // [SOP-CSM] first value within 7 days (stretch).
    welcomeHours: 24,
    kickoffBusinessDays: 3,
    quickWinDays: 7,
    weekCheckpointsDays: [7, 14, 21, 28],
    firstValueDays: 30,
    firstValueStretchDays: 7,
  },
  // [SOP-KPI] under a 2-hour reply time during business hours; [SOP-CSM] §4.2 acknowledge within 2 hours.
  response: { firstResponseBusinessMinutes: 120 },
  targets: {
    churnOfBookMax: 0.01, // [SOP-KPI] less than 1% churn of total book value
    quarterlyRevenueRetention: 0.97, // [SOP-KPI] retain 97% of revenue per quarter ($100k/month → $9k)
    nrr: 1.1, // [AGENT] [SOP-CSM] NRR > 110%
    clientRetention: 0.9, // [AGENT] > 90% ([SOP-CSM] says > 95%; 90 is the floor)
    nps: 50, // [AGENT] NPS > 50
    csat: 4.5, // [SOP-CSM] > 4.5/5
    kpiHitRate: 0.8, // [AGENT] > 80% of clients hitting their KPIs
    goalCompletion: 0.8, // [SOP-KPI] ≥ 80% of quarterly goals
    healthScore: 80, // [SOP-CSM] all health scores above 80%
    upsellPerQuarterCents: 2_500_000, // [SOP-KPI] $25,000 upsell per quarter
    upgradePerQuarterCents: 1_500_000, // [SOP-KPI] $15,000 upgrade per quarter
    opportunitiesPerYear: 36, // [JOB] 36/yr
    referralsPerYear: 5, // [JOB] 5/yr
    powerGoalsPerClientPerYear: 2, // [JOB] 2 new POWER goals per client per year
    caseStudiesPerYear: 1, // [JOB] one case study a year
    expansionShareOfBase: 0.2, // [AGENT] 20–30% of base revenue; 20% is the floor
    timeToFirstValueDays: 30, // [AGENT] < 30 days
    unansweredEndOfDay: 0, // [SOP-KPI] no client messages unanswered at end of day
    monthlyContactCoverage: 1, // [SOP-KPI] every client, every month
    roiClients: 1, // [JOB] every client must exceed the investment
    auditsPerDay: 3, // [SOP-KPI] 3–5 audits a day
    meetingPrepMinutes: 15, // [SOP-KPI] at least 15 minutes per account
  },
  // [AGENT] expansion trigger "exceeding targets": judgment — 4 straight weeks at ≥ 110% of target.
  expansion: { weeksAboveTarget: 4, aboveTargetBy: 0.1 },
  comp: {
    newBusinessRate: 0.025, // [JOB] 2.5% of new opportunities closed with the CSM as lead source
    retainedBusinessRate: 0.05, // [JOB] 5% of retained business (renewals)
    opportunityQuota: 36, // [JOB]
    opportunityBonusCents: 150_000, // [JOB] $1,500 at 36 opportunities
    reducedChurnRate: 0.05, // [JOB] 5% of every dollar of reduced churn
    processesPerSpiff: 4, // [JOB] $50 per 4 processes documented
    processSpiffCents: 5_000,
    presidentsClubLeadSourceCents: 12_500_000, // [JOB] $125,000 closed as lead source
  },
};
