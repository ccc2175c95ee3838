import type { Referral } from '../model';
import { addDays } from '../time/dates';
import type { AccountPlan } from './account-plan';
import { INDUSTRIES } from './catalog/industries';
import { scopedRow, type DemoContext } from './context';
import { uniqueName } from './plan-account';

/** Referrals a year per account: happy clients refer; the book should show about five a year. */
const YEARLY_RATE: Partial<Record<AccountPlan['trajectory'], number>> = { thriving: 0.3, steady: 0.13 };

const NOTES = [
  "Owner's brother-in-law; met at their kid's baseball game.",
  'Fellow member of the local BNI chapter.',
  'Their supplier rep asked who does their marketing.',
  'Neighbouring business in the same plaza.',
  'Mentioned us in a trade-association Facebook group.',
];

export function referralRows(ctx: DemoContext, plan: AccountPlan, usedNames: Set<string>): Referral[] {
  const rate = YEARLY_RATE[plan.trajectory] ?? 0;
  if (rate === 0 || plan.role === 'onboarding' || plan.churnedAt) return [];
  const { rng } = plan;
  const rows: Referral[] = [];
  const from = plan.startedAt > ctx.historyStart ? plan.startedAt : ctx.historyStart;
  // Walk the account's months; each has rate/12 chance of a referral.
  for (let day = addDays(from, 60); day < ctx.asOf; day = addDays(day, 30)) {
    if (!rng.chance(rate / 12)) continue;
    const age = (Date.parse(ctx.asOf) - Date.parse(day)) / 86_400_000;
    const status =
      age < 21
        ? 'received'
        : age < 60
          ? rng.pick(['contacted', 'received'] as const)
          : rng.weighted(['won', 'lost', 'contacted'] as const, [45, 35, 20]);
    rows.push({
      ...scopedRow(ctx, plan.id, day),
      referredName: uniqueName(rng, rng.pick(INDUSTRIES), plan.city, usedNames),
      date: day,
      status,
      note: rng.pick(NOTES),
    });
  }
  return rows;
}
