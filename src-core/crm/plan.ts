import type { BookTables, TableName } from '../model';
import { createBookIndex, type BookIndex } from './book-index';
import { PlanState, type PlannedWrite, type PlanSettings } from './plan-context';
import { planEvents } from './plan-events';
import { planKpis } from './plan-kpis';
import { resolveAccount } from './resolve-account';
import type { ContactRef, FileFailure, FileSummary, ImportBatch, IncomingRow, RowIssue } from './types';

export type { PlannedWrite, PlanSettings } from './plan-context';

export interface TableCounts {
  created: number;
  updated: number;
  unchanged: number;
}

/** What an import will do to the book: the preview, and the writes to make if the CSM goes ahead. */
export interface ImportPlan {
  files: FileSummary[];
  failures: FileFailure[];
  writes: PlannedWrite[];
  counts: Partial<Record<TableName, TableCounts>>;
  /** Every row that will not be imported, with its reason, in file and row order. */
  issues: RowIssue[];
}

/**
 * Matches what the files say against the book (pure: the server and the app both call it with the
 * book they hold). Accounts first, so every other row finds the accounts beside it; then contacts,
 * opportunities and the rest; then KPI weeks into yearly series; then calendar events.
 */
export function planImport(batch: ImportBatch, book: BookTables, settings: PlanSettings): ImportPlan {
  const state = new PlanState(createBookIndex(book), settings);
  for (const issue of batch.issues) state.issues.push(issue);
  const order: TableName[] = ['accounts', 'contacts', 'opportunities', 'activities', 'notes', 'tasks'];
  for (const table of order) for (const row of batch.rows) if (row.table === table) planRow(state, row);
  planKpis(state, batch.kpis);
  planEvents(state, batch.events);
  return {
    files: batch.files,
    failures: batch.failures,
    writes: [...state.writes.values()],
    counts: countsOf(state),
    issues: state.issues.sort((a, b) => (a.file === b.file ? a.row - b.row : a.file < b.file ? -1 : 1)),
  };
}

function planRow(state: PlanState, row: IncomingRow): void {
  if (row.table === 'accounts') {
    planAccount(state, row);
    return;
  }
  // A row Fieldbook exported itself is Fieldbook's: coming back from the file, it changes nothing.
  if (row.keyedBy === 'fieldbook' && state.index.row(row.table, row.id)) {
    state.keep(row.table, row.id);
    return;
  }
  const resolved = resolveAccount(state.index, row.account!, state.settings.foreignAccounts);
  if ('reason' in resolved) state.issue(row, resolved.kind, resolved.reason);
  else if (state.isTombstone(row.table, row.id)) state.issue(row, 'skipped', DELETED_HERE);
  else {
    const fields = { ...row.fields };
    if (row.attendees) fields.attendeeIds = attendeeIds(state.index, row.attendees, resolved.accountId);
    state.write(row, row.table, row.id, resolved.accountId, { fields, defaults: row.defaults });
  }
}

const DELETED_HERE = 'was deleted in Fieldbook; not brought back';
const NEW_IN_TEAM_BOOK = 'is not in your book: new accounts in a team book are added by your admin or lead';

function planAccount(state: PlanState, row: IncomingRow): void {
  const id = accountIdFor(state.index, row);
  const whose = state.settings.foreignAccounts.get(id);
  if (whose) state.issue(row, 'outside', `belongs to ${whose}'s book; reassign it first`);
  else if (state.isTombstone('accounts', id)) state.issue(row, 'skipped', DELETED_HERE);
  else if (!state.index.row('accounts', id) && !state.settings.canCreateAccounts) {
    state.issue(row, 'outside', NEW_IN_TEAM_BOOK);
  } else state.write(row, 'accounts', id, id, { fields: row.fields, defaults: row.defaults });
}

/**
 * An account keeps the id it has: found by its CRM record id, or (a report without ids, or a book
 * that predates the CRM) by its name when that account has no id from this CRM yet.
 */
function accountIdFor(index: BookIndex, row: IncomingRow): string {
  const ids = (row.fields.externalIds ?? {}) as Record<string, string>;
  for (const [crm, crmId] of Object.entries(ids)) {
    const found = index.accountOfRecord(crm as 'salesforce' | 'hubspot', crmId);
    if (found && index.accountOfRecordTable(crm as 'salesforce', crmId) === 'accounts') return found;
  }
  if (index.row('accounts', row.id)) return row.id;
  const named = index.accountsNamed(String(row.fields.name ?? ''));
  const crm = Object.keys(ids)[0];
  const unlinked = named.filter((id) => {
    const existing = index.row('accounts', id) as { externalIds?: Record<string, string> } | undefined;
    return !crm || !existing?.externalIds?.[crm];
  });
  return unlinked.length === 1 ? unlinked[0]! : row.id;
}

function attendeeIds(index: BookIndex, refs: ContactRef[], accountId: string): string[] {
  const ids = refs
    .map((ref) => ('email' in ref ? index.contactByEmail(ref.email) : index.contactOfRecord(ref.crm, ref.crmId)))
    .filter((c) => c && c.accountId === accountId)
    .map((c) => c!.id);
  return [...new Set(ids)];
}

function countsOf(state: PlanState): Partial<Record<TableName, TableCounts>> {
  const counts: Partial<Record<TableName, TableCounts>> = {};
  for (const { table, outcome } of state.outcomes.values()) {
    const c = counts[table] ?? { created: 0, updated: 0, unchanged: 0 };
    c[outcome] += 1;
    counts[table] = c;
  }
  return counts;
}
