import type { Channel, MetricKey, Service } from '../model';
import { addDays, mondayOf } from '../time/dates';
import { currentTerm, type AccountPlan } from './account-plan';
import type { DemoContext } from './context';
import { climb, dataStartOf, quarterSeasonOf, seasonOf, type KpiShape } from './kpi-shape';
import type { Random } from './random';

/** One KPI's weekly history for one channel, across all years (split into yearly series later). */
export interface KpiStream {
  metric: MetricKey;
  channel: Channel;
  dates: string[];
  values: (number | null)[];
  targets: (number | null)[];
}

const CHANNEL_OF_SERVICE: Record<Service, Channel> = {
  seo: 'organic',
  content: 'organic',
  website: 'organic',
  ppc: 'paid',
  social: 'social',
  email: 'email',
  direct_mail: 'direct_mail',
};

/** Relative lead volume of each channel when an account runs it. */
const CHANNEL_SHARE: Partial<Record<Channel, number>> = {
  organic: 1,
  paid: 0.9,
  social: 0.35,
  email: 0.25,
  direct_mail: 0.3,
};

/** Mondays of the weeks from the first Monday on or after `from` through the week of `to`. */
export function weeksBetween(from: string, to: string): string[] {
  const weeks: string[] = [];
  const first = mondayOf(from) < from ? addDays(mondayOf(from), 7) : from;
  for (let w = first; w <= to; w = addDays(w, 7)) weeks.push(w);
  return weeks;
}

/** When each channel started: the first contract that ran one of its services. */
function channelStarts(plan: AccountPlan): Map<Channel, string> {
  const starts = new Map<Channel, string>();
  for (const term of plan.terms) {
    for (const service of term.services) {
      const channel = CHANNEL_OF_SERVICE[service];
      if (!starts.has(channel)) starts.set(channel, term.start);
    }
  }
  return starts;
}

/** Week-to-week luck: a multiplicative part (spread) and a counting part that matters for small numbers. */
function noisy(rng: Random, mean: number, spread: number, scale = 1): number {
  return Math.max(0, mean * Math.exp(spread * scale * rng.normal()) + Math.sqrt(mean) * 0.5 * scale * rng.normal());
}

interface LeadChannel {
  channel: Channel;
  dates: string[];
  /** Expected weekly leads before noise: traffic follows these, not the week's luck. */
  expected: number[];
  means: number[];
  targetMeans: number[];
}

function leadChannels(plan: AccountPlan, shape: KpiShape, weeks: string[], rng: Random, base: number): LeadChannel[] {
  const starts = channelStarts(plan);
  const totalShare = [...starts.keys()].reduce((sum, c) => sum + (CHANNEL_SHARE[c] ?? 0), 0) || 1;
  const season = plan.industry.seasonality;
  return [...starts.entries()].map(([channel, start]) => {
    const share = ((CHANNEL_SHARE[channel] ?? 0) / totalShare) * base;
    const firstWeek = mondayOf(start);
    const dates = weeks.filter((w) => w >= firstWeek);
    const expected = dates.map((w) => share * seasonOf(season, shape.seasonAmplitude, w) * shape.level(w));
    const means = expected.map((e) => noisy(rng, e, 0.1, shape.noise));
    const targetMeans = dates.map(
      (w) => share * quarterSeasonOf(season, shape.seasonAmplitude, w) * shape.targetLevel(w),
    );
    return { channel, dates, expected, means, targetMeans };
  });
}

const round = (n: number) => Math.round(n);
const atLeastOne = (n: number) => Math.max(1, Math.round(n));

/**
 * One account's weekly KPI history: leads per channel (from the services it bought, from the
 * contract that added them) and their sum, then the funnel (calls, booked jobs, revenue),
 * organic traffic and rankings with SEO, ad spend and cost per lead with PPC.
 */
export function buildKpiTimeline(ctx: DemoContext, plan: AccountPlan, shape: KpiShape): KpiStream[] {
  const weeks = weeksBetween(dataStartOf(plan, ctx.historyStart), plan.churnedAt ?? ctx.asOf);
  if (weeks.length === 0) return [];
  const rng = plan.rng.fork('kpi');
  const base = (currentTerm(plan).valueCents / 100_000) * plan.industry.leadVolume * rng.float(0.75, 1.25);
  const channels = leadChannels(plan, shape, weeks, rng, base);
  const streams: KpiStream[] = [];
  const allValues = new Array<number>(weeks.length).fill(0);
  const allTargets = new Array<number>(weeks.length).fill(0);
  const offset = new Map(weeks.map((w, i) => [w, i]));
  for (const c of channels) {
    const weekly = { means: c.means, targets: c.targetMeans };
    const { means, targets: targetMeans } =
      c.channel === 'organic' && shape.reshape ? shape.reshape('leads:organic', c.dates, weekly) : weekly;
    const values = means.map(round);
    const targets = targetMeans.map(atLeastOne);
    c.dates.forEach((w, i) => {
      const at = offset.get(w) as number;
      allValues[at] = (allValues[at] ?? 0) + (values[i] ?? 0);
      allTargets[at] = (allTargets[at] ?? 0) + (targets[i] ?? 0);
    });
    streams.push({ metric: 'leads', channel: c.channel, dates: c.dates, values, targets });
  }
  streams.unshift({ metric: 'leads', channel: 'all', dates: weeks, values: allValues, targets: allTargets });
  streams.push(...outcomeStreams(plan, rng, weeks, allValues, allTargets));
  const organic = channels.find((c) => c.channel === 'organic');
  if (organic) streams.push(...organicStreams(plan, shape, rng, organic));
  const paid = channels.find((c) => c.channel === 'paid');
  const paidLeads = streams.find((s) => s.metric === 'leads' && s.channel === 'paid');
  if (paid && paidLeads) streams.push(...paidStreams(plan, rng, paidLeads));
  return streams;
}

/** Calls, booked jobs and revenue follow all leads through the industry's funnel. */
function outcomeStreams(
  plan: AccountPlan,
  rng: Random,
  weeks: string[],
  leads: number[],
  leadTargets: number[],
): KpiStream[] {
  const { callShare, closeRate, jobValueCents } = plan.industry;
  const calls = leads.map((l) => round(noisy(rng, l * callShare, 0.08)));
  const booked = leads.map((l) => round(l * closeRate * Math.exp(0.12 * rng.normal())));
  const revenue = booked.map((b) => Math.round((b * jobValueCents * Math.exp(0.15 * rng.normal())) / 100) * 100);
  const bookedTargets = leadTargets.map((t) => atLeastOne(t * closeRate));
  return [
    {
      metric: 'calls',
      channel: 'all',
      dates: weeks,
      values: calls,
      targets: leadTargets.map((t) => atLeastOne(t * callShare)),
    },
    { metric: 'booked_jobs', channel: 'all', dates: weeks, values: booked, targets: bookedTargets },
    {
      metric: 'revenue_attributed',
      channel: 'all',
      dates: weeks,
      values: revenue,
      targets: bookedTargets.map((b) => b * jobValueCents),
    },
  ];
}

/** Site traffic moves with organic leads through a conversion rate; rankings need SEO. */
function organicStreams(plan: AccountPlan, shape: KpiShape, rng: Random, organic: LeadChannel): KpiStream[] {
  const conversion = rng.float(0.012, 0.025);
  const raw = {
    means: organic.expected.map((e) => (e / conversion) * Math.exp(0.06 * rng.normal())),
    targets: organic.targetMeans.map((t) => t / conversion),
  };
  const traffic = shape.reshape ? shape.reshape('organic_traffic', organic.dates, raw) : raw;
  const streams: KpiStream[] = [
    {
      metric: 'organic_traffic',
      channel: 'organic',
      dates: organic.dates,
      values: traffic.means.map(round),
      targets: traffic.targets.map(round),
    },
  ];
  const seoStart = plan.terms.find((t) => t.services.includes('seo'))?.start;
  if (seoStart) {
    const dates = organic.dates.filter((w) => addDays(w, 6) >= seoStart);
    const years = (w: string) => Math.max(0, (Date.parse(w) - Date.parse(seoStart)) / 31_557_600_000);
    const { start, perYear, targetPerYear, ceiling, factor } = shape.rankings;
    const values = dates.map((w) =>
      Math.max(0, Math.round(climb(start, perYear, ceiling, years(w)) * (factor?.(w) ?? 1) + 1.5 * rng.normal())),
    );
    const targets = dates.map((w) =>
      Math.round(climb(start, targetPerYear, ceiling * 1.1, years(`${w.slice(0, 5)}${quarterMonth(w)}-01`)) + 2),
    );
    streams.push({ metric: 'top10_rankings', channel: 'organic', dates, values, targets });
  }
  return streams;
}

function quarterMonth(week: string): string {
  return String(Math.floor((Number(week.slice(5, 7)) - 1) / 3) * 3 + 1).padStart(2, '0');
}

/** Ad spend paces against the monthly budget; cost per lead is spend over paid leads. */
function paidStreams(plan: AccountPlan, rng: Random, paidLeads: KpiStream): KpiStream[] {
  const budgetMonthly = Math.round((currentTerm(plan).valueCents * rng.float(0.8, 2.2)) / 10_000) * 10_000;
  const weeklyPlan = Math.round((budgetMonthly * 12) / 52);
  const season = plan.industry.seasonality;
  const spend = paidLeads.dates.map((w) =>
    Math.round(weeklyPlan * Math.sqrt(seasonOf(season, 1, w)) * (1 + 0.05 * rng.normal())),
  );
  const cpl = spend.map((s, i) => {
    const leads = paidLeads.values[i] ?? 0;
    return leads > 0 ? Math.round(s / leads) : null;
  });
  const cplTargets = paidLeads.targets.map((t) => Math.round(weeklyPlan / Math.max(1, t ?? 1)));
  return [
    {
      metric: 'ad_spend',
      channel: 'paid',
      dates: paidLeads.dates,
      values: spend,
      targets: spend.map(() => weeklyPlan),
    },
    { metric: 'cost_per_lead', channel: 'paid', dates: paidLeads.dates, values: cpl, targets: cplTargets },
  ];
}
