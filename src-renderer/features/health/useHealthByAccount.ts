import { useMemo } from 'react';
import type { AccountStanding } from '../../../src-core/standing';
import type { HealthSummary } from '../../workers/book-insights';
import { useBookInsights, useStoredInsights } from './queries';

const EMPTY = new Map<string, never>();

interface ByAccount {
  health: ReadonlyMap<string, HealthSummary>;
  standing: ReadonlyMap<string, AccountStanding>;
}

// One pair of maps per result, shared by every row of the Book (each row may ask for it).
const maps = new WeakMap<object, ByAccount>();

function mapsOf(key: object, health: () => HealthSummary[], standing: () => AccountStanding[]): ByAccount {
  let found = maps.get(key);
  if (!found) {
    found = {
      health: new Map(health().map((h) => [h.accountId, h])),
      standing: new Map(standing().map((s) => [s.accountId, s])),
    };
    maps.set(key, found);
  }
  return found;
}

/**
 * Health and standing by account id: the book worker's reply once there is one; before it (a cold
 * open), the results it stored in an earlier session that are still current. Accounts in neither
 * are absent (not yet scored).
 */
function useInsightsByAccount(): ByAccount {
  const computed = useBookInsights().data;
  const stored = useStoredInsights(!computed).data;
  if (computed)
    return mapsOf(
      computed,
      () => computed.health,
      () => computed.standing,
    );
  if (stored) {
    return mapsOf(
      stored,
      () => stored.map((s) => s.results.health),
      () => stored.map((s) => s.results.standing),
    );
  }
  return { health: EMPTY, standing: EMPTY };
}

/** Every account's health, by account id (empty until the first result). */
export function useHealthByAccount(): ReadonlyMap<string, HealthSummary> {
  return useInsightsByAccount().health;
}

/** Every account's standing (last contact, meetings, QBR due, health), by the same functions as every screen. */
export function useBookStanding(): ReadonlyMap<string, AccountStanding> {
  return useInsightsByAccount().standing;
}

/** Scores for sorting the Book by health (missing until scored: they sink to the bottom). */
export function useHealthScores(): ReadonlyMap<string, number> {
  const byAccount = useHealthByAccount();
  return useMemo(() => new Map([...byAccount].map(([id, h]) => [id, h.score])), [byAccount]);
}
