import { describe, expect, it } from 'vitest';
import type { CadenceItem, OnboardingProgress } from '../../../../src-core/cadence';
import { accountDataOf } from '../../../../src-core/health';
import { DEFAULT_SETTINGS } from '../../../../src-core/settings';
import { cadenceCounts, dueWords, sortOnboarding } from '../../../../src-renderer/features/cadence/cadence-view';
import { computeBookInsights, isOnboarding } from '../../../../src-renderer/workers/book-insights';
import { makeAccount, makeActivity, makeOverride } from '../../../src-core/health/builders';

const item = (
  accountId: string,
  key: CadenceItem['key'],
  state: CadenceItem['state'],
  label: string = key,
): CadenceItem => ({ accountId, key, label, lastDone: null, dueDate: '2026-11-20', state });

describe('the cadence board', () => {
  it('counts overdue and due per rhythm, most overdue first', () => {
    const counts = cadenceCounts([
      item('a', 'qbr', 'due', 'QBR'),
      item('b', 'monthly_contact', 'overdue', 'Monthly contact'),
      item('c', 'monthly_contact', 'overdue', 'Monthly contact'),
      item('d', 'qbr', 'overdue', 'QBR'),
      item('e', 'sync', 'due', 'Sync'),
    ]);
    expect(counts).toEqual([
      { key: 'monthly_contact', label: 'Monthly contact', overdue: 2, due: 0 },
      { key: 'qbr', label: 'QBR', overdue: 1, due: 1 },
      { key: 'sync', label: 'Sync', overdue: 0, due: 1 },
    ]);
  });

  it('says how overdue or how soon', () => {
    expect(dueWords('2026-11-10', '2026-11-24')).toBe('14 days overdue');
    expect(dueWords('2026-11-23', '2026-11-24')).toBe('1 day overdue');
    expect(dueWords('2026-11-24', '2026-11-24')).toBe('due today');
    expect(dueWords('2026-11-25', '2026-11-24')).toBe('due in 1 day');
    expect(dueWords(null, '2026-11-24')).toBe('automated');
  });
});

describe('the onboarding tracker', () => {
  const progress = (accountId: string, late: number, done: number): OnboardingProgress => ({
    accountId,
    late,
    timeToFirstValueDays: null,
    steps: Array.from({ length: 8 }, (_, i) => ({
      key: 'kickoff',
      title: 't',
      dueDate: '2026-11-01',
      completedAt: i < done ? '2026-11-01' : null,
      state: i < done ? 'done' : 'upcoming',
    })),
  });
  it('lists clients with late steps first, then the least advanced', () => {
    expect(
      sortOnboarding([progress('a', 0, 5), progress('b', 2, 1), progress('c', 0, 2), progress('d', 1, 0)]).map(
        (p) => p.accountId,
      ),
    ).toEqual(['b', 'd', 'c', 'a']);
  });

  it('follows clients marked onboarding and any inside their first-value window', () => {
    const today = '2026-11-24';
    expect(
      isOnboarding(
        accountDataOf(makeAccount({ stage: 'onboarding', startedAt: '2026-06-01' })),
        today,
        DEFAULT_SETTINGS,
      ),
    ).toBe(true);
    expect(
      isOnboarding(accountDataOf(makeAccount({ stage: 'active', startedAt: '2026-10-25' })), today, DEFAULT_SETTINGS),
    ).toBe(true); // day 30
    expect(
      isOnboarding(accountDataOf(makeAccount({ stage: 'active', startedAt: '2026-10-24' })), today, DEFAULT_SETTINGS),
    ).toBe(false); // day 31
    expect(
      isOnboarding(
        accountDataOf(makeAccount({ stage: 'onboarding', startedAt: '2026-11-01', churnedAt: '2026-11-20' })),
        today,
        DEFAULT_SETTINGS,
      ),
    ).toBe(false);
  });
});

describe('the book worker’s health summary', () => {
  it('keeps what the Book shows: score, band, computed band, override and reasons', () => {
    const now = '2026-09-30T12:00:00.000Z';
    const quiet = accountDataOf(makeAccount({ id: 'a-1', name: 'Quiet Co', tier: 'gold', startedAt: '2025-01-06' }), {
      activities: [makeActivity({ accountId: 'a-1', at: '2026-08-01T15:00:00.000Z' })],
      healthOverrides: [makeOverride({ accountId: 'a-1', band: 'green', expiresAt: '2026-10-15' })],
    });
    const insights = computeBookInsights([quiet], now, DEFAULT_SETTINGS);
    expect(insights.accounts).toEqual([{ id: 'a-1', name: 'Quiet Co', tier: 'gold', stage: 'active' }]);
    const [h] = insights.health;
    expect(h).toMatchObject({
      accountId: 'a-1',
      band: 'green',
      override: {
        band: 'green',
        reason: 'Owner on holiday; calls resume in October',
        expiresAt: '2026-10-15',
        createdBy: 'Sam',
      },
    });
    // 60 days without a two-way touch on a 14-day cadence: engagement drags, the reason says so.
    expect(h!.reasons).toContain('No two-way touch for 60 days (cadence allows 14)');
    // Engagement (0 + 100 kept) / 2 = 50, sentiment pulse 4 → 75, commercial 100, no results:
    // (50 × 0.3 + 75 × 0.2 + 100 × 0.2) / 0.7 = 71.4 → 71, Yellow under the CSM's Green.
    expect(h).toMatchObject({ score: 71, computedBand: 'yellow', band: 'green' });
    expect(insights.onboarding).toEqual([]);
    expect(insights.cadence.every((c) => c.accountId === 'a-1' && (c.state === 'due' || c.state === 'overdue'))).toBe(
      true,
    );
  });
});
