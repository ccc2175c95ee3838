import { SURVEY_DEFINITIONS } from '../metrics';
import type { ScorecardValues } from './csm-scorecard';

export type ScorecardUnit = 'cents' | 'fraction' | 'count' | 'minutes' | 'days' | 'nps' | 'csat' | 'ratio';

export interface ScorecardDefinition {
  label: string;
  unit: ScorecardUnit;
  better: 'higher' | 'lower' | null;
  definition: string;
}

/** What each scorecard number means, in words a CSM and a lead can check by hand. */
export const SCORECARD_DEFINITIONS: Record<keyof ScorecardValues, ScorecardDefinition> = {
  bookValueCents: {
    label: 'Book value',
    unit: 'cents',
    better: 'higher',
    definition: 'Monthly recurring revenue of all clients at the close of the period’s last day.',
  },
  startMrrCents: {
    label: 'Starting MRR',
    unit: 'cents',
    better: null,
    definition:
      'The opening book: monthly recurring revenue at the close of the day before the period, so a change dated the 1st counts in that month.',
  },
  expansionCents: {
    label: 'Expansion',
    unit: 'cents',
    better: 'higher',
    definition:
      'MRR added each time a paying client’s contracts went up, summed over the period (months add up to the quarter; target: 20% of base a year).',
  },
  contractionCents: {
    label: 'Contraction',
    unit: 'cents',
    better: 'lower',
    definition: 'MRR lost each time a client’s contracts went down but they kept paying, summed over the period.',
  },
  churnCents: {
    label: 'Churn',
    unit: 'cents',
    better: 'lower',
    definition:
      'MRR of clients the day they stopped paying, summed over the period (a client who started and left inside it counts).',
  },
  newBusinessCents: {
    label: 'New clients',
    unit: 'cents',
    better: 'higher',
    definition: 'MRR of clients the day they started paying, summed over the period; left out of retention.',
  },
  grr: {
    label: 'Gross revenue retention',
    unit: 'fraction',
    better: 'higher',
    definition: '(Starting MRR − contraction − churn) ÷ starting MRR. Expansion does not count.',
  },
  nrr: {
    label: 'Net revenue retention',
    unit: 'fraction',
    better: 'higher',
    definition: '(Starting MRR + expansion − contraction − churn) ÷ starting MRR. New clients do not count.',
  },
  churnRate: {
    label: 'Churn of book value',
    unit: 'fraction',
    better: 'lower',
    definition: 'Churned MRR ÷ starting MRR (target under 1%).',
  },
  revenueLostCents: {
    label: 'Revenue lost',
    unit: 'cents',
    better: 'lower',
    definition:
      '(Contraction + churn) × months in the period: a run rate, the revenue the book will not earn over a period this long, so a quarter’s is not the sum of its months’.',
  },
  revenueLostAllowanceCents: {
    label: 'Revenue-loss allowance',
    unit: 'cents',
    better: null,
    definition: '3% of starting MRR × months (97% retained): $100,000/month may lose $9,000 a quarter.',
  },
  clientRetention: {
    label: 'Client retention',
    unit: 'fraction',
    better: 'higher',
    definition:
      'Clients paying in the opening book still paying at the period’s close ÷ clients paying in the opening book.',
  },
  upsellCents: {
    label: 'Upsell revenue',
    unit: 'cents',
    better: 'higher',
    definition: 'Won upsell and cross-sell opportunities closed in the period, at first-year value (monthly × 12).',
  },
  upgradeCents: {
    label: 'Upgrade revenue',
    unit: 'cents',
    better: 'higher',
    definition: 'Won upgrade opportunities closed in the period, at first-year value (monthly × 12).',
  },
  opportunities: {
    label: 'Opportunities to Sales',
    unit: 'count',
    better: 'higher',
    definition: 'Expansion opportunities (not renewals) passed to Sales in the period; 36 a year.',
  },
  referrals: {
    label: 'Referrals',
    unit: 'count',
    better: 'higher',
    definition: 'Referrals received in the period; 5 a year.',
  },
  nps: {
    label: 'NPS',
    unit: 'nps',
    better: 'higher',
    definition: `NPS answers in the period: ${SURVEY_DEFINITIONS.nps}`,
  },
  npsResponses: {
    label: 'NPS answers',
    unit: 'count',
    better: null,
    definition: 'NPS answers received in the period.',
  },
  csat: {
    label: 'CSAT',
    unit: 'csat',
    better: 'higher',
    definition: `CSAT answers in the period: ${SURVEY_DEFINITIONS.csat}`,
  },
  csatResponses: {
    label: 'CSAT answers',
    unit: 'count',
    better: null,
    definition: 'CSAT answers received in the period.',
  },
  monthlyContactCoverage: {
    label: 'Monthly contact',
    unit: 'fraction',
    better: 'higher',
    definition: 'Share of clients sent the three-part insight each month, averaged over the period’s months so far.',
  },
  responseP50Minutes: {
    label: 'First response (median)',
    unit: 'minutes',
    better: 'lower',
    definition: 'Median business minutes to first response, messages opened in the period.',
  },
  responseP90Minutes: {
    label: 'First response (90th pct.)',
    unit: 'minutes',
    better: 'lower',
    definition: '90th-percentile business minutes to first response (nearest rank).',
  },
  respondedInTarget: {
    label: 'Answered within 2 business hours',
    unit: 'fraction',
    better: 'higher',
    definition: 'Share of answered messages answered within the first-response target.',
  },
  unansweredEndOfDay: {
    label: 'Unanswered at end of day',
    unit: 'count',
    better: 'lower',
    definition: 'Messages still unanswered at the end of the workday they had to be answered on.',
  },
  kpiHitRate: {
    label: 'Clients hitting KPIs',
    unit: 'fraction',
    better: 'higher',
    definition: 'Clients at or above target on their main KPI over the period ÷ clients with KPI data.',
  },
  goalCompletion: {
    label: 'Goals completed',
    unit: 'fraction',
    better: 'higher',
    definition: 'POWER goals due in the period and achieved ÷ goals due (dropped goals left out).',
  },
  timeToFirstValueDays: {
    label: 'Time to first value',
    unit: 'days',
    better: 'lower',
    definition: 'Mean days from client start to the first-value milestone, for milestones reached in the period.',
  },
  powerGoalsPerClient: {
    label: 'POWER goals per client',
    unit: 'ratio',
    better: 'higher',
    definition: 'POWER goals started this year ÷ clients; 2 a year.',
  },
  approvedGoalClients: {
    label: 'Clients with an approved POWER goal',
    unit: 'fraction',
    better: 'higher',
    definition:
      'Clients with a POWER goal the client approved this calendar year ÷ clients; the year-end bonus needs every ' +
      'one. The Obligations screen names the clients without one.',
  },
  roiClients: {
    label: 'Clients with ROI ≥ 100%',
    unit: 'fraction',
    better: 'higher',
    definition:
      'Clients whose goals achieved in the last 12 months are worth more than they paid in them ÷ paying clients.',
  },
};
