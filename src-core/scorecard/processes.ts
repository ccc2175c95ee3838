import type { AccountData } from '../health';
import type { Settings } from '../settings';
import { addDays } from '../time';

/**
 * Processes documented (seed 002: "$50 spiff for every (4) processes documented, which have not
 * been previously documented"). The spiff is paid per full four in the calendar year, so a
 * period's spiff is what the year's count earned by the period's end less what it had earned
 * before the period began: the months of a quarter add up to the quarter.
 */
export function processesDocumentedBetween(accounts: readonly AccountData[], from: string, to: string): number {
  return accounts.reduce(
    (t, a) => t + a.processes.filter((p) => p.documentedOn >= from && p.documentedOn <= to).length,
    0,
  );
}

export function processSpiffCents(
  accounts: readonly AccountData[],
  period: { start: string },
  day: string,
  settings: Pick<Settings, 'comp'>,
): number {
  const counts = accounts.map((a) => processCounts(a, period, day));
  return spiffCents(
    {
      before: counts.reduce((t, c) => t + c.before, 0),
      upTo: counts.reduce((t, c) => t + c.upTo, 0),
    },
    settings,
  );
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
    before: from > yearStart ? processesDocumentedBetween([account], yearStart, addDays(from, -1)) : 0,
    upTo: processesDocumentedBetween([account], yearStart, day),
  };
}

/** What the book's counts earned in the period: full fours by its end less full fours before it. */
export function spiffCents(counts: ProcessCounts, settings: Pick<Settings, 'comp'>): number {
  const { processesPerSpiff, processSpiffCents: spiff } = settings.comp;
  if (processesPerSpiff <= 0) return 0;
  return (Math.floor(counts.upTo / processesPerSpiff) - Math.floor(counts.before / processesPerSpiff)) * spiff;
}
