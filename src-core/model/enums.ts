/** Closed vocabularies, in the users' words. Kept as `as const` tuples so zod and the UI share them. */

export const TIERS = ['platinum', 'gold', 'silver', 'bronze'] as const;
export type Tier = (typeof TIERS)[number];

export const STAGES = ['onboarding', 'active', 'renewing', 'at_risk', 'churned'] as const;
export type Stage = (typeof STAGES)[number];

export const SERVICES = ['seo', 'ppc', 'social', 'email', 'direct_mail', 'website', 'content'] as const;
export type Service = (typeof SERVICES)[number];

export const HEALTH_BANDS = ['green', 'yellow', 'red'] as const;
export type HealthBand = (typeof HEALTH_BANDS)[number];

export const CHANNELS = ['all', 'organic', 'paid', 'social', 'email', 'direct_mail', 'referral'] as const;
export type Channel = (typeof CHANNELS)[number];

export const METRIC_KEYS = [
  'leads',
  'calls',
  'booked_jobs',
  'organic_traffic',
  'top10_rankings',
  'cost_per_lead',
  'ad_spend',
  'revenue_attributed',
] as const;
export type MetricKey = (typeof METRIC_KEYS)[number];

export const CONTACT_ROLES = [
  'decision_maker',
  'champion',
  'day_to_day',
  'billing',
  'executive',
  'influencer',
] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

export const ACTIVITY_KINDS = ['email', 'call', 'meeting', 'qbr', 'audit', 'value_report', 'monthly_insight'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export const ACTIVITY_STATUSES = ['scheduled', 'completed', 'no_show', 'cancelled'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

export const ACTIVITY_DIRECTIONS = ['outbound', 'inbound', 'two_way'] as const;
export type ActivityDirection = (typeof ACTIVITY_DIRECTIONS)[number];

export const TICKET_STATUSES = ['open', 'pending', 'resolved'] as const;

export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** `new_business`: a deal for a new client or service line, as CRMs call it ("New Business"). */
export const OPPORTUNITY_KINDS = ['upsell', 'cross_sell', 'upgrade', 'renewal', 'new_business'] as const;

export const OPPORTUNITY_STAGES = ['identified', 'qualified', 'proposed', 'won', 'lost'] as const;
export type OpportunityStage = (typeof OPPORTUNITY_STAGES)[number];

export const EXPANSION_TRIGGERS = [
  'exceeding_targets',
  'capacity_limit',
  'scaling_business',
  'seasonal_peak',
  'client_request',
  'renewal_due',
] as const;
export type ExpansionTrigger = (typeof EXPANSION_TRIGGERS)[number];

/** Signals a CSM records on an account; some cap or set the health band (DESIGN §4). */
export const ACCOUNT_SIGNALS = [
  'competitor_interest',
  'cancellation_threat',
  'downgrade_request',
  'budget_concern',
  'capacity_limit',
  'scaling_business',
  'seasonal_peak',
] as const;
export type AccountSignalKind = (typeof ACCOUNT_SIGNALS)[number];

export const REFERRAL_STATUSES = ['received', 'contacted', 'won', 'lost'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/** Why feedback was asked: each quarter, and after a QBR, a deliverable or a resolved escalation (seeds 002, 003). */
export const FEEDBACK_TRIGGERS = ['quarterly', 'deliverable', 'ad_hoc', 'qbr', 'escalation'] as const;
export type FeedbackTrigger = (typeof FEEDBACK_TRIGGERS)[number];

/** What a CSM asks a client for: feedback (NPS/CSAT) or a referral. */
export const CLIENT_REQUEST_KINDS = ['feedback', 'referral'] as const;
export type ClientRequestKind = (typeof CLIENT_REQUEST_KINDS)[number];

/** How a client approved a POWER goal, as the CSM recorded it. */
export const APPROVAL_METHODS = ['email', 'meeting', 'call', 'signed_document'] as const;
export type ApprovalMethod = (typeof APPROVAL_METHODS)[number];

/** A case study's life: a candidate client, a draft, approved by the client, published. */
export const CASE_STUDY_STATUSES = ['candidate', 'drafted', 'approved', 'published'] as const;

export const GOAL_STATUSES = ['open', 'achieved', 'missed', 'dropped'] as const;

export const TASK_STATUSES = ['open', 'done', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const TASK_SOURCES = ['manual', 'playbook', 'meeting', 'onboarding'] as const;

/**
 * Who may read a generated sentence or a task: the client (slides, client emails, the client
 * plan) or only the CSM (presenter notes and screens). DESIGN §9 "Audience".
 */
export const AUDIENCES = ['client', 'internal'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const TIME_CATEGORIES = ['meeting', 'prep', 'audit', 'email', 'call', 'reporting', 'travel', 'admin'] as const;
export type TimeCategory = (typeof TIME_CATEGORIES)[number];

export const ONBOARDING_STEP_KEYS = [
  'welcome_package',
  'kickoff',
  'quick_win',
  'week1_welcome_call',
  'week2_progress_check',
  'week3_initial_results',
  'week4_first_results_review',
  'first_value',
] as const;
export type OnboardingStepKey = (typeof ONBOARDING_STEP_KEYS)[number];

export const DECK_KINDS = ['qbr', 'value_report'] as const;
export type DeckKind = (typeof DECK_KINDS)[number];

export const USER_ROLES = ['csm', 'lead', 'admin'] as const;
export type UserRole = (typeof USER_ROLES)[number];
