import type { Activity, Service } from '../model';
import type { AccountPlan } from './account-plan';
import type { KpiStream } from './kpi-timeline';
import { monthAverage, percentChange } from './kpi-summary';
import { monthLabel, previousMonth } from './month-keys';

type Insight = NonNullable<Activity['insight']>;

const WORKING_ON: Partial<Record<Service, readonly string[]>> = {
  seo: [
    'Building service-area pages for the suburbs around {city}.',
    'Earning local links from the chamber and two supplier directories.',
    'Fixing slow mobile pages flagged in the audit.',
  ],
  ppc: [
    'Moving budget from broad match to "{kw}" exact match.',
    'Testing a new landing page with the phone number above the fold.',
    'Adding call-only ads during business hours.',
  ],
  content: [
    'Publishing two commercial-intent pages a month around "{kw}".',
    "Refreshing last year's top posts with current prices.",
  ],
  social: ['Posting before/after photos three times a week.', 'Running a review-request push to lift the star rating.'],
  email: [
    'Launching the win-back email to customers not seen in 12 months.',
    'Segmenting the list by service for the seasonal promo.',
  ],
  direct_mail: [
    'Mailing the new-mover postcard to three ZIP codes.',
    'Tracking mail response with a dedicated phone number.',
  ],
  website: ['Adding online booking to the homepage.', 'Speeding up the contact form and adding click-to-call.'],
};

const NEEDS_WORK = [
  'Weekend calls go to voicemail; we counted missed calls that never got a call back.',
  'Only about half of form leads get a reply the same day.',
  'Google Business Profile photos are over a year old.',
  'Review volume dropped; fewer than one new review a week.',
];

function fill(text: string, plan: AccountPlan, keyword: string): string {
  return text.replace('{city}', plan.city.name).replace('{kw}', keyword);
}

/** The three-part monthly insight of the SOP, written from the numbers of the month before. */
export function monthlyInsight(plan: AccountPlan, streams: readonly KpiStream[], month: string, roll: number): Insight {
  const reported = previousMonth(month);
  const keyword =
    plan.industry.keywords[Math.floor(roll * plan.industry.keywords.length)] ?? plan.industry.keywords[0] ?? '';
  const services = plan.terms[plan.terms.length - 1]?.services ?? [];
  const service = services[Math.floor(roll * services.length)] ?? 'seo';
  const options = WORKING_ON[service] ?? WORKING_ON.seo ?? [];
  const workingOn = fill(options[Math.floor(roll * options.length)] ?? '', plan, keyword);
  if (plan.role === 'story' && month >= plan.terms[1]!.start.slice(0, 7)) return storyInsight(plan, streams, reported);
  const leads = monthAverage(streams, 'leads', 'all', reported);
  const before = monthAverage(streams, 'leads', 'all', previousMonth(reported));
  if (!leads) {
    return { working: 'Tracking is live on calls and forms.', needsWork: 'Too early to judge results.', workingOn };
  }
  const change = before ? percentChange(before.value, leads.value) : null;
  const vsLast = change === null ? '' : ` (${change >= 0 ? '+' : ''}${change}% on the month before)`;
  const onTarget = leads.value >= leads.target;
  const working = onTarget
    ? `${monthLabel(reported)}: ${leads.value} leads a week against a target of ${leads.target}${vsLast}. "${keyword}" is bringing in the best calls.`
    : `"${keyword}" keeps bringing steady calls; booked jobs per lead held up in ${monthLabel(reported)}.`;
  const needsWork = onTarget
    ? (NEEDS_WORK[Math.floor(roll * NEEDS_WORK.length)] ?? '')
    : `${monthLabel(reported)}: ${leads.value} leads a week against a target of ${leads.target}${vsLast}. We are below plan and own that.`;
  return { working, needsWork, workingOn };
}

function storyInsight(plan: AccountPlan, streams: readonly KpiStream[], reported: string): Insight {
  const traffic = monthAverage(streams, 'organic_traffic', 'organic', reported);
  const leads = monthAverage(streams, 'leads', 'all', reported);
  return {
    working: `Organic traffic keeps climbing: ${(traffic?.value ?? 0).toLocaleString('en-US')} visits a week in ${monthLabel(reported)}, and rankings are up every month.`,
    needsWork: `Leads have not followed: ${leads?.value ?? 0} a week against a target of ${leads?.target ?? 0}. Most new visits land on how-to articles.`,
    workingOn: `Two more how-to guides for ${plan.city.name} homeowners (furnace maintenance, AC filters).`,
  };
}
