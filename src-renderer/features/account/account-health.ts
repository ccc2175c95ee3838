import { accountHealth, type AccountData, type AccountHealth } from '../../../src-core/health';
import { DEFAULT_SETTINGS, type Settings } from '../../../src-core/settings';
import type { AccountDetail } from '../../store/types';

/** The account's rows without tombstones: what the health score reads. */
function liveData(detail: AccountDetail): AccountData {
  const data: Record<string, unknown> = { account: detail.account };
  for (const [table, rows] of Object.entries(detail)) {
    if (table !== 'account') data[table] = (rows as { deleted: boolean }[]).filter((r) => !r.deleted);
  }
  return data as AccountData;
}

/** Health as of `now`, computed from the account screen's own data (no extra read). */
export function healthOfDetail(
  detail: AccountDetail,
  now: string,
  settings: Settings = DEFAULT_SETTINGS,
): AccountHealth {
  return accountHealth(liveData(detail), now, settings);
}
