import type { BookTables } from '../model';
import type { AccountPlan } from './account-plan';
import { accountRow, contractRows } from './account-rows';
import { cadenceActivities, peopleOf } from './cadence-activities';
import { contactRows } from './contacts';
import type { DemoContext } from './context';
import { feedbackRows } from './feedback';
import { goalRows } from './goals';
import { healthOverrideRows } from './health-override';
import { storyShape } from './hvac-story';
import { invoiceRows } from './invoices';
import { genericShape } from './kpi-shape';
import { buildKpiTimeline } from './kpi-timeline';
import { toYearlySeries } from './metric-series';
import { noteRows } from './notes';
import { onboardingRows } from './onboarding';
import { opportunityRows } from './opportunities';
import { referralRows } from './referrals';
import { taskRows } from './tasks';
import { ticketRows } from './tickets';
import { timeEntryRows } from './time-entries';
import { adHocEmails, cancellationCall, syncCalls } from './touchpoints';

/** Writes every row of one planned account into the book's tables. */
export function writeAccount(ctx: DemoContext, plan: AccountPlan, tables: BookTables, usedNames: Set<string>): void {
  tables.accounts.push(accountRow(ctx, plan));
  tables.contracts.push(...contractRows(ctx, plan));
  const contacts = contactRows(ctx, plan);
  tables.contacts.push(...contacts);
  const people = peopleOf(contacts);

  const shape = plan.role === 'story' ? storyShape(plan) : genericShape(plan, ctx.historyStart, ctx.asOf);
  const streams = buildKpiTimeline(ctx, plan, shape);
  tables.metrics.push(...toYearlySeries(ctx, plan.id, streams));
  tables.goals.push(...goalRows(ctx, plan, people, streams));

  const onboarding = onboardingRows(ctx, plan, people);
  tables.onboardingSteps.push(...onboarding.steps);
  const activities = [
    ...onboarding.activities,
    ...cadenceActivities(ctx, plan, people, streams),
    ...syncCalls(ctx, plan, people),
    ...adHocEmails(ctx, plan, people),
    ...cancellationCall(ctx, plan, people),
  ].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  tables.activities.push(...activities);

  tables.tickets.push(...ticketRows(ctx, plan));
  tables.invoices.push(...invoiceRows(ctx, plan));
  tables.feedback.push(...feedbackRows(ctx, plan, people));
  tables.opportunities.push(...opportunityRows(ctx, plan));
  tables.referrals.push(...referralRows(ctx, plan, usedNames));
  tables.notes.push(...noteRows(ctx, plan, people));
  tables.tasks.push(...taskRows(ctx, plan, activities));
  tables.timeEntries.push(...timeEntryRows(ctx, plan, activities));
  tables.healthOverrides.push(...healthOverrideRows(ctx, plan));
}
