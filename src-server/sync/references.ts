import type { TableName } from '../../src-core/model';
import type { Queryable } from '../db/adapter';

/** Fields (a dotted path for a nested one) that name rows of other tables. A client may only point at rows in its own book. */
const REFERENCES: Partial<Record<TableName, { field: string; table: TableName }[]>> = {
  activities: [{ field: 'attendeeIds', table: 'contacts' }],
  feedback: [
    { field: 'contactId', table: 'contacts' },
    { field: 'requestId', table: 'clientRequests' },
  ],
  notes: [{ field: 'conflictOf', table: 'notes' }],
  goals: [{ field: 'approval.contactId', table: 'contacts' }],
  referrals: [{ field: 'requestId', table: 'clientRequests' }],
  clientRequests: [{ field: 'contactId', table: 'contacts' }],
  caseStudies: [{ field: 'quoteFeedbackId', table: 'feedback' }],
};

/**
 * The first field among `fields` that names an existing row outside `owners`' accounts, or null.
 * Ids that do not exist yet are allowed: an offline client may push the row before its contact.
 */
export async function foreignReference(
  q: Queryable,
  owners: string[] | null,
  table: TableName,
  fields: Record<string, unknown>,
): Promise<string | null> {
  if (owners === null) return null;
  for (const ref of REFERENCES[table] ?? []) {
    const value = valueAt(fields, ref.field);
    const ids = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');
    if (ids.length === 0) continue;
    const outside = await q.query(
      `SELECT 1 FROM rows r JOIN account_owners o ON o.account_id = r.account_id
        WHERE r.table_name = $1 AND r.id = ANY($2::text[]) AND NOT (o.owner_id = ANY($3::text[])) LIMIT 1`,
      [ref.table, ids.slice(0, 100), owners],
    );
    if (outside.length > 0) return ref.field;
  }
  return null;
}

function valueAt(fields: Record<string, unknown>, path: string): unknown {
  let value: unknown = fields;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}
