import { describe, expect, it } from 'vitest';
import { healthInputs } from '../../../src-core/health';
import { validateRow, validateWith } from '../../../src-core/model';
import {
  DEFAULT_PLAYBOOKS,
  expansionTriggers,
  playbookSchema,
  playbooksFor,
  runPlaybook,
} from '../../../src-core/playbooks';
import { DEFAULT_SETTINGS } from '../../../src-core/settings';
import { detectWarnings } from '../../../src-core/warnings';
import { makeAccount, weeklySeries } from '../health/builders';
import { atRiskAccount, healthyAccount, NOW } from '../health/fixtures';

const S = DEFAULT_SETTINGS;
const ids = () => {
  let n = 0;
  return () => `row-${++n}`;
};
const names = (cause: Parameters<typeof playbooksFor>[1]) => playbooksFor(DEFAULT_PLAYBOOKS, cause).map((p) => p.id);

describe('playbooks as data', () => {
  it('ships defaults that are valid, editable playbooks with unique ids', () => {
    for (const p of DEFAULT_PLAYBOOKS) expect(validateWith(playbookSchema, p)).toEqual({ ok: true, value: p });
    expect(new Set(DEFAULT_PLAYBOOKS.map((p) => p.id)).size).toBe(DEFAULT_PLAYBOOKS.length);
  });

  it('answers each cause of the retention playbook with its play', () => {
    expect(names({ evidence: '', warning: 'kpi_flat_or_declining' })).toEqual(['performance-gap']);
    expect(names({ evidence: '', signal: 'budget_concern' })).toEqual(['budget-concern']);
    expect(names({ evidence: '', warning: 'competitor_interest' })).toEqual(['competitor-interest']);
    expect(names({ evidence: '', band: 'red' })).toEqual(['red-recovery']);
    expect(names({ evidence: '', warning: 'cancellation_threat' })).toEqual(['red-recovery']);
    expect(names({ evidence: '', expansion: 'seasonal_peak' })).toEqual(['expansion-seasonal']);
  });
});

describe('running a playbook', () => {
  it('turns the HVAC account’s flat-KPI warning into a dated corrective action plan', () => {
    const data = atRiskAccount();
    const warning = detectWarnings(data, healthInputs(data, NOW, S), NOW, S).find(
      (w) => w.kind === 'kpi_flat_or_declining',
    )!;
    const play = playbooksFor(DEFAULT_PLAYBOOKS, { ...warning, warning: warning.kind })[0]!;
    const run = runPlaybook(play, data.account, warning, NOW, ids());
    expect(run.opportunity).toBeNull();
    expect(run.tasks.map((t) => [t.title, t.dueDate])).toEqual([
      ['Intervention call with Comfort Air HVAC: acknowledge the gap honestly', '2026-10-02'],
      ['Deep-dive analysis: find the root cause of the gap', '2026-10-05'],
      ['Write and share the corrective action plan', '2026-10-07'],
      ['Move Comfort Air HVAC to weekly check-ins until results recover', '2026-10-07'],
      ['Performance review against the corrective plan', '2026-10-28'],
    ]);
    expect(run.tasks[0]!.detail).toBe('Why: Leads flat (0%) at 80% of target: 260 of 325 in 90 days');
    for (const t of run.tasks) {
      expect(t).toMatchObject({ accountId: 'a-1', status: 'open', source: 'playbook', playbookId: 'performance-gap' });
      expect(validateRow('tasks', t).ok).toBe(true);
    }
  });

  it('spots targets exceeded for 4 weeks and opens an expansion framed as a solution with a pilot', () => {
    const data = healthyAccount();
    data.metrics = weeklySeries('leads', 'all', '2026-06-01', '2026-09-28', (d) => [d >= '2026-09-07' ? 24 : 20, 20]);
    const [trigger] = expansionTriggers(data, NOW, S);
    expect(trigger).toEqual({
      expansion: 'exceeding_targets',
      evidence: 'Leads 120% of target for 4 weeks running (96 vs 80)',
    });
    const play = playbooksFor(DEFAULT_PLAYBOOKS, trigger!)[0]!;
    const run = runPlaybook(play, data.account, trigger!, NOW, ids());
    expect(run.opportunity).toMatchObject({
      kind: 'upsell',
      stage: 'identified',
      trigger: 'exceeding_targets',
      title: 'Scale what works for Bright Smiles Dental',
      createdAt: '2026-09-30',
      problem:
        'Results beat target week after week (Leads 120% of target for 4 weeks running (96 vs 80)); demand is there that the current plan does not capture.',
      pilot: '60-day pilot at a reduced fee, with the success bar agreed up front.',
    });
    expect(validateRow('opportunities', run.opportunity).ok).toBe(true);
  });

  it('does not call 3 strong weeks out of 4 a trigger', () => {
    const data = healthyAccount();
    data.metrics = weeklySeries('leads', 'all', '2026-06-01', '2026-09-28', (d) => [
      d >= '2026-09-07' && d !== '2026-09-14' ? 24 : 21,
      20,
    ]);
    expect(expansionTriggers(data, NOW, S)).toEqual([]);
  });

  it('reads capacity, growth and season from the CSM’s signals', () => {
    const data = healthyAccount({
      signals: [{ kind: 'scaling_business', date: '2026-09-10', note: 'Opening a second office in March' }],
    });
    expect(expansionTriggers(data, NOW, S)).toEqual([
      { expansion: 'scaling_business', signal: 'scaling_business', evidence: 'Opening a second office in March' },
    ]);
  });

  it('keeps rows valid with a long account name and long evidence', () => {
    const account = makeAccount({ name: 'A'.repeat(200) });
    const run = runPlaybook(
      DEFAULT_PLAYBOOKS.find((p) => p.id === 'expansion-capacity')!,
      account,
      { evidence: 'x'.repeat(5_000), expansion: 'capacity_limit' },
      NOW,
      ids(),
    );
    for (const t of run.tasks) expect(validateRow('tasks', t).ok).toBe(true);
    expect(validateRow('opportunities', run.opportunity).ok).toBe(true);
    expect(run.opportunity!.problem.endsWith('…')).toBe(true);
  });

  it('runs an edited playbook exactly as written', () => {
    const custom = validateWith(playbookSchema, {
      id: 'my-play',
      name: 'Birthday call',
      description: '',
      when: { warnings: ['no_two_way_touch'], signals: [], bands: [], expansion: [] },
      tasks: [{ title: 'Call {account}', detail: '{evidence}', dueInDays: 0 }],
      opportunity: null,
    });
    expect(custom.ok).toBe(true);
    if (!custom.ok) return;
    const run = runPlaybook(custom.value, makeAccount(), { evidence: 'No call for 40 days' }, NOW, ids());
    expect(run.tasks.map((t) => [t.title, t.detail, t.dueDate])).toEqual([
      ['Call Bright Smiles Dental', 'No call for 40 days', '2026-09-30'],
    ]);
  });
});
