import { z } from 'zod';
import { id } from '../model/primitives';
import { TABLE_NAMES, type TableName } from '../model/tables';

/**
 * The wire protocol of DESIGN §8, one schema per message. Server and client both validate
 * with these, so neither trusts the other's shapes.
 */

export const MUTATION_OPS = ['upsert', 'patch', 'delete'] as const;

/** Fields a client may never send: the server owns revisions, tombstones and owners. */
export const SERVER_OWNED_FIELDS = ['rev', 'deleted', 'updatedAt', 'ownerId', 'ownerName'] as const;

export const mutationSchema = z.strictObject({
  mutationId: id,
  table: z.enum(TABLE_NAMES as [TableName, ...TableName[]]),
  op: z.enum(MUTATION_OPS),
  id,
  /** upsert: the whole row but server-owned fields; patch: only the changed fields; delete: {}. */
  fields: z.record(z.string().max(64), z.unknown()),
  baseRev: z.number().int().min(0).optional(),
});
export type Mutation = z.infer<typeof mutationSchema>;

export const MAX_MUTATIONS_PER_PUSH = 500;

export const pushRequestSchema = z.strictObject({
  clientId: id,
  mutations: z.array(z.unknown()).max(MAX_MUTATIONS_PER_PUSH),
});

export const REJECT_REASONS = ['validation', 'out_of_scope', 'forbidden', 'not_found'] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

export type MutationResult =
  | { mutationId: string; status: 'applied' | 'duplicate'; rev?: number }
  | { mutationId: string; status: 'rejected'; reason: RejectReason; message?: string };

export interface PushResponse {
  results: MutationResult[];
}

export interface PulledChange {
  table: TableName;
  id: string;
  rev: number;
  deleted: boolean;
  row: Record<string, unknown> | null;
}

/** A single row that left the caller's book: it moved to an account they cannot see. */
export interface RemovedRow {
  table: TableName;
  id: string;
}

export interface PullResponse {
  cursor: string;
  more: boolean;
  reset: boolean;
  changes: PulledChange[];
  removedAccounts: string[];
  /**
   * Added after DESIGN §8's first shape, so optional to readers: rows that moved out of the
   * caller's book on their own (their account stayed). The client drops them like removed accounts.
   */
  removedRows?: RemovedRow[];
  /**
   * Added with cursor v2, so optional to readers (an older server never sends it; an older client
   * ignores it): during the full phase of a first sync, which pages the book account by account,
   * the accounts whose every row has now been delivered, each named on one page only. The tail
   * that follows may still change them, as any later pull may.
   */
  accountsComplete?: string[];
  /** Sent with `accountsComplete`: how many accounts the book holds now, for "212 of ~500 accounts". */
  accountsInBook?: number;
}

export interface Me {
  id: string;
  email: string;
  name: string;
  role: 'csm' | 'lead' | 'admin';
}
