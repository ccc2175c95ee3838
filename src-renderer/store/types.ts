import type { Account, BookTables, TableName } from '../../src-core/model';
import type { Mutation } from '../../src-core/sync/protocol';
import type { SettingsEdit } from '../../src-core/sync/settings-protocol';
import type { Layer, LayerScope, SettingsKind } from '../../src-core/user-settings';

/**
 * The store's public shapes. Screens and the sync client depend on these, not on Dexie tables.
 */

/** Counters kept per account so the Book never scans activities or tickets (DESIGN §3: keep counters). */
export interface AccountSummary {
  accountId: string;
  monthlyValueCents: number;
  renewalDate: string | null;
  services: string[];
  /** Last two-way contact (`lastContactAt(…, 'two_way')`: a completed call, meeting or QBR, or a reply). */
  lastContactAt: string | null;
  openTickets: number;
  openTasks: number;
  nextMeetingAt: string | null;
}

export interface BookRow {
  account: Account;
  summary: AccountSummary;
}

/** Everything one account screen shows, read through `[accountId+…]` indexes. */
export type AccountDetail = { account: Account } & { [T in Exclude<TableName, 'accounts'>]: BookTables[T] };

/** A local write waiting to be pushed: the wire mutation plus local bookkeeping. */
export interface OutboxEntry extends Mutation {
  /** Auto-increment: push order is write order. */
  seq?: number;
  accountId: string;
  createdAt: string;
}

/** A mutation the server refused; kept until the CSM edits, retries, exports or discards it. */
export interface RejectedEntry extends OutboxEntry {
  reason: string;
  message: string;
  rejectedAt: string;
}

export interface StoreClock {
  /** ISO instant; injected so tests control time. */
  now(): string;
  /** New client-generated UUID. */
  newId(): string;
}

/** One settings layer as this laptop last had it from the server (or, for a local book, as the CSM saved it). */
export interface SettingsLayerRecord {
  /** `team:settings`, `user:branding`, … */
  id: string;
  scope: LayerScope;
  kind: SettingsKind;
  /** The server's revision of this copy; 0 for a local book. */
  rev: number;
  layer: Layer;
}

/** A settings edit waiting to be sent (or, with `rejected`, one the server refused). */
export interface SettingsEditEntry extends SettingsEdit {
  /** Auto-increment: edits are sent, and applied locally, in the order they were made. */
  seq?: number;
  createdAt: string;
  rejected?: { reason: string; message: string; at: string };
}

/** A table the change log names: a synced table, or the outbox and couldn't-sync lists. */
export type ChangedTable = TableName | 'outbox' | 'rejected';

/** The change-log revision at which a table last changed. */
export interface TableChange {
  table: ChangedTable;
  rev: number;
}

/** The change-log revision at which any row of an account last changed. */
export interface AccountChange {
  accountId: string;
  rev: number;
}

/**
 * One account's results (health, standing…) as the book worker last computed them, kept so a cold
 * open shows them before the worker has read the book. Current only while nothing of the account
 * changed after `rev` and the settings and the CSM's day are the same (store/stored-results.ts).
 */
export interface StoredAccountResults<T = unknown> {
  accountId: string;
  /** The change-log revision the account's rows were read at (or later: never earlier). */
  rev: number;
  settingsKey: string;
  day: string;
  results: T;
}

/** What one committed transaction changed, as listeners on this thread hear it. */
export interface BookChange {
  rev: number;
  tables: ChangedTable[];
  accounts: string[];
  /** The whole book was replaced: every account may have changed, and some may be gone. */
  wholeBook: boolean;
  /** Pulled from the server (pages land in bursts: the screens re-read at most once a second). */
  pulled?: boolean;
}
