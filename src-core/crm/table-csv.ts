import type { AnyRow } from '../model';
import { toCsv } from '../today/csv';

/**
 * Any table as a CSV a spreadsheet opens safely ("Export CSV"): one column per field, in the
 * order rows hold them, identity first; lists and nested values as JSON; formula-looking cells
 * neutralised by the one CSV writer (today/csv.ts). Money stays in cents, as the column says.
 */
const FIRST = ['id', 'accountId'];
const LAST = ['rev', 'deleted', 'updatedAt'];

export function tableCsv(rows: readonly AnyRow[]): string {
  const seen = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) seen.add(key);
  if (seen.size === 0) seen.add('id');
  const middle = [...seen].filter((k) => !FIRST.includes(k) && !LAST.includes(k));
  const header = [...FIRST.filter((k) => seen.has(k)), ...middle, ...LAST.filter((k) => seen.has(k))];
  const body = rows.map((row) => header.map((key) => cellOf((row as Record<string, unknown>)[key])));
  return toCsv(header, body);
}

function cellOf(value: unknown): string | number {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return JSON.stringify(value);
}
