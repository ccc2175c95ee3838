import type { BookIndex } from './book-index';
import { hubspotId, hubspotRowId, salesforceId18, salesforceRowId } from './crm-ids';
import type { AccountRef, IssueKind } from './types';

export type Resolved = { accountId: string } | { kind: IssueKind; reason: string };

/**
 * The account a row names, in the importer's book: by the CRM's record id (of the account, or of
 * the opportunity or contact the row hangs from), by Fieldbook id, else by name. A row naming an
 * account outside the book is `outside`; a name two accounts share is `invalid` (an id column
 * settles it).
 */
export function resolveAccount(index: BookIndex, ref: AccountRef, foreign: ReadonlyMap<string, string>): Resolved {
  if ('crm' in ref) {
    const found = index.accountOfRecord(ref.crm, ref.crmId);
    if (found && index.row('accounts', found)) return { accountId: found };
    const rowId = ref.crm === 'salesforce' ? salesforceRowId(ref.crmId) : hubspotRowId('company', ref.crmId);
    if (index.row('accounts', rowId)) return { accountId: rowId };
    const whose = foreign.get(rowId);
    if (whose) return { kind: 'outside', reason: `names account ${describeRef(ref)}, which is in ${whose}'s book` };
    return ref.name ? byName(index, ref.name, describeRef(ref)) : outside(ref);
  }
  if ('fieldbookId' in ref) {
    if (index.row('accounts', ref.fieldbookId)) return { accountId: ref.fieldbookId };
    const sf = salesforceId18(ref.fieldbookId);
    const hs = hubspotId(ref.fieldbookId);
    const viaCrm = (sf && index.accountOfRecord('salesforce', sf)) || (hs && index.accountOfRecord('hubspot', hs));
    if (viaCrm) return { accountId: viaCrm };
    return ref.name ? byName(index, ref.name, describeRef(ref)) : outside(ref);
  }
  return byName(index, ref.name, describeRef(ref));
}

function byName(index: BookIndex, name: string, shown: string): Resolved {
  const ids = index.accountsNamed(name);
  if (ids.length === 1) return { accountId: ids[0]! };
  if (ids.length > 1) {
    return {
      kind: 'invalid',
      reason: `${ids.length} accounts in your book are called "${name}": add the account id column to tell them apart`,
    };
  }
  return { kind: 'outside', reason: `names account ${shown}, which is not in your book` };
}

function outside(ref: AccountRef): Resolved {
  return { kind: 'outside', reason: `names account ${describeRef(ref)}, which is not in your book` };
}

function describeRef(ref: AccountRef): string {
  const name = 'name' in ref && ref.name ? `"${ref.name}"` : '';
  const id = 'crmId' in ref ? ref.crmId : 'fieldbookId' in ref ? ref.fieldbookId : '';
  return [name, id && (name ? `(${id})` : id)].filter(Boolean).join(' ');
}
