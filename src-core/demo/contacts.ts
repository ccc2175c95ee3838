import type { Contact, ContactRole } from '../model';
import { addDays } from '../time/dates';
import type { AccountPlan } from './account-plan';
import { FIRST_NAMES, INTERESTS, PERSONAL_NOTES, SURNAMES, familyLine } from './catalog/people';
import { scopedRow, type DemoContext } from './context';

interface Seat {
  role: ContactRole;
  title: string;
}

/** Who a CSM deals with at a local-service business, in the order they matter. */
function seatsFor(plan: AccountPlan, count: number): Seat[] {
  const seats: Seat[] = [
    { role: 'decision_maker', title: plan.industry.ownerTitle },
    { role: 'champion', title: plan.industry.managerTitle },
  ];
  const extras: Seat[] = [
    { role: 'billing', title: plan.rng.pick(['Bookkeeper', 'Controller', 'Office Administrator']) },
    { role: 'day_to_day', title: plan.rng.pick(['Marketing Coordinator', 'Front Desk Lead', 'Customer Service Lead']) },
    plan.tier === 'platinum' || plan.tier === 'gold'
      ? { role: 'executive', title: plan.rng.pick(['Co-owner', 'CEO', 'General Manager']) }
      : { role: 'influencer', title: plan.rng.pick(['Lead Technician', 'Associate', 'Sales Lead']) },
  ];
  return [...seats, ...extras].slice(0, count);
}

/** The owner of "Miller Plumbing" is a Miller: keep the family business believable. */
function ownerSurname(plan: AccountPlan): string | null {
  return SURNAMES.find((s) => plan.name.includes(s)) ?? null;
}

function birthday(plan: AccountPlan): string | null {
  if (plan.rng.chance(0.2)) return null;
  return `${String(plan.rng.int(1, 12)).padStart(2, '0')}-${String(plan.rng.int(1, 28)).padStart(2, '0')}`;
}

/** Two people at one client never share a family story: a repeat is left blank. */
function once(seen: Set<string>, line: string): string {
  if (seen.has(line)) return '';
  seen.add(line);
  return line;
}

export function contactRows(ctx: DemoContext, plan: AccountPlan): Contact[] {
  const { rng } = plan;
  const count = rng.weighted([2, 3, 4, 5], [25, 35, 25, 15]);
  const used = new Set<string>();
  const familySurname = ownerSurname(plan);
  const families = new Set<string>();
  return seatsFor(plan, count).map((seat, i) => {
    let first: string = rng.pick(FIRST_NAMES);
    while (used.has(first)) first = rng.pick(FIRST_NAMES);
    used.add(first);
    const last = i === 0 && familySurname ? familySurname : rng.pick(SURNAMES);
    const interests = rng.shuffle(INTERESTS).slice(0, rng.int(1, 2)).join('; ');
    return {
      ...scopedRow(ctx, plan.id, addDays(plan.startedAt, rng.int(1, 60))),
      name: `${first} ${last}`,
      title: seat.title,
      role: seat.role,
      email: `${`${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, '')}@${plan.domain}`,
      phone: `(${plan.city.areaCode}) 555-01${String(rng.int(0, 99)).padStart(2, '0')}`,
      // The CSM's everyday contact is the manager; the owner signs and shows up for QBRs.
      isPrimary: i === 1,
      birthday: birthday(plan),
      // Drawn here, in the row's order, so every later draw (and the demo book) stays the same.
      family: once(families, familyLine(rng.pick, rng.next())),
      interests,
      personalNotes: rng.pick(PERSONAL_NOTES),
    };
  });
}
