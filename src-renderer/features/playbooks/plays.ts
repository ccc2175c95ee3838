import { activeSignal, type AccountData } from '../../../src-core/health';
import type { HealthBand } from '../../../src-core/model';
import { expansionTriggers, type Playbook, type PlaybookCause } from '../../../src-core/playbooks';
import type { Settings } from '../../../src-core/settings';
import { formatDate, labelOf } from '../shared/format';
import { playbooksForWarning } from './playbook-drafts';

export interface Play {
  key: string;
  title: string;
  cause: PlaybookCause;
  kind: 'expansion' | 'risk';
}

const RISK_SIGNALS = ['budget_concern', 'competitor_interest', 'cancellation_threat'] as const;

/**
 * What an account offers a playbook for, besides its warnings: expansion triggers (targets beaten
 * for weeks, capacity limits, a scaling business, a seasonal peak), budget or competitor signals
 * the CSM recorded, and a Red band. Only causes some playbook answers are listed.
 */
export function playsFor(
  data: AccountData,
  band: HealthBand,
  now: string,
  settings: Settings,
  playbooks: readonly Playbook[],
): Play[] {
  const today = now.slice(0, 10);
  const plays: Play[] = expansionTriggers(data, now, settings).map(({ expansion, ...cause }) => ({
    key: `expansion:${expansion}`,
    title: `Expansion: ${labelOf(expansion).toLowerCase()}`,
    cause: { ...cause, expansion },
    kind: 'expansion' as const,
  }));
  for (const kind of RISK_SIGNALS) {
    const s = activeSignal(data.account, kind, today, settings.health.lookbackDays);
    if (s)
      plays.push({
        key: `signal:${kind}`,
        title: labelOf(kind),
        cause: { signal: kind, evidence: s.note || `${labelOf(kind)} noted on ${formatDate(s.date)}` },
        kind: 'risk',
      });
  }
  if (band === 'red')
    plays.push({
      key: 'band:red',
      title: 'Health is Red',
      cause: { band: 'red', evidence: 'Health is Red: executive involvement and a recovery plan' },
      kind: 'risk',
    });
  return plays.filter((p) => playbooksForWarning(playbooks, p.cause).length > 0);
}
