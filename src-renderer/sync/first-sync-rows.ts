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

  /** Before each page is applied: the first one tells whether this pull sees the whole book. */
  page(startsOver: boolean): void {
    if (this.whole === undefined) {
      this.whole = startsOver;
      return;
    }
    // The server started the book over mid-pull: what was kept went with the local copy.
    if (startsOver && this.whole) {
      this.accountIds.clear();
      for (const rows of this.rows.values()) rows.clear();
    }
  }

  /** This pull can no longer vouch for every row. */
  forget(): void {
    this.whole = false;
    this.accountIds.clear();
    this.rows.clear();
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
    for (const row of puts) rows.set(row.id, summaryPart(table, row));
    for (const id of deletes) rows.delete(id);
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
