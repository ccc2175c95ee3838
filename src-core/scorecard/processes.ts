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
  const { processesPerSpiff, processSpiffCents: spiff } = settings.comp;
  if (processesPerSpiff <= 0) return 0;
  const yearStart = `${day.slice(0, 4)}-01-01`;
  const from = period.start > yearStart ? period.start : yearStart;
  const before = from > yearStart ? processesDocumentedBetween(accounts, yearStart, addDays(from, -1)) : 0;
  const upTo = processesDocumentedBetween(accounts, yearStart, day);
  return (Math.floor(upTo / processesPerSpiff) - Math.floor(before / processesPerSpiff)) * spiff;
}
