import type { Queryable } from '../db/adapter';

/**
 * Runs one change of a batch to its own savepoint. A value the checks let through but the
 * database refuses (a data exception, SQLSTATE class 22) must not fail the whole batch with a 500
 * the client would retry forever: that change is undone and `refused()` answers for it. Anything
 * else (a lost connection) still fails the batch.
 */
export async function isolateDataErrors<R>(tx: Queryable, work: () => Promise<R>, refused: () => R): Promise<R> {
  await tx.query('SAVEPOINT one_change');
  try {
    const result = await work();
    await tx.query('RELEASE SAVEPOINT one_change');
    return result;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code !== 'string' || !code.startsWith('22')) throw error;
    await tx.query('ROLLBACK TO SAVEPOINT one_change');
    return refused();
  }
}
