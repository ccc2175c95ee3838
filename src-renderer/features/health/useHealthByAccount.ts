import { useMemo } from 'react';
import type { AccountStanding } from '../../../src-core/standing';
import type { BookInsights, HealthSummary } from '../../workers/book-insights';
import { useBookInsights } from './queries';

const EMPTY = new Map<string, never>();

/** One of the book worker's per-account lists, by account id (empty until the first result). */
function useByAccount<T extends { accountId: string }>(pick: (i: BookInsights) => T[]): ReadonlyMap<string, T> {
  const data = useBookInsights().data;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `pick` is a fixed field accessor; the data decides.
  return useMemo(() => (data ? new Map(pick(data).map((x) => [x.accountId, x])) : EMPTY), [data]);
}

/** Every account's health from the book worker, by account id. */
export function useHealthByAccount(): ReadonlyMap<string, HealthSummary> {
  return useByAccount((i) => i.health);
}

/** Every account's standing (last contact, meetings, QBR due, health), by the same functions as every screen. */
export function useBookStanding(): ReadonlyMap<string, AccountStanding> {
  return useByAccount((i) => i.standing);
}

/** Scores for sorting the Book by health (missing until scored: they sink to the bottom). */
export function useHealthScores(): ReadonlyMap<string, number> {
  const byAccount = useHealthByAccount();
  return useMemo(() => new Map([...byAccount].map(([id, h]) => [id, h.score])), [byAccount]);
}
