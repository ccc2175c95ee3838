import type { HealthOverride } from '../model';
import { addDays } from '../time/dates';
import type { AccountPlan } from './account-plan';
import { instant, scopedRow, type DemoContext } from './context';

/** One CSM override with a reason and an expiry, so the app can show both bands side by side. */
export function healthOverrideRows(ctx: DemoContext, plan: AccountPlan): HealthOverride[] {
  if (!plan.flags.healthOverride || plan.churnedAt) return [];
  const createdAt = instant(addDays(ctx.asOf, -9), 16 * 60 + 20, ctx.zone);
  return [
    {
      ...scopedRow(ctx, plan.id, createdAt),
      band: 'green',
      reason:
        'Leads are flat on purpose: they paused Saturday promotions while two technicians are out. Owner told me at the review they are very happy.',
      createdAt,
      expiresAt: addDays(ctx.asOf, 30),
      createdBy: ctx.owner.name,
    },
  ];
}
