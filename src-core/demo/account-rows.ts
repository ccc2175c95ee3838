import type { Account, AccountSignal, AccountSignalKind, Contract } from '../model';
import { addDays } from '../time/dates';
import type { AccountPlan } from './account-plan';
import { syncedRow, scopedRow, type DemoContext } from './context';

const SIGNAL_NOTES: Record<AccountSignalKind, { daysAgo: number; note: string }> = {
  competitor_interest: {
    daysAgo: 12,
    note: 'Owner mentioned a rival agency pitched them a "leads guarantee" at a chamber event and asked how our pricing compares.',
  },
  cancellation_threat: {
    daysAgo: 6,
    note: 'On the last call the owner said: "If next month looks like this one, we are done." Wants to see calls go up, not rankings.',
  },
  downgrade_request: { daysAgo: 20, note: 'Asked whether they could drop to SEO only over the slow season.' },
  budget_concern: {
    daysAgo: 25,
    note: 'Bookkeeper flagged cash flow is tight after a slow quarter; asked to push the invoice date.',
  },
  capacity_limit: {
    daysAgo: 15,
    note: 'Booked out three weeks ahead; turning away jobs. Hiring two techs — a good moment to talk about a second service area.',
  },
  scaling_business: {
    daysAgo: 30,
    note: 'Signed a lease on a second location opening next spring; owner wants the same playbook there.',
  },
  seasonal_peak: {
    daysAgo: 40,
    note: 'Peak season is coming; owner asked whether to raise the ad budget for the rush.',
  },
};

const PULSE: Record<AccountPlan['role'], number | null> = {
  thriving: 5,
  steady: 4,
  flat: 3,
  declining: 2,
  story: 3,
  onboarding: 4,
  churned: null,
};

export function accountRow(ctx: DemoContext, plan: AccountPlan): Account {
  const signals: AccountSignal[] = plan.signals.map((kind) => ({
    kind,
    date: addDays(ctx.asOf, -SIGNAL_NOTES[kind].daysAgo),
    note: SIGNAL_NOTES[kind].note,
  }));
  const lastChange = signals.reduce(
    (latest, s) => (s.date > latest ? s.date : latest),
    plan.churnedAt ?? plan.startedAt,
  );
  return {
    ...syncedRow(ctx, lastChange),
    id: plan.id,
    name: plan.name,
    industry: plan.industry.label,
    tier: plan.tier,
    stage: plan.stage,
    ownerId: ctx.owner.id,
    ownerName: ctx.owner.name,
    city: plan.city.name,
    region: plan.city.state,
    website: `https://www.${plan.domain}`,
    timezone: plan.city.timezone,
    startedAt: plan.startedAt,
    churnedAt: plan.churnedAt,
    pulse: PULSE[plan.role],
    signals,
  };
}

export function contractRows(ctx: DemoContext, plan: AccountPlan): Contract[] {
  return plan.terms.map((term) => ({
    ...scopedRow(ctx, plan.id, term.status === 'cancelled' && plan.churnedAt ? plan.churnedAt : term.start),
    startDate: term.start,
    renewalDate: term.renewal,
    monthlyValueCents: term.valueCents,
    services: term.services,
    status: term.status,
    termMonths: term.termMonths,
  }));
}
