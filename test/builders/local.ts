import type { StoredWarning } from '../../src-renderer/features/warnings/warnings-store';

/** A warning as the laptop keeps it (never synced), open unless told otherwise. */
export function makeStoredWarning(overrides: Partial<StoredWarning> = {}): StoredWarning {
  return {
    id: 'w',
    accountId: 'acc-1',
    kind: 'payment_late',
    causeKey: 'c',
    evidenceKey: 'e',
    evidence: 'x',
    date: '2026-11-01',
    status: 'open',
    raisedAt: '2026-11-01T08:00:00.000Z',
    snoozedUntil: null,
    resolvedAt: null,
    resolution: null,
    ...overrides,
  };
}
