import { addMonths } from '../time';
import { addDays, daysBetween } from '../time/dates';
import type { AccountPlan } from './account-plan';
import { industryByKey } from './catalog/industries';
import { cityByName } from './catalog/places';
import type { DemoContext } from './context';
import type { KpiShape } from './kpi-shape';
import { domainOf } from './plan-account';
import type { Random } from './random';

/**
 * The at-risk client of the SOP's worked example (seeds/001): an HVAC company six months into
 * an SEO + content contract, traffic up about 15% but leads only about 5% against a target that
 * expected far more, the last two monthly calls skipped, renewal in 90 days.
 */
export const HVAC_STORY_ACCOUNT_NAME = 'Ridgeline Heating & Air';

export const HVAC_STORY = {
  trafficGrowth: 1.15,
  leadGrowth: 1.05,
  /** Weeks in "the last six months" and in "the six months before". */
  windowWeeks: 26,
  renewalInDays: 90,
  contractAgeMonths: 6,
} as const;

export function planStoryAccount(ctx: DemoContext, rng: Random, index: number, usedNames: Set<string>): AccountPlan {
  usedNames.add(HVAC_STORY_ACCOUNT_NAME);
  const seoStart = addMonths(ctx.asOf, -HVAC_STORY.contractAgeMonths);
  // Client since a website rebuild a year before the SEO contract: the site's analytics
  // have been tracked since then, which is why there is a "before" to compare against.
  const startedAt = addMonths(seoStart, -12);
  const renewal = addDays(ctx.asOf, HVAC_STORY.renewalInDays);
  return {
    id: ctx.newId(),
    index,
    role: 'story',
    trajectory: 'flat',
    name: HVAC_STORY_ACCOUNT_NAME,
    industry: industryByKey('hvac'),
    city: cityByName('Columbus'),
    domain: domainOf(HVAC_STORY_ACCOUNT_NAME),
    tier: 'gold',
    stage: 'renewing',
    startedAt,
    churnedAt: null,
    terms: [
      {
        start: startedAt,
        renewal: seoStart,
        termMonths: 12,
        valueCents: 150_000,
        services: ['website'],
        status: 'renewed',
      },
      { start: seoStart, renewal, termMonths: 9, valueCents: 520_000, services: ['seo', 'content'], status: 'active' },
    ],
    signals: [],
    flags: {
      latePayer: false,
      unpaidPastDue: false,
      unansweredTicket: false,
      healthOverride: false,
      lateOnboardingStep: false,
    },
    rng,
  };
}

/**
 * Flat demand with a faint season and quieter week-to-week noise than other accounts, so the
 * story reads the same whatever the as-of date. When the SEO contract started, targets were
 * set from the six months before it: +40% leads and +10% traffic within six months.
 */
export function storyShape(plan: AccountPlan): KpiShape {
  const seoStart = plan.terms[1]?.start ?? plan.startedAt;
  return {
    level: () => 1,
    targetLevel: () => 1,
    seasonAmplitude: 0.1,
    noise: 0.5,
    rankings: { start: 14, perYear: 56, targetPerYear: 40, ceiling: 150 },
    reshape: (key, weeks, weekly) => {
      const means = growToRatio(
        weekly.means,
        key === 'organic_traffic' ? HVAC_STORY.trafficGrowth : HVAC_STORY.leadGrowth,
        HVAC_STORY.windowWeeks,
      );
      const promise = key === 'organic_traffic' ? PROMISED_TRAFFIC_GAIN : PROMISED_LEAD_GAIN;
      return { means, targets: promisedTargets(weeks, means, weekly.targets, seoStart, promise) };
    },
  };
}

export const PROMISED_LEAD_GAIN = 0.4;
const PROMISED_TRAFFIC_GAIN = 0.1;

/** From the contract start, the target is the prior six months' average raised month by month to the promise. */
function promisedTargets(
  weeks: readonly string[],
  means: readonly number[],
  before: readonly number[],
  start: string,
  gain: number,
): number[] {
  const prior = means.filter((_, i) => (weeks[i] as string) < start).slice(-HVAC_STORY.windowWeeks);
  if (prior.length === 0) return before.slice();
  const baseline = prior.reduce((a, b) => a + b, 0) / prior.length;
  return weeks.map((week, i) => {
    if (week < start) return before[i] ?? baseline;
    const months = daysBetween(start, `${week.slice(0, 7)}-01`) / 30.4;
    return baseline * (1 + gain * Math.min(1, Math.max(0, months) / HVAC_STORY.contractAgeMonths));
  });
}

/**
 * Reshapes the last `window` weeks with a ramp (the SEO work building up) whose size is solved
 * so that the last window's total is `ratio` times the window before it, noise and season included.
 */
export function growToRatio(means: readonly number[], ratio: number, window: number): number[] {
  const n = means.length;
  if (n < 2 * window) return means.slice();
  const ramp = (i: number) => Math.min(1, Math.max(0, (i - (n - window) + 1) / window));
  let before = 0;
  let last = 0;
  let lastRamped = 0;
  for (let i = n - 2 * window; i < n; i++) {
    const m = means[i] ?? 0;
    if (i < n - window) before += m;
    else {
      last += m;
      lastRamped += m * ramp(i);
    }
  }
  const gain = lastRamped > 0 ? (ratio * before - last) / lastRamped : 0;
  return means.map((m, i) => Math.max(0, m * (1 + gain * ramp(i))));
}
