import { SERVICES, type Service } from '../model';
import { addMonths } from '../time';
import { addDays } from '../time/dates';
import type { AccountRole, ContractTerm, Trajectory } from './account-plan';
import type { IndustryProfile } from './catalog/industries';
import type { Random } from './random';

/** Monthly agency fee range per service, in dollars (ad spend is billed separately). */
const SERVICE_FEES: Record<Service, [number, number]> = {
  seo: [1_500, 3_500],
  ppc: [1_000, 3_000],
  social: [800, 2_000],
  email: [500, 1_200],
  direct_mail: [800, 2_500],
  website: [500, 1_500],
  content: [800, 2_200],
};

export const MIN_MONTHLY_CENTS = 100_000;
export const MAX_MONTHLY_CENTS = 1_200_000;

export function pickServices(rng: Random, industry: IndustryProfile): Service[] {
  const count = rng.weighted([1, 2, 3, 4, 5], [15, 35, 30, 15, 5]);
  const pool = SERVICES.filter((s) => (industry.serviceWeights[s] ?? 0) > 0);
  const chosen: Service[] = [];
  while (chosen.length < count && chosen.length < pool.length) {
    const left = pool.filter((s) => !chosen.includes(s));
    chosen.push(
      rng.weighted(
        left,
        left.map((s) => industry.serviceWeights[s] ?? 0),
      ),
    );
  }
  return SERVICES.filter((s) => chosen.includes(s));
}

export function priceServices(rng: Random, services: readonly Service[]): number {
  const dollars = services.reduce((sum, s) => sum + rng.int(SERVICE_FEES[s][0], SERVICE_FEES[s][1]), 0);
  return clampValue(Math.round(dollars / 50) * 50 * 100);
}

export function clampValue(cents: number): number {
  return Math.min(MAX_MONTHLY_CENTS, Math.max(MIN_MONTHLY_CENTS, Math.round(cents / 5_000) * 5_000));
}

/** How much the fee grew at each renewal, by trajectory: thriving clients expanded. */
const GROWTH_PER_RENEWAL: Record<Trajectory, [number, number]> = {
  thriving: [0.1, 0.22],
  steady: [0, 0.08],
  flat: [0, 0.03],
  declining: [-0.05, 0.05],
};

/**
 * Twelve-month contracts chained back from the current one to the client's start: earlier
 * terms are `renewed`, each a little smaller (or with one service fewer) than the next.
 */
export function chainTerms(
  rng: Random,
  trajectory: Trajectory,
  currentStart: string,
  renewalsBefore: number,
  current: { valueCents: number; services: Service[]; status: ContractTerm['status'] },
): ContractTerm[] {
  const terms: ContractTerm[] = [
    { start: currentStart, renewal: addMonths(currentStart, 12), termMonths: 12, ...current },
  ];
  for (let i = 0; i < renewalsBefore; i++) {
    const next = terms[0] as ContractTerm;
    const [lo, hi] = GROWTH_PER_RENEWAL[trajectory];
    const growth = rng.float(lo, hi);
    // A thriving client usually grew by adding a service (a cross-sell), not only by budget.
    const dropService = trajectory === 'thriving' && next.services.length > 1 && rng.chance(0.5);
    const services = dropService ? next.services.slice(0, -1) : next.services.slice();
    const start = addMonths(next.start, -12);
    terms.unshift({
      start,
      renewal: next.start,
      termMonths: 12,
      valueCents: clampValue(next.valueCents / (1 + growth)),
      services,
      status: 'renewed',
    });
  }
  return terms;
}

export interface PlannedDates {
  startedAt: string;
  churnedAt: string | null;
  terms: ContractTerm[];
}

/** Start, churn and contract dates for each role, relative to the book's today. */
export function planDates(
  rng: Random,
  role: Exclude<AccountRole, 'story'>,
  trajectory: Trajectory,
  asOf: string,
  current: { valueCents: number; services: Service[] },
): PlannedDates {
  if (role === 'onboarding') {
    const startedAt = addDays(asOf, -rng.int(3, 27));
    return {
      startedAt,
      churnedAt: null,
      terms: chainTerms(rng, trajectory, startedAt, 0, { ...current, status: 'active' }),
    };
  }
  if (role === 'churned') {
    const churnedAt = addDays(asOf, -rng.int(30, 330));
    const currentStart = addMonths(churnedAt, -rng.int(4, 10));
    const renewals = rng.int(0, 2);
    const terms = chainTerms(rng, trajectory, currentStart, renewals, { ...current, status: 'cancelled' });
    return { startedAt: (terms[0] as ContractTerm).start, churnedAt, terms };
  }
  // Renewals spread over the next twelve months; an account that started with this contract
  // must be past onboarding (45+ days in), otherwise it has renewed at least once.
  const renewal = addDays(asOf, rng.int(7, 362));
  const currentStart = addMonths(renewal, -12);
  let renewals = rng.weighted([0, 1, 2, 3], [25, 35, 25, 15]);
  if (renewals === 0 && currentStart > addDays(asOf, -45)) renewals = 1;
  const terms = chainTerms(rng, trajectory, currentStart, renewals, { ...current, status: 'active' });
  return { startedAt: (terms[0] as ContractTerm).start, churnedAt: null, terms };
}
