import type { AccountSignalKind, Contract, Service, Stage, Tier } from '../model';
import type { IndustryProfile } from './catalog/industries';
import type { City } from './catalog/places';
import type { Random } from './random';
import type { WorkCalendar } from '../time';
import { clientCalendar, instant } from './context';

/** How an account's results move over the history: the shape a CSM would describe. */
export type Trajectory = 'thriving' | 'steady' | 'flat' | 'declining';

/** The part an account plays in the demo book. `story` is the HVAC account of the SOP example. */
export type AccountRole = 'story' | 'onboarding' | 'churned' | Trajectory;

export interface ContractTerm {
  start: string;
  renewal: string;
  termMonths: number;
  valueCents: number;
  services: Service[];
  status: Contract['status'];
}

/** Everything decided about an account before any row is written; every table reads from it. */
export interface AccountPlan {
  id: string;
  index: number;
  role: AccountRole;
  trajectory: Trajectory;
  name: string;
  industry: IndustryProfile;
  city: City;
  domain: string;
  tier: Tier;
  stage: Stage;
  startedAt: string;
  churnedAt: string | null;
  /** Oldest first; the last one is the current (or cancelled) contract. */
  terms: ContractTerm[];
  signals: AccountSignalKind[];
  /** Planted situations the Today screen and health score should surface. */
  flags: {
    latePayer: boolean;
    unpaidPastDue: boolean;
    unansweredTicket: boolean;
    healthOverride: boolean;
    lateOnboardingStep: boolean;
  };
  rng: Random;
}

export function currentTerm(plan: AccountPlan): ContractTerm {
  const term = plan.terms[plan.terms.length - 1];
  if (!term) throw new Error(`Account ${plan.name} has no contract`);
  return term;
}

export function tierFor(monthlyValueCents: number): Tier {
  if (monthlyValueCents >= 800_000) return 'platinum';
  if (monthlyValueCents >= 500_000) return 'gold';
  if (monthlyValueCents >= 250_000) return 'silver';
  return 'bronze';
}

/**
 * The roles of a book of `count` accounts: one HVAC story, ~7.5% onboarding, ~4% churned in the
 * past year, and the rest thriving / steady / flat / declining in proportions a real book shows.
 */
export function assignRoles(count: number, rng: Random): AccountRole[] {
  if (count <= 0) return [];
  const onboarding = count >= 4 ? Math.max(1, Math.round(count * 0.075)) : 0;
  const churned = count >= 5 ? Math.max(1, Math.round(count * 0.04)) : 0;
  const rest = count - 1 - onboarding - churned;
  const declining = Math.max(rest >= 3 ? 2 : 0, Math.round(rest * 0.15));
  const flat = Math.round(rest * 0.2);
  const thriving = Math.max(rest >= 1 ? 1 : 0, Math.round(rest * 0.3));
  const steady = Math.max(0, rest - declining - flat - thriving);
  const roles: AccountRole[] = [
    ...repeat<AccountRole>('onboarding', onboarding),
    ...repeat<AccountRole>('churned', churned),
    ...repeat<AccountRole>('thriving', thriving),
    ...repeat<AccountRole>('steady', steady),
    ...repeat<AccountRole>('flat', flat),
    ...repeat<AccountRole>('declining', declining),
  ].slice(0, count - 1);
  // The story account comes second so it is near the top of an unsorted list, never lost in it.
  const shuffled = rng.shuffle(roles);
  return [...shuffled.slice(0, 1), 'story', ...shuffled.slice(1)];
}

function repeat<T>(value: T, n: number): T[] {
  return Array.from({ length: Math.max(0, n) }, () => value);
}

/** The wall clock of the client's own city: its meetings, replies and tickets happen in its business hours. */
export function clientInstant(plan: AccountPlan, date: string, minuteOfDay: number): string {
  return instant(date, minuteOfDay, plan.city.timezone);
}

export function planCalendar(plan: AccountPlan): WorkCalendar {
  return clientCalendar(plan.city.timezone);
}
