import { describe, expect, it } from 'vitest';
import { generateDemoBook } from '../../../src-core/demo';
import { affectsSummary, summarizeAccounts, summaryPart } from '../../../src-renderer/store/summaries';

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

describe('the fields a summary reads', () => {
  it('are all it needs: a 60-account book cut to them summarises exactly as the whole rows do', () => {
    const owner = { id: 'u-1', email: 'sam@agency.test', name: 'Sam', role: 'csm' as const };
    const { tables } = generateDemoBook({ seed: 'summary-fields', accounts: 60, years: 2, asOf: '2026-11-20', owner });
    const ids = tables.accounts.map((a) => a.id);
    const cut = <R extends { id: string }>(table: string, rows: R[]) => rows.map((r) => summaryPart(table, r));
    const whole = summarizeAccounts(ids, tables);
    expect(whole.some((s) => s.nextMeetingAt !== null && s.lastContactAt !== null && s.openTickets > 0)).toBe(true);
    expect(
      summarizeAccounts(ids, {
        contracts: cut('contracts', tables.contracts),
        activities: cut('activities', tables.activities),
        tickets: cut('tickets', tables.tickets),
        tasks: cut('tasks', tables.tasks),
      }),
    ).toEqual(whole);
    expect(Object.keys(summaryPart('activities', tables.activities[0]!)).sort()).toEqual(
      ['accountId', 'at', 'deleted', 'direction', 'id', 'kind', 'status'].sort(),
    );
  });
});
