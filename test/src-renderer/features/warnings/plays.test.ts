import { describe, expect, it } from 'vitest';
import { accountDataOf } from '../../../../src-core/health';
import { DEFAULT_PLAYBOOKS } from '../../../../src-core/playbooks';
import { DEFAULT_SETTINGS } from '../../../../src-core/settings';
import { playsFor } from '../../../../src-renderer/features/playbooks/plays';
import { makeAccount, weeklySeries } from '../../../src-core/health/builders';

const NOW = '2026-09-30T12:00:00.000Z';

describe('playbooks offered on an account’s Health tab', () => {
  it('lists expansion triggers, recorded budget and competitor signals, and a Red band', () => {
    const account = makeAccount({
      signals: [
        { kind: 'budget_concern', date: '2026-09-10', note: 'Owner asked whether PPC pays for itself' },
        { kind: 'seasonal_peak', date: '2026-09-20', note: 'Furnace season starts in October' },
        { kind: 'downgrade_request', date: '2026-09-12', note: '' },
      ],
    });
    // Leads 120 against a target of 100 every week: 20% over, beyond the 10% for 4 weeks.
    const metrics = weeklySeries('leads', 'all', '2026-06-01', '2026-09-28', () => [120, 100]);
    const plays = playsFor(accountDataOf(account, { metrics }), 'red', NOW, DEFAULT_SETTINGS, DEFAULT_PLAYBOOKS);
    expect(plays.map((p) => [p.key, p.kind])).toEqual([
      ['expansion:exceeding_targets', 'expansion'],
      ['expansion:seasonal_peak', 'expansion'],
      ['signal:budget_concern', 'risk'],
      ['band:red', 'risk'],
    ]);
    expect(plays[0]!.cause.evidence).toBe('Leads 120% of target for 4 weeks running (480 vs 400)');
    expect(plays[2]!.cause).toEqual({ signal: 'budget_concern', evidence: 'Owner asked whether PPC pays for itself' });
  });

  it('offers nothing for a healthy account with no signals', () => {
    expect(playsFor(accountDataOf(makeAccount()), 'green', NOW, DEFAULT_SETTINGS, DEFAULT_PLAYBOOKS)).toEqual([]);
  });

  it('leaves out causes no playbook answers', () => {
    const account = makeAccount({ signals: [{ kind: 'budget_concern', date: '2026-09-10', note: 'x' }] });
    const withoutBudget = DEFAULT_PLAYBOOKS.filter((p) => p.id !== 'budget-concern');
    expect(playsFor(accountDataOf(account), 'green', NOW, DEFAULT_SETTINGS, withoutBudget)).toEqual([]);
  });
});
