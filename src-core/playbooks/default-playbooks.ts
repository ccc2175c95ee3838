import type { Playbook } from './playbook-schema';

const never = { warnings: [], signals: [], bands: [], expansion: [] };
const pilot = '60-day pilot at a reduced fee, with the success bar agreed up front.';

/**
 * The retention playbook and the upsell triggers of seed 001 and the SOP (seed 003 §4–5), as
 * editable defaults. Task lists follow the seed's worked HVAC example.
 */
export const DEFAULT_PLAYBOOKS: Playbook[] = [
  {
    id: 'performance-gap',
    name: 'Performance gap → corrective action plan',
    description: 'KPIs flat or declining against target.',
    when: { ...never, warnings: ['kpi_flat_or_declining'] },
    tasks: [
      {
        title: 'Intervention call with {account}: acknowledge the gap honestly',
        detail: 'Why: {evidence}',
        dueInDays: 2,
      },
      {
        title: 'Deep-dive analysis: find the root cause of the gap',
        detail: 'Channels, keywords, audience, conversion. Why: {evidence}',
        dueInDays: 5,
      },
      {
        title: 'Write and share the corrective action plan',
        detail: 'Specific changes, owners, dates and the numbers they should move.',
        dueInDays: 7,
      },
      {
        title: 'Move {account} to weekly check-ins until results recover',
        detail: 'Share early wins the day they happen.',
        dueInDays: 7,
      },
      {
        title: 'Performance review against the corrective plan',
        detail: 'Compare with the baseline; show ROI.',
        dueInDays: 28,
      },
    ],
    opportunity: null,
  },
  {
    id: 'budget-concern',
    name: 'Budget concern → ROI analysis',
    description: 'The client questions the spend.',
    when: { ...never, signals: ['budget_concern'] },
    tasks: [
      {
        title: 'ROI analysis for {account}: value delivered vs investment',
        detail: 'POWER-goal value, attributed revenue and booked jobs against fees. Why: {evidence}',
        dueInDays: 3,
      },
      { title: 'Review the spend mix; recommend what is right, even if less revenue', detail: '', dueInDays: 5 },
      {
        title: 'Walk {account} through the ROI analysis',
        detail: 'Data-backed, honest about what is not working.',
        dueInDays: 7,
      },
    ],
    opportunity: null,
  },
  {
    id: 'competitor-interest',
    name: 'Competitor interest → value proposition review',
    description: 'The client is looking at alternatives.',
    when: { ...never, warnings: ['competitor_interest'], signals: ['competitor_interest'] },
    tasks: [
      {
        title: 'Value proposition review for {account}',
        detail: 'Results delivered, what we do that others do not, where we fell short. Why: {evidence}',
        dueInDays: 2,
      },
      { title: 'Meet the decision maker to review value and concerns', detail: '', dueInDays: 5 },
      {
        title: 'Deliver extra value: a free audit or checkup',
        detail: 'Competitive threats: enhanced value delivery and differentiation (SOP).',
        dueInDays: 10,
      },
    ],
    opportunity: null,
  },
  {
    id: 'red-recovery',
    name: 'Red → executive involvement and recovery plan',
    description: 'Critical health or a cancellation threat.',
    when: { ...never, warnings: ['cancellation_threat'], bands: ['red'], signals: ['cancellation_threat'] },
    tasks: [
      { title: 'Involve the Customer Success Director on {account} today', detail: 'Why: {evidence}', dueInDays: 0 },
      { title: 'Root cause analysis with the delivery team', detail: '', dueInDays: 2 },
      {
        title: 'Agree a recovery plan with a timeline with {account}',
        detail: 'Corrective measures; compensation if appropriate.',
        dueInDays: 5,
      },
      {
        title: 'Weekly check-ins until {account} is back to Yellow',
        detail: 'Rebuild trust through extra value.',
        dueInDays: 7,
      },
      { title: 'Review recovery progress and document lessons learned', detail: '', dueInDays: 30 },
    ],
    opportunity: null,
  },
  {
    id: 'engagement-drop',
    name: 'Engagement drop → re-engage',
    description: 'No two-way touch within the cadence, or a skipped meeting.',
    when: { ...never, warnings: ['no_two_way_touch', 'skipped_meeting'] },
    tasks: [
      { title: 'Call {account} and rebook the missed conversation', detail: 'Why: {evidence}', dueInDays: 1 },
      {
        title: 'Send {account} recent wins and what we are working on',
        detail: 'What is working / what needs work / what we are working on.',
        dueInDays: 3,
      },
    ],
    opportunity: null,
  },
  {
    id: 'renewal-planning',
    name: 'Renewal in 90 days → renewal plan',
    description: 'SOP §5: renewal planning starts 90 days before.',
    when: { ...never, warnings: ['renewal_without_plan'] },
    tasks: [
      { title: 'Renewal: review contract terms and performance', detail: 'Why: {evidence}', dueInDays: 3 },
      { title: 'Renewal: calculate ROI and value delivered', detail: '', dueInDays: 7 },
      { title: 'Renewal: prepare the renewal proposal, with expansion options', detail: '', dueInDays: 14 },
      { title: 'Renewal: schedule the renewal discussion with {account}', detail: '', dueInDays: 21 },
    ],
    opportunity: null,
  },
  {
    id: 'expansion-exceeding-targets',
    name: 'Exceeding targets → scale what works',
    description: 'Targets beaten for several weeks.',
    when: { ...never, expansion: ['exceeding_targets'] },
    tasks: [
      {
        title: 'Quantify the results beyond target for {account} and draft the expansion',
        detail: '{evidence}',
        dueInDays: 5,
      },
    ],
    opportunity: {
      kind: 'upsell',
      title: 'Scale what works for {account}',
      amountCents: 0,
      problem:
        'Results beat target week after week ({evidence}); demand is there that the current plan does not capture.',
      expectedImpact: 'More leads at a similar cost per lead, from the channel already performing.',
      pilot,
    },
  },
  {
    id: 'expansion-capacity',
    name: 'Capacity limit → upgrade',
    description: 'The client hits the limits of the current plan.',
    when: { ...never, expansion: ['capacity_limit'], signals: ['capacity_limit'] },
    tasks: [{ title: 'Size the capacity gap for {account}', detail: '{evidence}', dueInDays: 5 }],
    opportunity: {
      kind: 'upgrade',
      title: 'Upgrade {account} past its capacity limit',
      amountCents: 0,
      problem: 'The current plan caps results: {evidence}',
      expectedImpact: 'Remove the cap so results can keep growing.',
      pilot,
    },
  },
  {
    id: 'expansion-scaling',
    name: 'Scaling business → cross-sell',
    description: 'Hiring, new locations, bigger budgets.',
    when: { ...never, expansion: ['scaling_business'], signals: ['scaling_business'] },
    tasks: [{ title: 'Learn {account}’s growth plans and map services to them', detail: '{evidence}', dueInDays: 7 }],
    opportunity: {
      kind: 'cross_sell',
      title: 'Support {account}’s growth with an added service',
      amountCents: 0,
      problem: 'The business is growing ({evidence}); marketing has to keep up.',
      expectedImpact: 'Demand for the new capacity from day one.',
      pilot,
    },
  },
  {
    id: 'expansion-seasonal',
    name: 'Seasonal peak → seasonal push',
    description: 'A peak season is coming.',
    when: { ...never, expansion: ['seasonal_peak'], signals: ['seasonal_peak'] },
    tasks: [{ title: 'Plan the seasonal push for {account}', detail: '{evidence}', dueInDays: 7 }],
    opportunity: {
      kind: 'upsell',
      title: 'Seasonal campaign for {account}',
      amountCents: 0,
      problem: 'Peak-season demand outruns the current budget ({evidence}).',
      expectedImpact: 'Capture the peak instead of leaving it to competitors.',
      pilot,
    },
  },
];
