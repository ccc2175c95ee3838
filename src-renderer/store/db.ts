import Dexie, { type EntityTable, type Table } from 'dexie';
import { lastContactAt } from '../../src-core/health/engagement';
import type { Activity, RowOf, TableName } from '../../src-core/model';
import type { EarlyWarning } from '../../src-core/warnings';
import { upgradeLocalSettings, type CarryOver } from './settings-upgrade';
import type {
  AccountChange,
  AccountSummary,
  OutboxEntry,
  RejectedEntry,
  SettingsEditEntry,
  SettingsLayerRecord,
  StoredAccountResults,
  TableChange,
} from './types';

/**
 * The whole local schema and its version history, in one place (STYLE: Dexie).
 *
 * Indexes exist only for queries something makes: the account screens read through
 * `[accountId+date]` compound indexes (a few records, already in order), the calendar and
 * Today read activities by `at` and timesheets by `date`. Never edit a released version:
 * add `this.version(N + 1)` with an upgrade that keeps every row and the outbox.
 */

/** The synced tables of version 1, as released: never edited (later tables join in their own version). */
export const V1_SYNCED_TABLE_SCHEMA = {
  accounts: 'id',
  contacts: 'id, accountId',
  contracts: 'id, accountId',
  goals: 'id, accountId',
  metrics: 'id, [accountId+metric+channel+year]',
  activities: 'id, [accountId+at], at',
  tickets: 'id, [accountId+openedAt]',
  opportunities: 'id, accountId',
  referrals: 'id, accountId',
  feedback: 'id, [accountId+date]',
  invoices: 'id, [accountId+dueDate]',
  notes: 'id, [accountId+createdAt]',
  tasks: 'id, accountId',
  timeEntries: 'id, [accountId+date], date',
  healthOverrides: 'id, accountId',
  onboardingSteps: 'id, accountId',
  decks: 'id, accountId',
};

/** Tables added by version 6: the CSM's yearly obligations (issue 16). */
const V6_SYNCED_TABLE_SCHEMA = {
  clientRequests: 'id, accountId',
  caseStudies: 'id, accountId',
  processes: 'id, accountId',
};

/**
 * Version 8: open tasks by due date (`[status+dueDate]`), so the sidebar's "due now" count reads
 * the few tasks due by today (store/tasks-due.ts) instead of every task and account on each open.
 */
const V8_SYNCED_TABLE_SCHEMA = { tasks: 'id, accountId, [status+dueDate]' };

/**
 * Synced tables: wire name → Dexie schema (primary key first), as of the latest version. Never
 * read: its type makes the build fail when a synced table has no Dexie schema.
 */
const _SYNCED_TABLE_SCHEMA: Record<TableName, string> = {
  ...V1_SYNCED_TABLE_SCHEMA,
  ...V6_SYNCED_TABLE_SCHEMA,
  ...V8_SYNCED_TABLE_SCHEMA,
};

/**
 * Local-only tables; they never sync. `outbox` is keyed by an auto-increment so push order is
 * write order.
 */
const LOCAL_TABLE_SCHEMA = {
  outbox: '++seq, &mutationId, accountId',
  rejected: '&mutationId',
  meta: 'key',
  accountSummaries: 'accountId',
};

export type BookSource = 'demo' | 'file' | 'server';

/** Key/value facts about this local book. */
export interface MetaValues {
  clientId: string;
  cursor: string;
  lastSyncedAt: string;
  bookSource: BookSource;
  userKey: string;
  /** The server revision the settings layers were last read at (`GET /v1/settings?since=`). */
  settingsRev: number;
  /** Settings from the book open before the first sign-in, waiting to join the user's own. */
  settingsCarryOver: CarryOver;
  /** The optional comp-plan view on the scorecard: a view of this laptop, not a setting. */
  compPlanView: boolean;
  /** The CSM's import mapping (columns, CRM values, date and amount formats), kept for next time. */
  importMapping: unknown;
  /** The book's change counter: bumped by every write or pulled page that changes it (change-log.ts). */
  changeRev: number;
  /** The change at which the whole book was last replaced (an imported book, a reset pull). */
  bookReplacedRev: number;
}
export type MetaKey = keyof MetaValues;
export interface MetaRecord<K extends MetaKey = MetaKey> {
  key: K;
  value: MetaValues[K];
}

type SyncedTables = { [T in TableName]: EntityTable<RowOf<T>, 'id'> };

// Dexie maps declared tables onto instance properties; the interface merge types them.
export interface FieldbookDb extends SyncedTables {}

// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: Dexie's typed-tables pattern (the interface declares the tables Dexie adds).
export class FieldbookDb extends Dexie {
  declare outbox: Table<OutboxEntry, number>;
  declare rejected: EntityTable<RejectedEntry, 'mutationId'>;
  declare meta: Table<MetaRecord, MetaKey>;
  declare accountSummaries: EntityTable<AccountSummary, 'accountId'>;
  declare warnings: EntityTable<EarlyWarning, 'id'>;
  declare settingsLayers: EntityTable<SettingsLayerRecord, 'id'>;
  declare settingsOutbox: Table<SettingsEditEntry, number>;
  declare tableChanges: EntityTable<TableChange, 'table'>;
  declare accountChanges: EntityTable<AccountChange, 'accountId'>;
  declare accountResults: EntityTable<StoredAccountResults, 'accountId'>;

  /**
   * Strict durability: a write the CSM saw saved must survive a power cut (RELIABILITY 3). Only a
   * first sync opens a relaxed connection beside it: each page commits with its cursor, so a
   * page lost to a power cut is pulled again (sync/first-sync.ts).
   */
  constructor(name: string, durability: 'strict' | 'relaxed' = 'strict') {
    super(name, { chromeTransactionDurability: durability });
    this.version(1).stores({ ...V1_SYNCED_TABLE_SCHEMA, ...LOCAL_TABLE_SCHEMA });
    // v2: the early-warnings inbox (local-only: derived from the book plus the CSM's snoozes and
    // resolutions). A new empty table, so every v1 row and the outbox carry over untouched.
    this.version(2).stores({ warnings: 'id, causeKey' });
    // v3: settings, branding and playbooks follow the CSM (the team server keeps them): their
    // layers and an outbox of settings edits. The values older versions kept in `meta` move in.
    this.version(3)
      .stores({ settingsLayers: 'id', settingsOutbox: '++seq, &editId' })
      .upgrade((tx) => upgradeLocalSettings(tx));
    // v4: "last contact" has one definition, the last two-way contact (src-core health/engagement);
    // summaries stored by v1–v3 counted any outbound email, so they are recomputed. No schema change.
    this.version(4)
      .stores({})
      .upgrade((tx) => recountLastContact(tx.table('activities'), tx.table('accountSummaries')));
    // v5: the change log (change-log.ts): the revision at which each table and each account last
    // changed, so screens re-read only what a write touched and the book worker recomputes only
    // the accounts that changed. Two new empty local tables; every v4 row and the outbox carry over.
    this.version(5).stores({ tableChanges: 'table', accountChanges: 'accountId, rev' });
    // v6: the yearly obligations the comp plan pays on — requests to clients (feedback, referrals),
    // case studies and documented processes. New empty synced tables: every row and the outbox stay.
    this.version(6).stores(V6_SYNCED_TABLE_SCHEMA);
    // v7: each account's results as the book worker last computed them (stored-results.ts), so a
    // cold open shows health at once. A new empty local table (derived, never synced): every row
    // and the outbox carry over; the worker fills it on its first run.
    this.version(7).stores({ accountResults: 'accountId' });
    // v8: an index of tasks by status and due date (IndexedDB builds it from the stored tasks; a
    // task with no due date is simply not in it). No row changes: every row and the outbox stay.
    this.version(8).stores(V8_SYNCED_TABLE_SCHEMA);
  }

  /** A synced table by its wire name. */
  synced<T extends TableName>(table: T): Table<RowOf<T>, string> {
    return this.table(table) as Table<RowOf<T>, string>;
  }
}

/** The v4 upgrade: every stored summary's last contact, recounted by the one rule. */
async function recountLastContact(activities: Table<Activity>, summaries: Table<AccountSummary>): Promise<void> {
  const byAccount = new Map<string, Activity[]>();
  await activities.each((a) => {
    const list = byAccount.get(a.accountId);
    if (list) list.push(a);
    else byAccount.set(a.accountId, [a]);
  });
  await summaries.toCollection().modify((s) => {
    s.lastContactAt = lastContactAt(byAccount.get(s.accountId) ?? [], 'two_way', null);
  });
}

export function openFieldbookDb(name: string, durability: 'strict' | 'relaxed' = 'strict'): FieldbookDb {
  return new FieldbookDb(name, durability);
}

/**
 * One database per user, so a second user on the same laptop never sees or pushes the first
 * user's outbox (RELIABILITY 7). `userKey` is 'demo', 'file' or `serverUserKey(...)`.
 */
export function fieldbookDbName(userKey: string): string {
  return `fieldbook-${userKey.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/** A short stable key for one user on one server: a hash, so the name leaks neither. */
export function serverUserKey(serverUrl: string, userId: string): string {
  return `u${hash53(`${serverUrl.trim().replace(/\/+$/, '').toLowerCase()}\n${userId}`).toString(36)}`;
}

/** cyrb53: a fast, well-spread 53-bit string hash (not for security, only for naming). */
function hash53(input: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < input.length; i++) {
    const ch = input.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
