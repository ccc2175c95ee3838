import type { Channel, MetricKey, TableName } from '../model';
import type { DateOrder } from './dates';
import type { DecimalMark } from './values';

/** The tables a CRM import writes (KPIs go to `metrics` through their own path). */
export type ImportTable = Extract<
  TableName,
  'accounts' | 'contacts' | 'opportunities' | 'activities' | 'notes' | 'tasks'
>;

export type CrmSystem = 'salesforce' | 'hubspot';
export type ImportSource = CrmSystem | 'kpi' | 'ics';

/** How a row names its account: by the CRM's record id, by name, or by Fieldbook id. */
export type AccountRef =
  | { crm: CrmSystem; crmId: string; name?: string }
  | { name: string }
  | { fieldbookId: string; name?: string };

/** How an activity names a person: a CRM contact id or an email address. */
export type ContactRef = { crm: CrmSystem; crmId: string } | { email: string };

/** Where in which file a row came from, for every message about it. */
export interface RowSource {
  file: string;
  row: number;
}

/**
 * One row of a CRM export, mapped: `fields` are the CRM's (written on create and on every update),
 * `defaults` fill the rest of a new row and never overwrite what the CSM has since changed.
 */
export interface IncomingRow extends RowSource {
  table: ImportTable;
  /** The Fieldbook id: from the record id, or hashed from what identifies the row. */
  id: string;
  /** How the row was keyed: the CRM's record id, what identifies it (no id column), or Fieldbook's own id. */
  keyedBy: 'record id' | 'name' | 'fieldbook';
  account: AccountRef | null;
  fields: Record<string, unknown>;
  defaults: Record<string, unknown>;
  attendees?: ContactRef[];
}

/** KPI values of one account, metric, channel and week, folded as they stream in. */
export interface KpiWeek {
  account: AccountRef;
  accountKey: string;
  metric: MetricKey;
  channel: Channel;
  /** Monday of the week. */
  week: string;
  value: number | null;
  target: number | null;
  rows: number[];
  file: string;
}

/** A calendar event as read from an .ics file, before it is matched to an account. */
export interface CalendarEvent extends RowSource {
  uid: string;
  /** The row id: the Fieldbook activity it was exported from, or hashed from UID and occurrence. */
  id: string;
  start: string;
  durationMinutes: number;
  summary: string;
  cancelled: boolean;
  emails: string[];
}

export type IssueKind = 'invalid' | 'outside' | 'skipped';

/**
 * A row that will not be imported, and why. `invalid` rows block the import until the mapping
 * is fixed (or the CSM chooses to leave them out); `outside` rows name an account that is not in
 * this book; `skipped` rows are deliberately left alone (deleted in the CRM or in Fieldbook).
 */
export interface RowIssue extends RowSource {
  kind: IssueKind;
  reason: string;
}

export interface ImportOptions {
  dateOrder: DateOrder;
  decimalMark: DecimalMark;
  /** Opportunity amounts are monthly values (Fieldbook's own meaning) or annual (÷ 12). */
  amountPeriod: 'monthly' | 'annual';
  /** The CSM's zone: times written without a zone are read in it. */
  timeZone: string;
}

export interface ColumnUse {
  field: string;
  label: string;
  /** The file's column label, or null when no column feeds the field. */
  column: string | null;
  from: 'recognised' | 'saved' | 'chosen' | 'none';
  required: boolean;
}

export interface VocabUse {
  vocab: VocabKind;
  value: string;
  rows: number;
  /** The Fieldbook value it maps to, or null when it has none yet. */
  mapped: string | null;
}

export type VocabKind = 'opportunityStage' | 'opportunityKind' | 'activityKind' | 'tier' | 'metric' | 'channel';

export interface FileSummary {
  name: string;
  kind: string;
  kindLabel: string;
  source: ImportSource;
  encoding: string;
  delimiter: string | null;
  /** Data rows read (not counting headers, report titles and footers). */
  rows: number;
  headers: string[];
  columns: ColumnUse[];
  vocab: VocabUse[];
  options: ImportOptions;
  notes: string[];
}

/** A file that could not be read at all: the import cannot go ahead until it is fixed or removed. */
export interface FileFailure {
  file: string;
  reason: string;
}

/** Everything read from the files, not yet matched against the book. */
export interface ImportBatch {
  files: FileSummary[];
  failures: FileFailure[];
  rows: IncomingRow[];
  kpis: KpiWeek[];
  events: CalendarEvent[];
  issues: RowIssue[];
}
