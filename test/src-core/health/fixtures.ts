import { accountDataOf, type AccountData } from '../../../src-core/health';
import type { Account } from '../../../src-core/model';
import { makeAccount, makeActivity, makeContract, makeFeedback, weeklySeries } from './builders';

/** "Now" for the health fixtures. The 90-day window is 2026-07-03 … 2026-09-30 (13 Mondays). */
export const NOW = '2026-09-30T12:00:00.000Z';

/** Healthy: leads on target, a kept meeting 5 days ago, promoter feedback, pulse 4, invoices paid. */
export function healthyAccount(account: Partial<Account> = {}): AccountData {
  return accountDataOf(makeAccount(account), {
    metrics: weeklySeries('leads', 'all', '2026-03-30', '2026-09-28', () => [20, 20]),
    activities: [
      makeActivity({ at: '2026-09-25T15:00:00.000Z' }),
      makeActivity({ at: '2026-08-25T15:00:00.000Z' }),
      makeActivity({ at: '2026-07-25T15:00:00.000Z' }),
    ],
    feedback: [makeFeedback({ nps: 9, csat: 5 })],
    contracts: [makeContract({ renewalDate: '2027-03-01' })],
  });
}

/**
 * The seed's HVAC story: leads flat at 80% of target while traffic is up 15%, two monthly calls
 * skipped, last two-way touch 30 days ago, renewal in 60 days with no plan.
 */
export function atRiskAccount(): AccountData {
  return accountDataOf(makeAccount({ name: 'Comfort Air HVAC', industry: 'HVAC', pulse: 3 }), {
    metrics: [
      ...weeklySeries('leads', 'all', '2026-03-30', '2026-09-28', () => [20, 25]),
      ...weeklySeries('organic_traffic', 'all', '2026-03-30', '2026-09-28', (d) => [
        d >= '2026-07-03' ? 1_150 : 1_000,
        null,
      ]),
    ],
    activities: [
      makeActivity({ kind: 'call', at: '2026-08-31T15:00:00.000Z', subject: 'Bi-weekly sync' }),
      makeActivity({ kind: 'meeting', status: 'no_show', at: '2026-08-14T15:00:00.000Z', subject: 'Monthly review' }),
      makeActivity({ kind: 'meeting', status: 'no_show', at: '2026-09-14T15:00:00.000Z', subject: 'Monthly review' }),
    ],
    feedback: [makeFeedback({ nps: 7, csat: null })],
    contracts: [makeContract({ renewalDate: '2026-11-29' })],
  });
}
