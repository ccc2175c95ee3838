import type { ExpansionTrigger, Opportunity, Service } from '../model';
import { addDays } from '../time/dates';
import { currentTerm, type AccountPlan } from './account-plan';
import { scopedRow, type DemoContext } from './context';
import { clampValue } from './contract-terms';

const SERVICE_NAMES: Record<Service, string> = {
  seo: 'SEO',
  ppc: 'Google Ads',
  social: 'social media',
  email: 'email marketing',
  direct_mail: 'direct mail',
  website: 'website care',
  content: 'content marketing',
};

const MIN_EXPANSION_CENTS = 30_000;

type Draft = Omit<Opportunity, 'id' | 'rev' | 'deleted' | 'updatedAt' | 'accountId'>;

function row(ctx: DemoContext, plan: AccountPlan, draft: Draft): Opportunity {
  return { ...scopedRow(ctx, plan.id, draft.closedAt ?? draft.passedToSalesAt ?? draft.createdAt), ...draft };
}

/** Expansion framed the SOP's way: the client's problem, the expected impact, and a low-risk pilot. */
function framing(plan: AccountPlan, service: string, amountCents: number, trigger: ExpansionTrigger) {
  const extraLeads = Math.max(3, Math.round((amountCents / 100_000) * plan.industry.leadVolume * 0.8));
  const monthly = Math.round((extraLeads * 4.3 * plan.industry.closeRate * plan.industry.jobValueCents) / 100);
  const problems: Record<string, string> = {
    capacity_limit: `Booked weeks ahead in one area; ${plan.name} is hiring and needs demand in the next service area.`,
    scaling_business: `A second location opens soon with no search presence yet.`,
    exceeding_targets: `Current channels beat target every month; searches for "${plan.industry.keywords[0]}" still go to competitors on ${service}.`,
    seasonal_peak: `Peak season demand outruns the current budget; leads cap out mid-month.`,
    client_request: `The owner asked how to reach customers we are not reaching today.`,
    renewal_due: `Renewal is coming up; align the next term with this year's goals.`,
  };
  return {
    problem: problems[trigger] ?? '',
    expectedImpact: `About ${extraLeads} more leads a week, roughly $${monthly.toLocaleString('en-US')} a month in booked ${plan.industry.jobWord}s.`,
    pilot: `60-day pilot of ${service} at a reduced fee, with the success bar agreed up front.`,
  };
}

/** Past expansions (won at renewal), an open upsell for thriving clients, and renewals coming due. */
export function opportunityRows(ctx: DemoContext, plan: AccountPlan): Opportunity[] {
  const { rng } = plan;
  const rows: Opportunity[] = [];
  plan.terms.forEach((term, i) => {
    const before = plan.terms[i - 1];
    // Price rounding is not an expansion: only a real step up (≥ $300 a month) was an opportunity.
    if (
      !before ||
      term.valueCents - before.valueCents < MIN_EXPANSION_CENTS ||
      term.start < ctx.historyStart ||
      term.start > ctx.asOf
    )
      return;
    const added = term.services.find((s) => !before.services.includes(s));
    const amountCents = term.valueCents - before.valueCents;
    const trigger: ExpansionTrigger = rng.pick(['exceeding_targets', 'renewal_due', 'client_request']);
    const createdAt = addDays(term.start, -rng.int(30, 60));
    rows.push(
      row(ctx, plan, {
        kind: added ? 'cross_sell' : 'upgrade',
        title: added
          ? `Add ${SERVICE_NAMES[added]}`
          : `Raise the ${SERVICE_NAMES[before.services[0] ?? 'seo']} budget at renewal`,
        amountCents,
        stage: 'won',
        trigger,
        ...framing(plan, SERVICE_NAMES[added ?? before.services[0] ?? 'seo'], amountCents, trigger),
        createdAt,
        passedToSalesAt: addDays(createdAt, rng.int(3, 12)),
        closedAt: term.start,
        csmIsLeadSource: rng.chance(0.8),
      }),
    );
  });
  if (plan.churnedAt) return rows;
  const current = currentTerm(plan);
  if (plan.trajectory === 'thriving') rows.push(openUpsell(ctx, plan));
  if (plan.trajectory === 'flat' && rng.chance(0.3)) rows.push(lostUpsell(ctx, plan));
  if (current.renewal <= addDays(ctx.asOf, 90)) {
    const createdAt = addDays(current.renewal, -90) < ctx.asOf ? addDays(current.renewal, -90) : ctx.asOf;
    rows.push(
      row(ctx, plan, {
        kind: 'renewal',
        title: `Renewal ${current.renewal.slice(0, 7)}`,
        amountCents: current.valueCents,
        stage: plan.role === 'story' || plan.trajectory === 'declining' ? 'identified' : 'qualified',
        trigger: 'renewal_due',
        ...framing(plan, 'the current plan', 0, 'renewal_due'),
        expectedImpact: '',
        pilot: '',
        createdAt: createdAt < current.start ? current.start : createdAt,
        passedToSalesAt: null,
        closedAt: null,
        csmIsLeadSource: true,
      }),
    );
  }
  return rows;
}

function openUpsell(ctx: DemoContext, plan: AccountPlan): Opportunity {
  const { rng } = plan;
  const current = currentTerm(plan);
  const missing = (['ppc', 'seo', 'social', 'email', 'content'] as const).find((s) => !current.services.includes(s));
  const trigger: ExpansionTrigger = plan.signals.includes('capacity_limit')
    ? 'capacity_limit'
    : plan.signals.includes('seasonal_peak')
      ? 'seasonal_peak'
      : 'exceeding_targets';
  const amountCents = clampValue(current.valueCents * rng.float(0.15, 0.3));
  const service = missing ? SERVICE_NAMES[missing] : 'a second service area';
  const createdAt = addDays(ctx.asOf, -rng.int(5, 40));
  return row(ctx, plan, {
    kind: missing ? 'cross_sell' : 'upsell',
    title: missing ? `Add ${service}` : 'Expand to a second service area',
    amountCents,
    stage: rng.pick(['identified', 'qualified', 'proposed'] as const),
    trigger,
    ...framing(plan, service, amountCents, trigger),
    createdAt,
    passedToSalesAt: rng.chance(0.5) ? addDays(createdAt, 4) : null,
    closedAt: null,
    csmIsLeadSource: true,
  });
}

function lostUpsell(ctx: DemoContext, plan: AccountPlan): Opportunity {
  const createdAt = addDays(ctx.asOf, -plan.rng.int(90, 200));
  const amountCents = 100_000;
  return row(ctx, plan, {
    kind: 'upsell',
    title: 'Seasonal Google Ads push',
    amountCents,
    stage: 'lost',
    trigger: 'seasonal_peak',
    ...framing(plan, 'Google Ads', amountCents, 'seasonal_peak'),
    createdAt,
    passedToSalesAt: addDays(createdAt, 7),
    closedAt: addDays(createdAt, 30),
    csmIsLeadSource: true,
  });
}
