import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOKS } from '../../../../src-core/playbooks';
import type { Task } from '../../../../src-core/model';
import {
  causeOfWarning,
  playbooksForWarning,
  taskDraft,
} from '../../../../src-renderer/features/playbooks/playbook-drafts';
import {
  countsByKind,
  snoozeUntil,
  sortForInbox,
  warningsIn,
} from '../../../../src-renderer/features/warnings/warnings-view';
import { makeStoredWarning } from '../../../builders';

const warning = makeStoredWarning;

describe('snoozing', () => {
  it('ends the next morning, a week later, or on a chosen later day', () => {
    expect(snoozeUntil('1d', '2026-11-28', null)).toBe('2026-11-29');
    expect(snoozeUntil('1w', '2026-11-28', null)).toBe('2026-12-05');
    expect(snoozeUntil('custom', '2026-11-28', '2027-01-04')).toBe('2027-01-04');
    expect(snoozeUntil('custom', '2026-11-28', '2026-11-28')).toBeNull();
    expect(snoozeUntil('custom', '2026-11-28', '')).toBeNull();
  });
});

describe('the inbox views', () => {
  const list = [
    warning({ id: 'a', status: 'snoozed', snoozedUntil: '2026-11-30', causeKey: 'a' }),
    warning({ id: 'b', status: 'snoozed', snoozedUntil: '2026-11-20', causeKey: 'b' }),
    warning({ id: 'c', status: 'resolved', resolvedAt: '2026-11-10T09:00:00.000Z', causeKey: 'c' }),
    warning({ id: 'd', status: 'resolved', resolvedAt: '2026-11-12T09:00:00.000Z', causeKey: 'd' }),
    warning({ id: 'e', kind: 'skipped_meeting', causeKey: 'e' }),
  ];
  it('lists warnings still asleep, and resolved ones newest first', () => {
    expect(warningsIn('snoozed', list, '2026-11-24').map((w) => w.id)).toEqual(['a']);
    expect(warningsIn('resolved', list, '2026-11-24').map((w) => w.id)).toEqual(['d', 'c']);
  });

  it('counts by kind in the order the kinds are listed', () => {
    expect(countsByKind(list)).toEqual([
      { kind: 'skipped_meeting', label: 'Skipped meeting', count: 1 },
      { kind: 'payment_late', label: 'Payment late', count: 4 },
    ]);
  });

  it('puts threats to the client first, then the newest', () => {
    const sorted = sortForInbox([
      warning({ causeKey: '1', kind: 'onboarding_step_late', date: '2026-11-20' }),
      warning({ causeKey: '2', kind: 'payment_late', date: '2026-11-01' }),
      warning({ causeKey: '3', kind: 'cancellation_threat', date: '2026-10-01' }),
      warning({ causeKey: '4', kind: 'payment_late', date: '2026-11-15' }),
    ]);
    expect(sorted.map((w) => w.causeKey)).toEqual(['3', '4', '2', '1']);
  });
});

describe('a playbook from a warning', () => {
  it('offers the playbooks for its kind, then the one for a Red account', () => {
    const cause = causeOfWarning(
      warning({ kind: 'kpi_flat_or_declining', evidence: 'Leads flat (+5%) at 82% of target' }),
      'red',
    );
    expect(cause).toEqual({
      evidence: 'Leads flat (+5%) at 82% of target',
      warning: 'kpi_flat_or_declining',
      band: 'red',
    });
    expect(playbooksForWarning(DEFAULT_PLAYBOOKS, cause).map((p) => p.id)).toEqual(['performance-gap', 'red-recovery']);
    // A cancellation threat's own playbook is the Red one: listed once.
    const threat = causeOfWarning(warning({ kind: 'cancellation_threat' }), 'red');
    expect(playbooksForWarning(DEFAULT_PLAYBOOKS, threat).map((p) => p.id)).toEqual(['red-recovery']);
    expect(playbooksForWarning(DEFAULT_PLAYBOOKS, causeOfWarning(warning({ kind: 'payment_late' }), 'green'))).toEqual(
      [],
    );
  });

  it('hands the writer the generated rows without the server’s bookkeeping', () => {
    const task: Task = {
      id: 't-1',
      rev: 0,
      deleted: false,
      updatedAt: '2026-11-24T10:00:00.000Z',
      accountId: 'acc-1',
      title: 'Call',
      detail: '',
      dueDate: '2026-11-25',
      status: 'open',
      source: 'playbook',
      playbookId: 'engagement-drop',
      completedAt: null,
    };
    expect(taskDraft(task)).toEqual({
      id: 't-1',
      accountId: 'acc-1',
      title: 'Call',
      detail: '',
      dueDate: '2026-11-25',
      status: 'open',
      source: 'playbook',
      playbookId: 'engagement-drop',
      completedAt: null,
    });
  });
});
