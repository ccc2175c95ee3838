import type { TableName } from '../../src-core/model';
import { sha256Hex } from '../store/hash';
import { canonicalJson } from './canonical-json';

/**
 * The row-level rules every admin write of rows follows — book files, the demo seed, and any
 * CRM import that writes through `importParsedBook` — the same rules a push follows:
 * - a tombstone is never brought back, and nothing is written under a deleted account;
 * - a row the server changed after the version the file holds is left as the server has it;
 * - note text that loses is kept as a conflict copy, never dropped;
 * - a row identical to the stored one is left alone, so re-importing a file changes nothing.
 */

/** A row to import, as the file has it (`data.rev` is the server revision it was exported at, 0 if none). */
export interface ImportRow {
  table: TableName;
  id: string;
  accountId: string;
  deleted: boolean;
  data: Record<string, unknown>;
}

/** The server's current version of a row. `clientId` is null when an import wrote it, not a laptop. */
export interface StoredVersion {
  accountId: string;
  rev: number;
  deleted: boolean;
  clientId: string | null;
  data: Record<string, unknown>;
}

export type SkipReason = 'deleted_on_server' | 'account_deleted' | 'changed_on_server';

export type ImportDecision =
  | { kind: 'write' }
  | { kind: 'unchanged' }
  | { kind: 'skip'; reason: SkipReason; keepTextAs?: string };

/**
 * What to do with one incoming row, given the stored version of it (if any) and whether its
 * account is deleted on the server. "Changed after the file's version": for a row exported from
 * this server (rev > 0), a newer revision here; for a row from elsewhere (rev 0: the demo seed, a
 * CRM export), any version a laptop wrote — the import's own earlier versions it may replace.
 */
export function decideImportedRow(
  row: ImportRow,
  stored: StoredVersion | undefined,
  accountDeleted: boolean,
): ImportDecision {
  if (stored?.deleted) return row.deleted ? { kind: 'unchanged' } : { kind: 'skip', reason: 'deleted_on_server' };
  if (accountDeleted && row.table !== 'accounts')
    return row.deleted ? { kind: 'unchanged' } : { kind: 'skip', reason: 'account_deleted' };
  if (!stored) return { kind: 'write' };
  if (stored.deleted === row.deleted && sameContent(stored.data, row.data)) return { kind: 'unchanged' };
  const fileRev = typeof row.data.rev === 'number' ? row.data.rev : 0;
  const changedSince = fileRev > 0 ? stored.rev > fileRev : stored.clientId !== null;
  if (!changedSince) return { kind: 'write' };
  const losingText = row.table === 'notes' && !row.deleted && row.data.body !== stored.data.body;
  return losingText
    ? { kind: 'skip', reason: 'changed_on_server', keepTextAs: conflictCopyId(row) }
    : { kind: 'skip', reason: 'changed_on_server' };
}

/**
 * The id of the conflict copy that keeps an imported note's losing text. It is derived from the
 * note and the text, so importing the same file again finds the copy it made the first time
 * (and leaves it, or its tombstone, alone) instead of making another.
 */
export function conflictCopyId(row: Pick<ImportRow, 'id' | 'data'>): string {
  return `conflict-${sha256Hex(`${row.id}\u0000${String(row.data.body)}`).slice(0, 32)}`;
}

/** The conflict copy's data: the incoming note under its own id, pointing at the one it lost to. */
export function conflictCopyOf(row: ImportRow, copyId: string): ImportRow {
  return { ...row, id: copyId, data: { ...row.data, id: copyId, conflictOf: row.id } };
}

/** Compares rows but for what the server stamps on every write. */
export function sameContent(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const strip = ({ rev: _r, updatedAt: _u, ...rest }: Record<string, unknown>) => rest;
  return canonicalJson(strip(a)) === canonicalJson(strip(b));
}
