import type { FileKind } from './file-kind';
import { readHeaders, type Header } from './headers';
import { hubspotCalls, hubspotEmails, hubspotMeetings, hubspotNotes } from './hubspot-engagements';
import { hubspotCompanies, hubspotContacts, hubspotDeals } from './hubspot-records';
import { kpiValues } from './kpi-records';
import { salesforceActivities, salesforceNotes } from './salesforce-activities';
import { salesforceAccounts, salesforceContacts, salesforceOpportunities } from './salesforce-records';
import { fitOf } from './file-kind';
import type { ImportSource } from './types';

/** Every kind of CSV file the importer reads, in the order ties are broken. */
export const FILE_KINDS: readonly FileKind[] = [
  salesforceAccounts,
  salesforceContacts,
  salesforceOpportunities,
  salesforceActivities,
  salesforceNotes,
  hubspotCompanies,
  hubspotContacts,
  hubspotDeals,
  hubspotCalls,
  hubspotMeetings,
  hubspotEmails,
  hubspotNotes,
  kpiValues,
];

export function kindsOf(source: ImportSource | 'any'): readonly FileKind[] {
  return source === 'any' ? FILE_KINDS : FILE_KINDS.filter((k) => k.source === source);
}

/** The kind whose fields the headers fit best, or null when none fits. */
export function recognise(
  cells: string[],
  kinds: readonly FileKind[],
): { kind: FileKind; headers: Header[]; notes: string[] } | null {
  if (cells.filter((c) => c.trim() !== '').length < 2) return null;
  const { headers, notes } = readHeaders(cells);
  let best: { kind: FileKind; score: number } | null = null;
  for (const kind of kinds) {
    const score = fitOf(kind, headers);
    if (score !== null && (!best || score > best.score)) best = { kind, score };
  }
  return best ? { kind: best.kind, headers, notes } : null;
}
