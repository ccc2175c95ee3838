import { addDays, daysBetween } from '../time/dates';
import type { AccountPlan, Trajectory } from './account-plan';

/** Weekly means (before rounding) and the targets set for them. */
export interface Weekly {
  means: number[];
  targets: number[];
}

/**
 * The shape of an account's results over time, before noise: how the level moves (thriving
 * accounts grow, declining ones slide for the last nine months), what the targets ask for, and
 * how strongly the industry's season shows. Everything is a multiplier of the account's base.
 */
export interface KpiShape {
  /** Multiplier of the base weekly volume for the week starting `week`. */
  level(week: string): number;
  /** Multiplier the target asks for in that week (targets step per quarter, as agencies set them). */
  targetLevel(week: string): number;
  /** 1 = the industry's full seasonality. */
  seasonAmplitude: number;
  /** 1 = ordinary week-to-week noise in leads. */
  noise: number;
  /** Top-10 rankings: where they start, their first-year gain (actual and targeted), the ceiling they level off at. */
  rankings: {
    start: number;
    perYear: number;
    targetPerYear: number;
    ceiling: number;
    factor?: (week: string) => number;
  };
  /** Last-moment reshaping of noisy weekly means and their targets (the HVAC story uses it to hit its numbers). */
  reshape?(key: 'leads:organic' | 'organic_traffic', weeks: readonly string[], weekly: Weekly): Weekly;
}

const YEAR_DAYS = 365.25;
/** Weeks of ramp-up after a client starts: new campaigns take about a quarter to reach pace. */
const RAMP_WEEKS = 12;

const GROWTH: Record<
  Trajectory,
  { actual: number; target: number; rankings: [perYear: number, targetPerYear: number, ceiling: number] }
> = {
  thriving: { actual: 0.32, target: 0.18, rankings: [45, 30, 140] },
  steady: { actual: 0.12, target: 0.1, rankings: [22, 20, 80] },
  flat: { actual: 0.0, target: 0.12, rankings: [8, 20, 45] },
  declining: { actual: 0.04, target: 0.1, rankings: [20, 20, 70] },
};

/** Declining accounts hold up, then lose this share of volume over the last DECLINE_WEEKS. */
const DECLINE_DEPTH = 0.32;
const DECLINE_WEEKS = 38;

export function dataStartOf(plan: AccountPlan, historyStart: string): string {
  return plan.startedAt > historyStart ? plan.startedAt : historyStart;
}

export function genericShape(plan: AccountPlan, historyStart: string, asOf: string): KpiShape {
  const start = dataStartOf(plan, historyStart);
  const end = plan.churnedAt ?? asOf;
  const growth = GROWTH[plan.trajectory];
  const years = (week: string) => Math.max(0, daysBetween(start, week) / YEAR_DAYS);
  const ramp = (week: string) => {
    const weeksIn = daysBetween(plan.startedAt, week) / 7;
    return weeksIn >= RAMP_WEEKS ? 1 : 0.7 + (0.3 * Math.max(0, weeksIn)) / RAMP_WEEKS;
  };
  const decline = (week: string) => {
    if (plan.trajectory !== 'declining') return 1;
    const weeksLeft = daysBetween(week, end) / 7;
    return weeksLeft >= DECLINE_WEEKS ? 1 : 1 - DECLINE_DEPTH * (1 - weeksLeft / DECLINE_WEEKS);
  };
  const targetFor = (week: string) => {
    const quarterStart = `${week.slice(0, 5)}${QUARTER_FIRST_MONTH[Number(week.slice(5, 7)) - 1]}-01`;
    const anchor = quarterStart > start ? quarterStart : start;
    return (1 + growth.target * years(anchor)) * ramp(addDays(anchor, 42));
  };
  return {
    level: memo((week) => (1 + growth.actual * years(week)) * ramp(week) * decline(week)),
    targetLevel: memo(targetFor),
    seasonAmplitude: 1,
    noise: 1,
    rankings: {
      start: 10 + (plan.index % 17),
      perYear: growth.rankings[0],
      targetPerYear: growth.rankings[1],
      ceiling: growth.rankings[2],
      factor: decline,
    },
  };
}

const QUARTER_FIRST_MONTH = ['01', '01', '01', '04', '04', '04', '07', '07', '07', '10', '10', '10'];

/** Each channel asks for the same week's level: compute it once. */
export function memo(fn: (week: string) => number): (week: string) => number {
  const cache = new Map<string, number>();
  return (week) => {
    let value = cache.get(week);
    if (value === undefined) {
      value = fn(week);
      cache.set(week, value);
    }
    return value;
  };
}

/** Local SEO rankings climb fast at first and level off below a ceiling. */
export function climb(start: number, perYear: number, ceiling: number, years: number): number {
  const room = ceiling - start;
  return room <= 0 ? start : start + room * (1 - Math.exp((-perYear * years) / room));
}

/** The industry's demand in the week, softened or sharpened by the shape's amplitude. */
export function seasonOf(seasonality: readonly number[], amplitude: number, week: string): number {
  const month = Number(week.slice(5, 7)) - 1;
  return 1 + amplitude * ((seasonality[month] ?? 1) - 1);
}

/** Average demand over the quarter containing `week`, so targets expect the season. */
export function quarterSeasonOf(seasonality: readonly number[], amplitude: number, week: string): number {
  const first = Math.floor((Number(week.slice(5, 7)) - 1) / 3) * 3;
  let sum = 0;
  for (let m = first; m < first + 3; m++) sum += 1 + amplitude * ((seasonality[m] ?? 1) - 1);
  return sum / 3;
}
