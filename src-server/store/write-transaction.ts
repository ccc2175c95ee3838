import type { Db, Queryable } from '../db/adapter';

export interface WriteTx extends Queryable {
  /** The next revision. Unique, and increasing in commit order across all writers. */
  nextRev(): number;
}

/**
 * Every transaction that writes synced rows runs here. It locks the single counter row FIRST,
 * so writers run one after another and a revision is only handed out once every smaller one
 * has committed. A pull can then never see rev N+1 while rev N is still invisible — which a
 * plain sequence cannot promise when transactions commit out of order (DESIGN §5).
 * Taking the lock first also means two writers never wait on each other in opposite orders.
 */
export async function writeTransaction<T>(db: Db, work: (tx: WriteTx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    const [counter] = await tx.query<{ value: number }>('SELECT value FROM rev_counter WHERE id = 1 FOR UPDATE');
    let rev = Number(counter?.value ?? 0);
    const start = rev;
    const writeTx: WriteTx = { query: (sql, params) => tx.query(sql, params), nextRev: () => ++rev };
    const result = await work(writeTx);
    if (rev !== start) await tx.query('UPDATE rev_counter SET value = $1 WHERE id = 1', [rev]);
    return result;
  });
}

/** The highest committed revision, as this transaction's snapshot sees it. */
export async function committedRev(q: Queryable): Promise<number> {
  const [counter] = await q.query<{ value: number }>('SELECT value FROM rev_counter WHERE id = 1');
  return Number(counter?.value ?? 0);
}
