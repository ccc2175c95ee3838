import { useMemo } from 'react';
import type { AccountStanding } from '../../../src-core/standing';
import type { HealthSummary } from '../../workers/book-insights';
import { useBookInsights } from './queries';

const EMPTY = new Map<string, never>();

// One map per worker result and list, shared by every row of the Book (each row asks for it).
const maps = new WeakMap<object, Map<string, unknown>>();

function byAccount<T extends { accountId: string }>(list: T[]): ReadonlyMap<string, T> {
  let map = maps.get(list);
  if (!map) {
    map = new Map(list.map((x) => [x.accountId, x]));
    maps.set(list, map);
  }
  return map as ReadonlyMap<string, T>;
}

/** Every account's health from the book worker, by account id (empty until the first result). */
export function useHealthByAccount(): ReadonlyMap<string, HealthSummary> {
  const data = useBookInsights().data;
  return data ? byAccount(data.health) : EMPTY;
}

/** Every account's standing (last contact, meetings, QBR due, health), by the same functions as every screen. */
export function useBookStanding(): ReadonlyMap<string, AccountStanding> {
  const data = useBookInsights().data;
  return data ? byAccount(data.standing) : EMPTY;
}

/** Scores for sorting the Book by health (missing until scored: they sink to the bottom). */
export function useHealthScores(): ReadonlyMap<string, number> {
  const byAccount = useHealthByAccount();
  return useMemo(() => new Map([...byAccount].map(([id, h]) => [id, h.score])), [byAccount]);
}
