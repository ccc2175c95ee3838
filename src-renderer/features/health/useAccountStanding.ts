import { useMemo } from 'react';
import { accountHealth, indexBook, type AccountData, type AccountHealth } from '../../../src-core/health';
import type { Settings } from '../../../src-core/settings';
import { accountStanding, type AccountStanding } from '../../../src-core/standing';
import type { AccountDetail } from '../../store/types';
import { currentInstant, useToday } from '../shared/clock';
import { useEffectiveSettings } from '../settings/queries';

export interface AccountFigures {
  data: AccountData;
  settings: Settings;
  health: AccountHealth;
  standing: AccountStanding;
}

/** The account's live rows (tombstones left out), as health, cadence and the playbooks read them. */
export function accountDataOf(detail: AccountDetail): AccountData {
  return indexBook({ ...detail, accounts: [detail.account] }).get(detail.account.id)!;
}

/** Health and the standing figures of one account, from its rows, the CSM's settings and now (pure). */
export function accountFigures(detail: AccountDetail, now: string, settings: Settings): AccountFigures {
  const data = accountDataOf(detail);
  const health = accountHealth(data, now, settings);
  return { data, settings, health, standing: accountStanding(data, now, settings, health) };
}

/**
 * The one place an account screen gets its health and standing: computed once per read of the
 * account (every write re-reads it), the CSM's settings and the day, with the same core functions
 * the book worker runs for the Book and Today. Null while the settings load.
 */
export function useAccountFigures(detail: AccountDetail): AccountFigures | null {
  const settings = useEffectiveSettings().data?.settings;
  const today = useToday();
  // biome-ignore lint/correctness/useExhaustiveDependencies: `today` recomputes when the day turns.
  return useMemo(
    () => (settings ? accountFigures(detail, currentInstant(), settings) : null),
    [detail, settings, today],
  );
}
