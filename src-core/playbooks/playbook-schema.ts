import { z } from 'zod';
import { ACCOUNT_SIGNALS, EXPANSION_TRIGGERS, HEALTH_BANDS, id, nonEmptyText, nonNegativeCents, text } from '../model';
import { WARNING_KINDS } from '../warnings';

export const playbookTaskSchema = z.strictObject({
  title: nonEmptyText(200),
  detail: text(2_000),
  /** Days after the playbook runs; 0 = today. */
  dueInDays: z
    .number({ message: 'is not a number of days' })
    .int({ message: 'is not a whole number of days' })
    .min(0, { message: 'cannot be before the playbook starts' })
    .max(365, { message: 'is more than a year away' }),
});

/** An expansion framed as a solution (seed 001): the client's problem, the expected impact, a pilot. */
export const playbookOpportunitySchema = z.strictObject({
  kind: z.enum(['upsell', 'cross_sell', 'upgrade']),
  title: nonEmptyText(200),
  problem: text(1_000),
  expectedImpact: text(1_000),
  pilot: text(1_000),
  amountCents: nonNegativeCents,
});

/**
 * A playbook is data: when it applies and what it creates. Templates may use `{account}` (the
 * account's name) and `{evidence}` (the warning's or trigger's evidence).
 */
export const playbookSchema = z.strictObject({
  id,
  name: nonEmptyText(100),
  description: text(1_000),
  when: z.strictObject({
    warnings: z.array(z.enum(WARNING_KINDS)),
    signals: z.array(z.enum(ACCOUNT_SIGNALS)),
    bands: z.array(z.enum(HEALTH_BANDS)),
    expansion: z.array(z.enum(EXPANSION_TRIGGERS)),
  }),
  tasks: z.array(playbookTaskSchema).max(20),
  opportunity: playbookOpportunitySchema.nullable(),
});

export type Playbook = z.infer<typeof playbookSchema>;
