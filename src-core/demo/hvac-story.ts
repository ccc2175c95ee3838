import { addDays, addMonths, daysBetween } from '../time';
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
      { start: startedAt, renewal: seoStart, termMonths: 12, valueCents: 150_000, services: ['website'], status: 'renewed' },
      { start: seoStart, renewal, termMonths: 9, valueCents: 520_000, services: ['seo', 'content'], status: 'active' },
    ],
    signals: [],
    flags: { latePayer: false, unpaidPastDue: false, unansweredTicket: false, healthOverride: false, lateOnboardingStep: false },
    rng,
  };
}

/** Flat demand with a mild season; the SEO contract promised +30% leads and +10% traffic in six months. */
export function storyShape(plan: AccountPlan): KpiShape {
  const seoStart = plan.terms[1]?.start ?? plan.startedAt;
  const promised = (gain: number) => (week: string) => {
    const monthStart = `${week.slice(0, 7)}-01`;
    const months = daysBetween(seoStart, monthStart) / 30.4;
    return months <= 0 ? 1 : 1 + gain * Math.min(1, months / HVAC_STORY.contractAgeMonths);
  };
  return {
    level: () => 1,
    targetLevel: promised(0.3),
    trafficTargetLevel: promised(0.1),
    seasonAmplitude: 0.35,
    rankings: { start: 14, perYear: 56, targetPerYear: 40 },
    adjustMeans: (key, _weeks, means) =>
      growToRatio(means, key === 'organic_traffic' ? HVAC_STORY.trafficGrowth : HVAC_STORY.leadGrowth, HVAC_STORY.windowWeeks),
  };
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
