import { describe, expect, it } from 'vitest';
import { healthInputs } from '../../../src-core/health';
import type { OnboardingStep } from '../../../src-core/model';
import { DEFAULT_SETTINGS } from '../../../src-core/settings';
import {
  detectWarnings,
  inboxOf,
  reconcileWarnings,
  resolveWarning,
  snoozeWarning,
  type DetectedWarning,
} from '../../../src-core/warnings';
import { makeActivity, makeInvoice, makeTicket } from '../health/builders';
import { atRiskAccount, healthyAccount, NOW } from '../health/fixtures';

const S = DEFAULT_SETTINGS;
const detect = (data: ReturnType<typeof healthyAccount>, now = NOW, snaps: Parameters<typeof detectWarnings>[4] = []) =>
  detectWarnings(data, healthInputs(data, now, S), now, S, snaps);

describe('detecting early warnings', () => {
  it('flags the HVAC-like account for touch, skipped meetings, flat KPIs and an unplanned renewal', () => {
    const w = detect(atRiskAccount());
    expect(w.map((x) => [x.kind, x.evidence, x.date])).toEqual([
      ['no_two_way_touch', 'No two-way touch for 30 days (cadence allows 14); last on Aug 31, 2026', '2026-09-15'],
      ['skipped_meeting', 'Monthly review on Sep 14, 2026 missed (2 of 3 meetings skipped in 90 days)', '2026-09-14'],
      ['kpi_flat_or_declining', 'Leads flat (0%) at 80% of target: 260 of 325 in 90 days', '2026-09-30'],
      ['renewal_without_plan', 'Renewal on Nov 29, 2026 (in 60 days) with no renewal plan', '2026-08-31'],
    ]);
    expect(w[0]!.causeKey).toBe('a-1:no_two_way_touch');
    expect(w[3]!.causeKey).toMatch(/^a-1:renewal_without_plan:c-\d+$/);
  });

  it('raises no "flat" warning within the tolerance below target (a setting, 5% by default)', () => {
    const data = atRiskAccount();
    const flat = (tolerance: number) => {
      const settings = { ...S, health: { ...S.health, kpiWarningTolerance: tolerance } };
      return detectWarnings(data, healthInputs(data, NOW, settings), NOW, settings, []).filter(
        (x) => x.kind === 'kpi_flat_or_declining',
      ).length;
    };
    // Leads 260 of 325 = 80% of target: flat is a warning unless 20% below target is tolerated.
    expect(S.health.kpiWarningTolerance).toBe(0.05);
    expect(flat(0.05)).toBe(1);
    expect(flat(0.19)).toBe(1);
    expect(flat(0.2)).toBe(0);
  });

  it('raises nothing for a healthy account', () => {
    expect(detect(healthyAccount())).toEqual([]);
  });

  it('flags a ticket with no first response after 2 business hours, counting across the weekend', () => {
    const data = healthyAccount();
    data.tickets = [
      makeTicket({
        id: 't-fri',
        subject: 'Phones down',
        openedAt: '2026-09-04T16:45:00.000Z',
        firstResponseAt: null,
        status: 'open',
        resolvedAt: null,
      }),
    ];
    // Monday 9:00: 45 minutes on Friday + 30 on Monday = 75 business minutes — not yet.
    expect(detect(data, '2026-09-07T09:00:00.000Z').filter((x) => x.kind === 'ticket_unanswered')).toEqual([]);
    const late = detect(data, '2026-09-07T10:30:00.000Z').filter((x) => x.kind === 'ticket_unanswered');
    expect(late).toEqual([
      {
        accountId: 'a-1',
        kind: 'ticket_unanswered',
        causeKey: 'a-1:ticket_unanswered:t-fri',
        evidenceKey: 't-fri',
        evidence: '"Phones down" opened Sep 4, 2026, 4:45 PM UTC, no first response after 2.8 business hours',
        date: '2026-09-07',
      },
    ]);
  });

  it('flags late payments, late onboarding steps and recorded risk signals', () => {
    const data = healthyAccount({
      signals: [
        { kind: 'competitor_interest', date: '2026-09-20', note: 'Got a pitch from a rival agency' },
        { kind: 'cancellation_threat', date: '2026-09-28', note: '' },
      ],
    });
    data.invoices = [
      makeInvoice({ id: 'inv-9', number: 'INV-9', dueDate: '2026-09-01', paidAt: null, amountCents: 300_000 }),
    ];
    const step: OnboardingStep = {
      id: 'st-1',
      rev: 1,
      deleted: false,
      updatedAt: '2026-09-01T00:00:00.000Z',
      accountId: 'a-1',
      key: 'kickoff',
      title: 'Kickoff call',
      dueDate: '2026-09-25',
      completedAt: null,
    };
    data.onboardingSteps = [step];
    expect(detect(data).map((x) => [x.kind, x.evidence, x.date])).toEqual([
      ['payment_late', 'Invoice INV-9 ($3,000) due Sep 1, 2026, unpaid', '2026-09-09'],
      [
        'competitor_interest',
        'Competitor interest noted on Sep 20, 2026: Got a pitch from a rival agency',
        '2026-09-20',
      ],
      ['cancellation_threat', 'Cancellation threat noted on Sep 28, 2026', '2026-09-28'],
      ['onboarding_step_late', 'Kickoff call was due Sep 25, 2026 and is not done', '2026-09-26'],
    ]);
  });

  it('sees a band drop in the snapshots', () => {
    const snaps = [
      { date: '2026-09-02', score: 80, band: 'green' as const },
      { date: '2026-09-09', score: 76, band: 'green' as const },
      { date: '2026-09-16', score: 70, band: 'yellow' as const },
      { date: '2026-09-30', score: 68, band: 'yellow' as const },
    ];
    const drop = detect(healthyAccount(), NOW, snaps).find((x) => x.kind === 'band_dropped');
    expect(drop).toMatchObject({
      evidence: 'Health went from Green to Yellow on Sep 16, 2026 (score 76 → 70)',
      evidenceKey: 'yellow@2026-09-16',
    });
  });
});

describe('the warnings inbox', () => {
  const ids = () => {
    let n = 0;
    return () => `w-${++n}`;
  };
  const skipped = (evidenceKey: string, date: string): DetectedWarning => ({
    accountId: 'a-1',
    kind: 'skipped_meeting',
    causeKey: 'a-1:skipped_meeting',
    evidenceKey,
    evidence: `Monthly review on ${date} missed`,
    date,
  });

  it('never holds two open warnings for the same cause', () => {
    const newId = ids();
    const first = reconcileWarnings([], [skipped('act-1', '2026-09-14'), skipped('act-1', '2026-09-14')], NOW, newId);
    expect(first).toHaveLength(1);
    const again = reconcileWarnings(first, [skipped('act-2', '2026-09-28')], '2026-10-01T09:00:00.000Z', newId);
    expect(again).toEqual([
      { ...first[0], evidenceKey: 'act-2', evidence: 'Monthly review on 2026-09-28 missed', date: '2026-09-28' },
    ]);
  });

  it('keeps a resolved warning resolved on the same evidence and reopens it on new evidence', () => {
    const newId = ids();
    const [w] = reconcileWarnings([], [skipped('act-1', '2026-09-14')], NOW, newId);
    const resolved = resolveWarning(w!, '2026-09-30T13:00:00.000Z');
    const same = reconcileWarnings([resolved], [skipped('act-1', '2026-09-14')], '2026-10-01T09:00:00.000Z', newId);
    expect(same).toEqual([resolved]);
    const fresh = reconcileWarnings(same, [skipped('act-2', '2026-10-05')], '2026-10-06T09:00:00.000Z', newId);
    expect(fresh).toMatchObject([
      {
        id: 'w-1',
        status: 'open',
        evidenceKey: 'act-2',
        resolvedAt: null,
        resolution: null,
        raisedAt: '2026-10-06T09:00:00.000Z',
      },
    ]);
  });

  it('keeps a snoozed warning out of the inbox until its snooze ends', () => {
    const newId = ids();
    const [w] = reconcileWarnings([], [skipped('act-1', '2026-09-14')], NOW, newId);
    const snoozed = snoozeWarning(w!, '2026-10-07');
    const during = reconcileWarnings([snoozed], [skipped('act-1', '2026-09-14')], '2026-10-03T09:00:00.000Z', newId);
    expect(during[0]!.status).toBe('snoozed');
    expect(inboxOf(during, '2026-10-03')).toEqual([]);
    const after = reconcileWarnings(during, [skipped('act-1', '2026-09-14')], '2026-10-07T09:00:00.000Z', newId);
    expect(after[0]).toMatchObject({ id: 'w-1', status: 'open', snoozedUntil: null });
    expect(inboxOf(after, '2026-10-07')).toHaveLength(1);
  });

  it('clears a warning whose cause went away, and raises it again when the cause returns', () => {
    const newId = ids();
    const open = reconcileWarnings([], [skipped('act-1', '2026-09-14')], NOW, newId);
    const cleared = reconcileWarnings(open, [], '2026-10-20T09:00:00.000Z', newId);
    expect(cleared[0]).toMatchObject({
      status: 'resolved',
      resolution: 'cleared',
      resolvedAt: '2026-10-20T09:00:00.000Z',
    });
    const back = reconcileWarnings(cleared, [skipped('act-7', '2026-11-02')], '2026-11-03T09:00:00.000Z', newId);
    expect(back).toHaveLength(1);
    expect(back[0]).toMatchObject({ id: 'w-1', status: 'open', evidenceKey: 'act-7' });
  });

  it('does not count a skipped meeting older than 30 days as fresh evidence', () => {
    const data = healthyAccount();
    data.activities.push(makeActivity({ status: 'no_show', at: '2026-08-10T15:00:00.000Z' }));
    expect(detect(data).map((x) => x.kind)).toEqual([]);
  });
});
