import type { ImportTable } from './types';

/**
 * What a row created by an import holds where the CRM says nothing: Fieldbook's own fields (tier,
 * pulse, insight…) start empty or at their everyday value, for the CSM to fill in. An update
 * never uses these: what the CSM set stays.
 */
export function createDefaults(
  table: ImportTable,
  ctx: { today: string; now: string; owner: { id: string; name: string } },
): Record<string, unknown> {
  switch (table) {
    case 'accounts':
      return {
        industry: 'Other',
        tier: 'silver',
        stage: 'active',
        ownerId: ctx.owner.id,
        ownerName: ctx.owner.name,
        city: '',
        region: '',
        website: '',
        timezone: '',
        startedAt: ctx.today,
        churnedAt: null,
        pulse: null,
        signals: [],
      };
    case 'contacts':
      return {
        title: '',
        role: 'day_to_day',
        email: '',
        phone: '',
        isPrimary: false,
        birthday: null,
        family: '',
        interests: '',
        personalNotes: '',
      };
    case 'opportunities':
      return {
        kind: 'upsell',
        amountCents: 0,
        trigger: null,
        problem: '',
        expectedImpact: '',
        pilot: '',
        createdAt: ctx.today,
        passedToSalesAt: null,
        closedAt: null,
        csmIsLeadSource: false,
      };
    case 'activities':
      return {
        status: 'completed',
        direction: 'outbound',
        durationMinutes: 0,
        outcome: '',
        attendeeIds: [],
        insight: null,
      };
    case 'notes':
      return { authorName: '', pinned: false, conflictOf: null, createdAt: ctx.now };
    case 'tasks':
      return { detail: '', dueDate: null, status: 'open', source: 'manual', playbookId: null, completedAt: null };
  }
}
