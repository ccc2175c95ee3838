import type { PullResponse } from '../../src-core/sync/protocol';
import type { Db, Queryable } from '../db/adapter';
import { visibleOwners } from '../store/scope';
import type { User } from '../store/users';
import { committedRev } from '../store/write-transaction';
import { decodeCursor, encodeCursor, type CursorPosition } from './cursor';
import { accountCount, accountOrderedRows, completedAccounts, type ChangeRecord } from './pull-full';
import { removedSince, rowsMovedOut } from './pull-removals';

export const DEFAULT_PULL_LIMIT = 500;
export const MAX_PULL_LIMIT = 5_000;

export type PullOutcome = { ok: true; response: PullResponse; cursorProblem?: string } | { ok: false; reason: string };

/**
 * One page of the caller's book changed since `cursor`. Runs in one repeatable-read snapshot so
 * the page, the newest revision and the scope all agree.
 *
 * A first (or reset) sync pages the book as it was when it began account by account (pull-full.ts),
 * so the laptop can show each account as soon as it has all of it; then the tail, everything
 * written since, in (rev, table, id) order like every later pull. That order never repeats or
 * skips a row, even when thousands of rows share a revision.
 */
export async function pull(
  db: Db,
  secret: string,
  user: User,
  cursor: string | undefined,
  limit: number,
): Promise<PullOutcome> {
  let from: CursorPosition | null = null;
  let cursorProblem: string | undefined;
  if (cursor !== undefined && cursor !== '') {
    const decoded = decodeCursor(secret, cursor, user.id);
    if (!decoded.ok && decoded.kind === 'foreign') return decoded;
    if (decoded.ok) from = decoded.position;
    else cursorProblem = decoded.reason;
  }
  const response = await db.transaction(async (tx) => {
    await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
    return pullPage(tx, secret, user, from, limit);
  });
  return cursorProblem ? { ok: true, response, cursorProblem } : { ok: true, response };
}

interface PageContext {
  tx: Queryable;
  owners: string[] | null;
  high: number;
  limit: number;
}

async function pullPage(
  tx: Queryable,
  secret: string,
  user: User,
  from: CursorPosition | null,
  limit: number,
): Promise<PullResponse> {
  const high = await committedRev(tx);
  const horizon = await tombstoneHorizon(tx);
  const owners = await visibleOwners(tx, user);
  // No cursor, a cursor from a future this database never reached (restored from a backup), or
  // one older than the tombstones we keep: start over and tell the client to drop its copy.
  const reset =
    from === null || from.rev > high || from.fullUntil > high || Math.max(from.rev, from.fullUntil) < horizon;
  const position: CursorPosition = reset ? startOver(user.id, high) : from!;
  const ctx = { tx, owners, high, limit };
  const page =
    position.phase === 'full' ? await fullPhasePage(ctx, position) : await revPhasePage(ctx, position, reset);
  return { ...page, cursor: encodeCursor(secret, page.next), reset };
}

function startOver(userId: string, high: number): CursorPosition {
  return { userId, phase: 'full', rev: 0, account: null, table: null, id: null, fullUntil: high };
}

type Page = Omit<PullResponse, 'cursor' | 'reset'> & { next: CursorPosition };

/**
 * A page of the full phase: the book at `fullUntil`, account by account. When it runs out before
 * the page is full, the tail starts on the same page (a small book still comes in one page).
 */
async function fullPhasePage(ctx: PageContext, position: CursorPosition): Promise<Page> {
  const full = await accountOrderedRows(ctx.tx, ctx.owners, position, ctx.limit + 1);
  const accountsInBook = await accountCount(ctx.tx, ctx.owners);
  if (full.length > ctx.limit) {
    const page = full.slice(0, ctx.limit);
    const last = page[page.length - 1]!;
    return {
      next: { ...position, account: last.account_id, table: last.table_name, id: last.id },
      more: true,
      changes: page.map(toChange),
      removedAccounts: [],
      removedRows: [],
      accountsComplete: completedAccounts(page, full[ctx.limit]),
      accountsInBook,
    };
  }
  const tailStart: CursorPosition = {
    ...position,
    phase: 'rev',
    rev: position.fullUntil,
    account: null,
    table: null,
    id: null,
  };
  const tail = await revPhasePage({ ...ctx, limit: ctx.limit - full.length }, tailStart, false);
  return {
    ...tail,
    changes: [...full.map(toChange), ...tail.changes],
    accountsComplete: completedAccounts(full, undefined),
    accountsInBook,
  };
}

/**
 * A page in (rev, table, id) order: every pull after the first, and the tail of a first. Its
 * removals are checked from where it starts: for the tail that is `fullUntil`, since the book the
 * full phase delivered was already as it stood then.
 */
async function revPhasePage(ctx: PageContext, position: CursorPosition, reset: boolean): Promise<Page> {
  const { tx, owners, high, limit } = ctx;
  const records = limit > 0 ? await changedRows(tx, owners, position, high, limit + 1) : [];
  // A full phase that filled its page but for none leaves the tail for the next one.
  const more = limit > 0 ? records.length > limit : (await changedRows(tx, owners, position, high, 1)).length > 0;
  const page = records.slice(0, limit);
  const last = page[page.length - 1];
  const next: CursorPosition = !more
    ? { ...position, phase: 'rev', rev: high, account: null, table: null, id: null, fullUntil: 0 }
    : last
      ? { ...position, rev: Number(last.rev), table: last.table_name, id: last.id }
      : position;
  return {
    next,
    more,
    changes: page.map(toChange),
    removedAccounts: reset ? [] : await removedSince(tx, owners, position, next.rev),
    removedRows: reset ? [] : await rowsMovedOut(tx, owners, position, next.rev),
  };
}

const toChange = (r: ChangeRecord) => ({
  table: r.table_name,
  id: r.id,
  rev: Number(r.rev),
  deleted: r.deleted,
  row: r.deleted ? null : r.data,
});

/**
 * One row-value comparison against the (rev, table_name, id) index, so each page is an ordered
 * index range scan that stops after `limit` rows, however many rows share a revision.
 * A cursor at a whole revision continues at (rev + 1, '', ''): the empty string sorts first.
 */
function changedRows(tx: Queryable, owners: string[] | null, p: CursorPosition, high: number, limit: number) {
  const after = p.table === null ? [p.rev + 1, '', ''] : [p.rev, p.table, p.id ?? ''];
  const comparison = p.table === null ? '>=' : '>';
  return tx.query<ChangeRecord>(
    `SELECT r.account_id, r.table_name, r.id, r.rev, r.deleted, r.data FROM rows r
      WHERE (r.rev, r.table_name, r.id) ${comparison} ($3::bigint, $4::text, $5::text)
        AND r.rev <= $2
        AND ($1::text[] IS NULL OR r.account_id IN (SELECT account_id FROM account_owners WHERE owner_id = ANY($1::text[])))
        AND (NOT r.deleted OR r.rev > $6)
      ORDER BY r.rev, r.table_name, r.id
      LIMIT $7`,
    [owners, high, ...after, p.fullUntil, limit],
  );
}

async function tombstoneHorizon(tx: Queryable): Promise<number> {
  const [row] = await tx.query<{ value: string }>("SELECT value FROM server_meta WHERE key = 'tombstone_horizon'");
  return Number(row?.value ?? 0);
}
