import { type AnyRow, type TableName, validateRow } from '../model';
import { canonicalJson } from '../text/canonical-json';
import type { BookIndex } from './book-index';
import { createDefaults } from './row-defaults';
import type { ImportTable, IssueKind, RowIssue, RowSource } from './types';

/** A row the import will write: the whole row as it will be, and the stored row it replaces. */
export interface PlannedWrite {
  table: TableName;
  row: AnyRow;
  before: AnyRow | null;
}

export interface PlanSettings {
  now: string;
  /** Owner fields of accounts the import creates (the server sets its own anyway). */
  owner: { id: string; name: string };
  /** A CSM's laptop cannot create accounts in a team book (the server refuses them). */
  canCreateAccounts: boolean;
  /** `table:id` of rows deleted in Fieldbook: an import never brings them back. */
  tombstones: ReadonlySet<string>;
  /** Accounts that exist in someone else's book: id → whose. */
  foreignAccounts: ReadonlyMap<string, string>;
}

export type Outcome = 'created' | 'updated' | 'unchanged';

/** The planner's working state, shared by the row, KPI and calendar steps. */
export class PlanState {
  readonly writes = new Map<string, PlannedWrite>();
  readonly outcomes = new Map<string, { table: TableName; outcome: Outcome }>();
  readonly issues: RowIssue[] = [];
  private readonly originals = new Map<string, AnyRow | null>();

  constructor(
    readonly index: BookIndex,
    readonly settings: PlanSettings,
  ) {}

  issue(where: RowSource, kind: IssueKind, reason: string): void {
    this.issues.push({ file: where.file, row: where.row, kind, reason });
  }

  /** A row the import leaves as it is (counted unchanged). */
  keep(table: TableName, id: string): void {
    const key = `${table}\u0001${id}`;
    if (!this.outcomes.has(key)) this.outcomes.set(key, { table, outcome: 'unchanged' });
  }

  isTombstone(table: TableName, id: string): boolean {
    return this.settings.tombstones.has(`${table}:${id}`);
  }

  /**
   * The row after the import: a stored row with the CRM's fields laid over it (scope and what the
   * CSM owns kept), or a new row from defaults. Validated like every other write; a row the model
   * refuses becomes an issue. Returns whether it was written.
   */
  write(
    where: RowSource,
    table: ImportTable | 'metrics',
    id: string,
    accountId: string,
    change: { fields: Record<string, unknown>; defaults?: Record<string, unknown> },
  ): boolean {
    const key = `${table}\u0001${id}`;
    // A record met twice (two files, a repeated line) is merged onto its first meeting, but
    // created/updated/unchanged is judged against the book as it was.
    if (!this.originals.has(key)) this.originals.set(key, this.index.row(table, id) ?? null);
    const original = this.originals.get(key) ?? null;
    const current = this.index.row(table, id) ?? null;
    const candidate = current ? merged(table, current, change.fields) : this.fresh(table, id, accountId, change);
    const checked = validateRow(table, candidate);
    if (!checked.ok) {
      this.issue(where, 'invalid', checked.problems.join('; '));
      return false;
    }
    // The model accepted the row as it is; keeping it (not zod's copy) halves what a large import holds.
    const row = candidate as AnyRow;
    const outcome: Outcome = !original ? 'created' : sameRow(original, row) ? 'unchanged' : 'updated';
    this.outcomes.set(key, { table, outcome });
    if (outcome === 'unchanged') this.writes.delete(key);
    else this.writes.set(key, { table, row, before: original });
    this.index.put(table, row);
    return true;
  }

  private fresh(
    table: ImportTable | 'metrics',
    id: string,
    accountId: string,
    change: { fields: object; defaults?: object },
  ) {
    const today = this.settings.now.slice(0, 10);
    const defaults =
      table === 'metrics' ? {} : createDefaults(table, { today, now: this.settings.now, owner: this.settings.owner });
    const scope = table === 'accounts' ? null : accountId;
    const row = {
      id,
      rev: 0,
      deleted: false,
      updatedAt: this.settings.now,
      ...defaults,
      ...change.defaults,
      ...change.fields,
    };
    return withoutEmptyIds(scope === null ? row : { accountId: scope, ...row });
  }
}

function merged(table: TableName, before: AnyRow, fields: Record<string, unknown>): Record<string, unknown> {
  const stored = before as AnyRow & { externalIds?: object; accountId?: string };
  const row: Record<string, unknown> = { ...stored, ...fields };
  row.externalIds = { ...stored.externalIds, ...(fields.externalIds as object | undefined) };
  if (table !== 'accounts') row.accountId = stored.accountId;
  return withoutEmptyIds(row);
}

/** A row without an empty `externalIds` (a report without id columns gives none). */
function withoutEmptyIds(row: Record<string, unknown>): Record<string, unknown> {
  const ids = row.externalIds as object | undefined;
  if (ids && Object.keys(ids).length > 0) return row;
  const { externalIds: _, ...rest } = row;
  return rest;
}

/** Equal but for what every write stamps (revision, time). */
export function sameRow(a: AnyRow, b: AnyRow): boolean {
  const strip = ({ rev: _r, updatedAt: _u, ...rest }: Record<string, unknown>) => rest;
  return canonicalJson(strip(a as Record<string, unknown>)) === canonicalJson(strip(b as Record<string, unknown>));
}
