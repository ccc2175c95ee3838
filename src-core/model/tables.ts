import type { z } from 'zod';
import { accountSchema } from './account';
import { contractSchema, deckRecordSchema, invoiceSchema, opportunitySchema, referralSchema } from './commercial';
import { contactSchema } from './contact';
import { activitySchema, feedbackSchema, noteSchema, ticketSchema } from './engagement';
import { caseStudySchema, clientRequestSchema, processDocSchema } from './obligations';
import { goalSchema, metricSeriesSchema } from './results';
import { healthOverrideSchema, onboardingStepSchema, taskSchema, timeEntrySchema } from './work';

/**
 * The synced tables, by their wire names (DESIGN §8), each with its one schema.
 * Order matters where rows refer to each other: accounts first.
 */
export const TABLE_SCHEMAS = {
  accounts: accountSchema,
  contacts: contactSchema,
  contracts: contractSchema,
  goals: goalSchema,
  metrics: metricSeriesSchema,
  activities: activitySchema,
  tickets: ticketSchema,
  opportunities: opportunitySchema,
  referrals: referralSchema,
  feedback: feedbackSchema,
  invoices: invoiceSchema,
  notes: noteSchema,
  tasks: taskSchema,
  timeEntries: timeEntrySchema,
  healthOverrides: healthOverrideSchema,
  onboardingSteps: onboardingStepSchema,
  decks: deckRecordSchema,
  clientRequests: clientRequestSchema,
  caseStudies: caseStudySchema,
  processes: processDocSchema,
} as const;

export type TableName = keyof typeof TABLE_SCHEMAS;
export const TABLE_NAMES = Object.keys(TABLE_SCHEMAS) as TableName[];
export type RowOf<T extends TableName> = z.infer<(typeof TABLE_SCHEMAS)[T]>;
export type AnyRow = RowOf<TableName>;
/** Every table but `accounts`: rows scoped by `accountId`. */
export type ScopedTableName = Exclude<TableName, 'accounts'>;

/** Every table but `accounts`, in `TABLE_SCHEMAS` order. */
export const SCOPED_TABLE_NAMES = TABLE_NAMES.filter((t): t is ScopedTableName => t !== 'accounts');

/** A whole book in memory: every table's rows. */
export type BookTables = { [T in TableName]: RowOf<T>[] };

export function isTableName(name: unknown): name is TableName {
  return typeof name === 'string' && Object.hasOwn(TABLE_SCHEMAS, name);
}

export function emptyBookTables(): BookTables {
  return Object.fromEntries(TABLE_NAMES.map((t) => [t, []])) as unknown as BookTables;
}

/** The account a row belongs to: its own id for an account, its `accountId` otherwise. */
export function accountIdOf(table: TableName, row: { id: string; accountId?: string }): string {
  return table === 'accounts' ? row.id : (row.accountId ?? '');
}
