import { describe, expect, it } from 'vitest';
import { affectsSummary } from '../../../src-renderer/store/summaries';

const activity = {
  id: 'x',
  accountId: 'a-1',
  kind: 'call',
  status: 'completed',
  direction: 'two_way',
  at: '2026-11-02T15:00:00Z',
  subject: 'Check-in',
  outcome: '',
};

describe('which pulled changes make an account summary stale', () => {
  it('ignores text edits that no summary reads', () => {
    expect(affectsSummary('activities', activity, { ...activity, outcome: 'Wants more leads' })).toBe(false);
    expect(affectsSummary('notes', undefined, { id: 'n', accountId: 'a-1', body: 'hi' })).toBe(false);
  });

  it('recomputes when a counted field, the account or existence changes', () => {
    expect(affectsSummary('activities', activity, { ...activity, status: 'no_show' })).toBe(true);
    expect(affectsSummary('activities', activity, { ...activity, accountId: 'a-2' })).toBe(true);
    expect(affectsSummary('activities', undefined, activity)).toBe(true);
    expect(affectsSummary('activities', activity, undefined)).toBe(true);
    expect(
      affectsSummary('contracts', { accountId: 'a', services: ['seo'] }, { accountId: 'a', services: ['seo', 'ppc'] }),
    ).toBe(true);
    expect(affectsSummary('accounts', undefined, { id: 'a' })).toBe(true);
  });
});
