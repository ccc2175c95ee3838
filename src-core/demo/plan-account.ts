import type { AccountSignalKind } from '../model';
import { addDays } from '../time/dates';
import type { AccountPlan, AccountRole, Trajectory } from './account-plan';
import { tierFor } from './account-plan';
import { INDUSTRIES, type IndustryProfile } from './catalog/industries';
import { SURNAMES } from './catalog/people';
import { CITIES, type City } from './catalog/places';
import type { DemoContext } from './context';
import { planDates, pickServices, priceServices } from './contract-terms';
import type { Random } from './random';

/** Counts of each role seen so far, so planted situations land on the first few of a kind. */
export type RoleCounts = Partial<Record<AccountRole, number>>;

export function planAccount(
  ctx: DemoContext,
  rng: Random,
  role: Exclude<AccountRole, 'story'>,
  index: number,
  usedNames: Set<string>,
  seen: RoleCounts,
): AccountPlan {
  const nth = seen[role] ?? 0;
  seen[role] = nth + 1;
  const trajectory: Trajectory = role === 'onboarding' ? 'steady' : role === 'churned' ? 'declining' : role;
  const industry = rng.pick(INDUSTRIES);
  const city = rng.pick(CITIES);
  const name = uniqueName(rng, industry, city, usedNames);
  const services = pickServices(rng, industry);
  const valueCents = priceServices(rng, services);
  const dates = planDates(rng, role, trajectory, ctx.asOf, { valueCents, services });
  const renewal = dates.terms[dates.terms.length - 1]?.renewal ?? ctx.asOf;
  return {
    id: ctx.newId(),
    index,
    role,
    trajectory,
    name,
    industry,
    city,
    domain: domainOf(name),
    tier: tierFor(valueCents),
    stage:
      role === 'onboarding' || role === 'churned' ? role : renewal <= addDays(ctx.asOf, 90) ? 'renewing' : 'active',
    ...dates,
    signals: plantedSignals(role, nth),
    flags: {
      latePayer: role === 'declining' && nth % 8 === 0,
      unpaidPastDue: role === 'declining' && nth % 8 === 1,
      unansweredTicket: (role === 'steady' || role === 'thriving') && nth % 12 === 1,
      healthOverride: role === 'flat' && nth % 10 === 0,
      lateOnboardingStep: role === 'onboarding' && nth % 3 === 0,
    },
    rng,
  };
}

/** One competitor threat, one cancellation threat and one growing client per slice of the book. */
function plantedSignals(role: AccountRole, nth: number): AccountSignalKind[] {
  if (role === 'declining' && nth % 8 === 0) return ['competitor_interest'];
  if (role === 'declining' && nth % 8 === 1) return ['cancellation_threat'];
  if (role === 'declining' && nth % 8 === 4) return ['budget_concern'];
  if (role === 'thriving' && nth % 10 === 0) return ['scaling_business', 'capacity_limit'];
  if (role === 'thriving' && nth % 10 === 5) return ['seasonal_peak'];
  return [];
}

function fillName(rng: Random, template: string, industry: IndustryProfile, city: City): string {
  const surname = rng.pick(SURNAMES);
  const others = SURNAMES.filter((s) => s !== surname);
  return template
    .replace('{Surname}', surname)
    .replace('{Surname2}', rng.pick(others))
    .replace('{City}', city.name)
    .replace('{Word}', rng.pick(industry.words));
}

export function uniqueName(rng: Random, industry: IndustryProfile, city: City, used: Set<string>): string {
  for (let attempt = 0; attempt < 30; attempt++) {
    const candidate = fillName(rng, rng.pick(industry.nameTemplates), industry, city);
    if (!used.has(candidate)) {
      used.add(candidate);
      return candidate;
    }
  }
  // Large books run out of combinations; a second location is how real clients get the same name.
  for (let n = 2; ; n++) {
    const candidate = `${fillName(rng, rng.pick(industry.nameTemplates), industry, city)} — ${city.name} #${n}`;
    if (!used.has(candidate)) {
      used.add(candidate);
      return candidate;
    }
  }
}

export function domainOf(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/#\d+/g, '')
    .replace(/[^a-z0-9]+/g, '');
  return `${slug.slice(0, 40)}.com`;
}
