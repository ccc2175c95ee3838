import { useMemo } from 'react';
import type { AccountStanding } from '../../../src-core/standing';
import { useBookInsights } from './queries';

const EMPTY = new Map<string, AccountStanding>();

/** Every account's standing (last contact, meetings, QBR due, health) from the book worker, by account id. */
export function useBookStanding(): ReadonlyMap<string, AccountStanding> {
  const insights = useBookInsights();
  return useMemo(
    () => (insights.data ? new Map(insights.data.standing.map((s) => [s.accountId, s])) : EMPTY),
    [insights.data],
  );
}
