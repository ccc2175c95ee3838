/**
 * Closed-vocabulary values in the users' words, for screens and decks alike: `at_risk` →
 * "At risk", `seo` → "SEO". One place, so a slide and the app never name a service differently.
 */
const WORDS: Record<string, string> = {
  seo: 'SEO',
  ppc: 'PPC',
  qbr: 'QBR',
  nps: 'NPS',
  csat: 'CSAT',
  top10_rankings: 'Top-10 rankings',
  cost_per_lead: 'Cost per lead',
  no_show: 'No-show',
  two_way: 'Two-way',
  direct_mail: 'Direct mail',
};

export function labelOf(value: string): string {
  const known = WORDS[value];
  if (known) return known;
  const words = value.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
