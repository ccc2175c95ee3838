import { useMemo } from 'react';
import type { HealthSummary } from '../../workers/book-insights';
import { useBookInsights } from './queries';

const EMPTY = new Map<string, HealthSummary>();

/** Every account's health from the book worker, by account id (empty until the first result). */
export function useHealthByAccount(): ReadonlyMap<string, HealthSummary> {
  const insights = useBookInsights();
  return useMemo(
    () => (insights.data ? new Map(insights.data.health.map((h) => [h.accountId, h])) : EMPTY),
    [insights.data],
  );
}

/** Scores for sorting the Book by health (missing until scored: they sink to the bottom). */
export function useHealthScores(): ReadonlyMap<string, number> {
  const byAccount = useHealthByAccount();
  return useMemo(() => new Map([...byAccount].map(([id, h]) => [id, h.score])), [byAccount]);
}
