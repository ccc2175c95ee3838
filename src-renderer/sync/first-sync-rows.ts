import type { TableName } from '../../src-core/model';
import { summaryPart, type SummarySources } from '../store/summaries';

type Row = Record<string, unknown> & { id: string };
type SummaryTable = keyof SummarySources;
const SUMMARY_TABLES: readonly SummaryTable[] = ['contracts', 'activities', 'tickets', 'tasks'];

/**
 * The rows a first sync wrote that account summaries read (every account's id and the
 * `SummarySources` tables, each row cut to the fields its summary reads), kept as pages land so the
 * summaries at the end are computed without reading the book back: that read was 0.4 s of a 5 s
 * first sync of a typical book.
 *
 * Only a pull that started the book over itself has seen every row. One resumed after a cut, one
 * that carried pending edits into the fresh book, or one with a page on the general path vouches
 * for nothing, and the book is read instead.
 */
export class FirstSyncRows {
  private whole: boolean | undefined;
  private readonly accountIds = new Set<string>();
  private readonly rows = new Map<TableName, Map<string, Row>>(SUMMARY_TABLES.map((t) => [t, new Map()]));
  /** Accounts whose summary this pull has written (streamed as they completed). */
  private readonly summarised = new Set<string>();
  /** The ids of each account's kept rows, by table: an account's summary reads only its own. */
  private readonly byAccount = new Map<string, Map<SummaryTable, Set<string>>>();

  /** Before each page is applied: the first one tells whether this pull sees the whole book. */
  page(startsOver: boolean): void {
    if (this.whole === undefined) {
      this.whole = startsOver;
      return;
    }
    // The server started the book over mid-pull: what was kept went with the local copy.
    if (startsOver && this.whole) {
      this.accountIds.clear();
      this.byAccount.clear();
      this.summarised.clear();
      for (const rows of this.rows.values()) rows.clear();
    }
  }

  /** This pull can no longer vouch for every row. */
  forget(): void {
    this.whole = false;
    this.accountIds.clear();
    this.byAccount.clear();
    this.summarised.clear();
    this.rows.clear();
  }

  /** Accounts already given a summary by this pull. */
  shown(): ReadonlySet<string> {
    return this.summarised;
  }

  markShown(ids: readonly string[]): void {
    for (const id of ids) this.summarised.add(id);
  }

  /** True while every row this pull wrote is kept here (see the class comment). */
  get isWhole(): boolean {
    return this.whole === true;
  }

  /** Rows a page put (after rebasing) and ids it deleted, in the order they were written. */
  written(table: TableName, puts: readonly Row[], deletes: readonly string[]): void {
    if (!this.whole) return;
    if (table === 'accounts') {
      for (const row of puts) this.accountIds.add(row.id);
      for (const id of deletes) this.accountIds.delete(id);
      return;
    }
    const rows = this.rows.get(table);
    if (!rows) return;
    const kept = table as SummaryTable;
    for (const row of puts) {
      this.unlink(kept, rows.get(row.id));
      const part = summaryPart(table, row);
      rows.set(row.id, part);
      this.idsOf(String(part.accountId), kept).add(row.id);
    }
    for (const id of deletes) {
      this.unlink(kept, rows.get(id));
      rows.delete(id);
    }
  }

  /** The accounts of the kept rows with these ids (a deleted row comes without its account). */
  accountsOf(table: TableName, ids: readonly string[]): string[] {
    const rows = this.rows.get(table);
    if (!rows) return [];
    return ids.flatMap((id) => {
      const row = rows.get(id);
      return row ? [String(row.accountId)] : [];
    });
  }

  /**
   * These accounts (those still in the book) and only their kept rows: what their summaries read,
   * in time proportional to their rows, not to the book.
   */
  accounts(ids: readonly string[]): { ids: string[]; sources: SummarySources } {
    const present = ids.filter((id) => this.accountIds.has(id));
    const of = (table: SummaryTable) => {
      const rows = this.rows.get(table)!;
      return present.flatMap((id) =>
        [...(this.byAccount.get(id)?.get(table) ?? [])].map((r) => rows.get(r)!),
      ) as never[];
    };
    return {
      ids: present,
      sources: { contracts: of('contracts'), activities: of('activities'), tickets: of('tickets'), tasks: of('tasks') },
    };
  }

  private idsOf(accountId: string, table: SummaryTable): Set<string> {
    const tables = this.byAccount.get(accountId) ?? new Map<SummaryTable, Set<string>>();
    this.byAccount.set(accountId, tables);
    const ids = tables.get(table) ?? new Set<string>();
    tables.set(table, ids);
    return ids;
  }

  /** A kept row about to be replaced or deleted: it may have been in another account. */
  private unlink(table: SummaryTable, before: Row | undefined): void {
    if (before) this.byAccount.get(String(before.accountId))?.get(table)?.delete(before.id);
  }

  /** Every account and the rows its summary reads, or undefined when the book must be read instead. */
  book(): { ids: string[]; sources: SummarySources } | undefined {
    if (!this.whole) return undefined;
    const of = (table: SummaryTable) => [...this.rows.get(table)!.values()] as never[];
    return {
      ids: [...this.accountIds],
      sources: { contracts: of('contracts'), activities: of('activities'), tickets: of('tickets'), tasks: of('tasks') },
    };
  }
}
