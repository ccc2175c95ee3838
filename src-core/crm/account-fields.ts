import { dayCell, present, vocabCell } from './cells';
import type { RowContext } from './file-kind';

/**
 * An account's fields from a CRM row, Salesforce or HubSpot alike: a column that is there sets its
 * field (an emptied city empties it); industry, tier and client-since only when the cell says
 * something, so a blank cell never wipes what Fieldbook holds.
 */
export function accountFields(ctx: RowContext, name: string, externalIds: object): Record<string, unknown> {
  const industry = ctx.line('industry').replace(/_/g, ' ');
  return {
    name: ctx.fit(name, 200),
    externalIds,
    ...present(ctx, {
      city: ['city', () => ctx.fit(ctx.line('city'), 100)],
      region: ['region', () => ctx.fit(ctx.line('region'), 100)],
      website: ['website', () => ctx.fit(ctx.line('website'), 300)],
    }),
    ...(industry ? { industry: ctx.fit(industry, 100) } : {}),
    ...(ctx.line('tier') ? { tier: vocabCell(ctx, 'tier', 'tier') } : {}),
    ...(ctx.line('startedAt') ? { startedAt: dayCell(ctx, 'startedAt') } : {}),
  };
}
