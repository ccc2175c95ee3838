import { hubspotRowId, salesforceRowId } from './crm-ids';
import type { ImportBatch } from './types';

/**
 * The account ids an import may touch or name (its account rows, and the ids accounts get from
 * the record ids rows name), so a server can ask which of them are in someone else's book.
 */
export function candidateAccountIds(batch: ImportBatch): string[] {
  const ids = new Set<string>();
  for (const row of batch.rows) {
    if (row.table === 'accounts') ids.add(row.id);
    const ref = row.account;
    if (ref && 'crm' in ref)
      ids.add(ref.crm === 'salesforce' ? salesforceRowId(ref.crmId) : hubspotRowId('company', ref.crmId));
    if (ref && 'fieldbookId' in ref) ids.add(ref.fieldbookId);
  }
  for (const week of batch.kpis) if ('fieldbookId' in week.account) ids.add(week.account.fieldbookId);
  return [...ids];
}
