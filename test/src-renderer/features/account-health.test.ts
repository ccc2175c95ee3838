import { describe, expect, it } from 'vitest';
import { TABLE_NAMES } from '../../../src-core/model';
import { DEFAULT_SETTINGS } from '../../../src-core/settings';
import { accountFigures } from '../../../src-renderer/features/health/useAccountStanding';
import type { AccountDetail } from '../../../src-renderer/store/types';
import { makeAccount, makeActivity, makeContract } from './builders';

const healthOfDetail = (detail: AccountDetail, now: string) => accountFigures(detail, now, DEFAULT_SETTINGS).health;

function detailWith(rows: Partial<Omit<AccountDetail, 'account'>>): AccountDetail {
  const detail: Record<string, unknown> = { account: makeAccount() };
  for (const t of TABLE_NAMES) if (t !== 'accounts') detail[t] = [];
  return { ...(detail as AccountDetail), ...rows };
}

describe('health on the account screen', () => {
  const now = '2026-09-20T12:00:00.000Z';
  const contracts = [makeContract({ renewalDate: '2027-06-30' })];
  const kept = makeActivity({ id: 'kept', at: '2026-09-15T15:00:00.000Z', status: 'completed' });

  it('ignores deleted rows: a deleted no-show changes nothing', () => {
    const base = healthOfDetail(detailWith({ contracts, activities: [kept] }), now);
    const deletedNoShow = makeActivity({
      id: 'gone',
      at: '2026-09-18T15:00:00.000Z',
      status: 'no_show',
      deleted: true,
    });
    const withDeleted = healthOfDetail(detailWith({ contracts, activities: [kept, deletedNoShow] }), now);
    expect(withDeleted.score).toBe(base.score);
    expect(withDeleted.band).toBe(base.band);
  });

  it('counts a live no-show against engagement', () => {
    const base = healthOfDetail(detailWith({ contracts, activities: [kept] }), now);
    const noShows = [1, 2].map((n) =>
      makeActivity({ id: `ns${n}`, at: `2026-09-1${n}T15:00:00.000Z`, status: 'no_show' }),
    );
    const worse = healthOfDetail(detailWith({ contracts, activities: [kept, ...noShows] }), now);
    expect(worse.score).toBeLessThan(base.score);
    expect(worse.accountId).toBe('acc-1');
  });
});

describe('the account screen’s figures', () => {
  it('give the standing the same numbers as the health it was computed with', () => {
    const now = '2026-09-20T12:00:00.000Z';
    const noShow = makeActivity({ id: 'ns', at: '2026-09-18T15:00:00.000Z', status: 'no_show' });
    const kept = makeActivity({ id: 'kept', at: '2026-09-15T15:00:00.000Z', status: 'completed' });
    const f = accountFigures(detailWith({ activities: [kept, noShow] }), now, DEFAULT_SETTINGS);
    expect(f.standing.health).toEqual({
      score: f.health.score,
      band: f.health.band,
      computedBand: f.health.computedBand,
    });
    expect(f.standing.meetings).toMatchObject({
      kept: f.health.inputs.keptMeetings,
      skipped: f.health.inputs.skippedMeetings,
    });
    expect(f.standing.daysSinceTwoWay).toBe(f.health.inputs.daysSinceTwoWayTouch);
  });
});
