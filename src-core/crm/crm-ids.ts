import { id as idSchema } from '../model';
import { stableHash } from '../text/stable-hash';
import { RowProblem } from './cells';
import type { RowContext } from './file-kind';

/**
 * Fieldbook ids for rows that come from a CRM, made from the CRM's own record ids, so the same
 * record always lands on the same row: re-importing changes nothing, an updated export updates
 * in place. Rows with no record id in the file (a report without an id column, a calendar event)
 * get an id hashed from what identifies them.
 */

const CHECKSUM_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

/**
 * The 18-character, case-safe form of a Salesforce id. Reports show 15-character ids, which
 * differ only by letter case (`001A` vs `001a`); the three extra characters encode that case.
 */
export function salesforceId18(id: string): string | null {
  const t = id.trim();
  if (/^[a-zA-Z0-9]{18}$/.test(t)) return t.slice(0, 15) + salesforceChecksum(t.slice(0, 15));
  if (!/^[a-zA-Z0-9]{15}$/.test(t)) return null;
  return t + salesforceChecksum(t);
}

function salesforceChecksum(id15: string): string {
  let out = '';
  for (let block = 0; block < 3; block++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const c = id15.charAt(block * 5 + i);
      if (c >= 'A' && c <= 'Z') bits |= 1 << i;
    }
    out += CHECKSUM_CHARS.charAt(bits);
  }
  return out;
}

/** A HubSpot record id (digits); `12345.0` as a spreadsheet may write it reads as `12345`. */
export function hubspotId(id: string): string | null {
  const t = id.trim().replace(/\.0+$/, '');
  return /^\d{1,20}$/.test(t) ? t : null;
}

/** Columns Fieldbook's own CRM export adds, so its files come back to the rows they came from. */
export const FIELDBOOK_ID_FIELD = { key: 'fieldbookId', label: 'Fieldbook ID', aliases: ['fieldbookid'] };
export const FIELDBOOK_TYPE_FIELD = { key: 'fieldbookType', label: 'Fieldbook type', aliases: ['fieldbooktype'] };

export const salesforceRowId = (id18: string) => `sf-${id18}`;
export const hubspotRowId = (object: string, id: string) => `hs-${object}-${id}`;

/** An id from the text that identifies a row without a record id: `prefix-<32 hex>`. */
export function hashedRowId(prefix: string, ...identity: string[]): string {
  return `${prefix}-${stableHash(identity.map((s) => s.trim().toLowerCase()).join('\u0001'))}`;
}

/** The row's own Fieldbook id, when the file is one Fieldbook exported. */
export function fieldbookKey(ctx: RowContext) {
  const id = ctx.line('fieldbookId');
  if (!id || !idSchema.safeParse(id).success) return null;
  return { id, keyedBy: 'fieldbook' as const, externalIds: {} };
}

export type RowKey = {
  id: string;
  keyedBy: 'record id' | 'name' | 'fieldbook';
  externalIds: { salesforce?: string; hubspot?: string };
};

/**
 * A row's id: Fieldbook's own (a file Fieldbook exported), else the CRM's record id from the `id`
 * column, else (no id column) hashed from `identity` under `prefix`.
 */
export function recordKey(
  ctx: RowContext,
  crm: { system: 'salesforce' | 'hubspot'; says: string; parse(raw: string): string | null; rowId(id: string): string },
  prefix: string,
  identity: () => string[],
): RowKey {
  const own = fieldbookKey(ctx);
  if (own) return own;
  const raw = ctx.line('id');
  if (!raw) return { id: hashedRowId(prefix, ...identity()), keyedBy: 'name', externalIds: {} };
  const id = crm.parse(raw);
  if (!id) throw new RowProblem(`${ctx.column('id')} "${raw}" is not a ${crm.says}`);
  return { id: crm.rowId(id), keyedBy: 'record id', externalIds: { [crm.system]: id } };
}
