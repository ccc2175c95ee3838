import type { AccountData } from '../health';
import type { Settings } from '../settings';
import { addDays } from '../time';
import { apportion, type FigureRow } from './figure-accounts';

/**
 * Processes documented (seed 002: "$50 spiff for every (4) processes documented, which have not
 * been previously documented"). The spiff is paid per full four in the calendar year, so a
 * period's spiff is what the year's count earned by the period's end less what it had earned
 * before the period began: the months of a quarter add up to the quarter.
 */
export function processesDocumentedBetween(accounts: readonly AccountData[], from: string, to: string): number {
  return accounts.reduce((t, a) => t + documented(a, from, to), 0);
}

export function processSpiffCents(
  accounts: readonly AccountData[],
  period: { start: string },
  day: string,
  settings: Pick<Settings, 'comp'>,
): number {
  return processSpiff(accounts, period, day, settings).cents;
}

/** Processes documented this year before the period (`before`) and up to the evaluation day (`upTo`). */
export interface ProcessCounts {
  before: number;
  upTo: number;
}

/** One account's processes documented in the year, before the period and up to the day. */
export function processCounts(account: AccountData, period: { start: string }, day: string): ProcessCounts {
  const yearStart = `${day.slice(0, 4)}-01-01`;
  const from = period.start > yearStart ? period.start : yearStart;
  return {
    before: from > yearStart ? documented(account, yearStart, addDays(from, -1)) : 0,
    upTo: documented(account, yearStart, day),
  };
}

/** The spiff with the accounts behind it, from every account's counts (`combineSpiff`). */
export function processSpiff(
  accounts: readonly AccountData[],
  period: { start: string },
  day: string,
  settings: Pick<Settings, 'comp'>,
): { cents: number; rows: FigureRow[] } {
  return combineSpiff(
    accounts.map((a) => ({ accountId: a.account.id, counts: processCounts(a, period, day) })),
    settings,
  );
}

/**
 * What the book's counts earned in the period — full fours by its end less full fours before it —
 * with the accounts behind it: each account's processes documented in the period (from 1 January
 * when the period began earlier) and its share of the spiff, in proportion to them. An account whose
 * processes have not yet made a full four shows its count against $0.
 */
export function combineSpiff(
  parts: readonly { accountId: string; counts: ProcessCounts }[],
  settings: Pick<Settings, 'comp'>,
): { cents: number; rows: FigureRow[] } {
  const { processesPerSpiff, processSpiffCents: spiff } = settings.comp;
  const rows = parts
    .map((p) => ({ accountId: p.accountId, base: p.counts.upTo - p.counts.before }))
    .filter((r) => r.base > 0);
  if (processesPerSpiff <= 0) return { cents: 0, rows: rows.map((r) => ({ ...r, value: 0 })) };
  const before = parts.reduce((t, p) => t + p.counts.before, 0);
  const upTo = parts.reduce((t, p) => t + p.counts.upTo, 0);
  const cents = (Math.floor(upTo / processesPerSpiff) - Math.floor(before / processesPerSpiff)) * spiff;
  const shares = apportion(
    cents,
    rows.map((r) => r.base),
  );
  return { cents, rows: rows.map((r, i) => ({ ...r, value: shares[i]! })) };
}

function documented(a: AccountData, from: string, to: string): number {
  return a.processes.filter((p) => p.documentedOn >= from && p.documentedOn <= to).length;
}
