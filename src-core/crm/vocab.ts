import { ACTIVITY_KINDS, CHANNELS, METRIC_KEYS, OPPORTUNITY_KINDS, OPPORTUNITY_STAGES, TIERS, labelOf } from '../model';
import { compactKey } from './headers';
import type { VocabKind } from './types';

/**
 * CRM vocabularies onto Fieldbook's: Salesforce's and HubSpot's default deal stages and types,
 * activity types, analytics' metric and channel names. Every guess below shows in the import's
 * mapping, where the CSM can change it; a value with no guess maps to nothing, and its rows wait
 * until the CSM picks a Fieldbook value (or leaves them out).
 */

/** `task`/`note`: a CRM activity that is a to-do or a note in Fieldbook, not a touchpoint. */
export const ACTIVITY_TARGETS = [...ACTIVITY_KINDS, 'task', 'note'] as const;

export const VOCAB_TARGETS: Record<VocabKind, readonly string[]> = {
  opportunityStage: OPPORTUNITY_STAGES,
  opportunityKind: OPPORTUNITY_KINDS,
  activityKind: ACTIVITY_TARGETS,
  tier: TIERS,
  metric: METRIC_KEYS,
  channel: CHANNELS,
};

export const VOCAB_LABELS: Record<VocabKind, string> = {
  opportunityStage: 'Stage',
  opportunityKind: 'Opportunity type',
  activityKind: 'Activity type',
  tier: 'Tier',
  metric: 'Metric',
  channel: 'Channel',
};

/** What a mapped value may also be: leave the rows with this value out of the import. */
export const LEAVE_OUT = 'leave_out';

type Rules = readonly (readonly [RegExp, string])[];

const GUESSES: Record<VocabKind, Rules> = {
  opportunityStage: [
    [/closed\s*won|^won$/, 'won'],
    [/closed\s*lost|^lost$|lost/, 'lost'],
    [/decision\s*maker\s*bought|proposal|quote|negotiat|contract|commit|verbal/, 'proposed'],
    [/qualif|discovery|needs|analysis|value\s*prop|decision\s*maker|perception|presentation|demo/, 'qualified'],
    [/prospect|appointment|identif|^lead|^new$|^open$/, 'identified'],
  ],
  opportunityKind: [
    [/downgrade/, ''],
    [/upgrade/, 'upgrade'],
    [/renew|replacement/, 'renewal'],
    [/cross/, 'cross_sell'],
    [/new\s*business|new\s*customer|^new$/, 'new_business'],
    [/upsell|up-sell|add[-\s]?on|expansion|existing/, 'upsell'],
    [/^$/, 'upsell'],
  ],
  activityKind: [
    [/qbr|business\s*review/, 'qbr'],
    [/audit/, 'audit'],
    [/value\s*report/, 'value_report'],
    [/e-?mail/, 'email'],
    [/call|phone/, 'call'],
    [/meeting|event|video|zoom|teams/, 'meeting'],
    [/note/, 'note'],
    [/task|to-?do|other|^$/, 'task'],
  ],
  tier: [
    [/high|^a$/, 'gold'],
    [/medium|^b$/, 'silver'],
    [/low|^c$/, 'bronze'],
  ],
  metric: [
    [/cost\s*per\s*lead|^cpl$/, 'cost_per_lead'],
    [/lead|form|conversion|inquir|enquir/, 'leads'],
    [/call/, 'calls'],
    [/job|booking|booked|appointment/, 'booked_jobs'],
    [/top\s*-?\s*10|ranking|keyword/, 'top10_rankings'],
    [/spend|cost|budget/, 'ad_spend'],
    [/revenue|sales/, 'revenue_attributed'],
    [/organic|(web|website|site)\s*(traffic|sessions|visits|users)|^(sessions|users|visits)$/, 'organic_traffic'],
  ],
  channel: [
    [/^$|^all$|total|overall|all\s*channels/, 'all'],
    [/social|facebook|instagram|linkedin|meta|tiktok/, 'social'],
    [/direct\s*mail|postcard|^mail$/, 'direct_mail'],
    [/e-?mail|newsletter/, 'email'],
    [/paid|ppc|cpc|google\s*ads|adwords|^sem$|bing\s*ads/, 'paid'],
    [/organic|seo|natural/, 'organic'],
    [/referr/, 'referral'],
  ],
};

/** The key a CRM value is remembered by: `Closed Won`, `closed won` and `CLOSED_WON` are one. */
export function vocabKey(raw: string): string {
  return compactKey(raw);
}

/** Fieldbook's value for a CRM value by the built-in guesses, or null. */
export function guessVocab(kind: VocabKind, raw: string): string | null {
  const targets = VOCAB_TARGETS[kind];
  const key = vocabKey(raw);
  const exact = targets.find((t) => compactKey(t) === key || compactKey(labelOf(t)) === key);
  if (exact) return exact;
  const text = raw.trim().toLowerCase().replace(/[_]+/g, ' ');
  for (const [pattern, value] of GUESSES[kind]) if (pattern.test(text)) return value || null;
  return null;
}
