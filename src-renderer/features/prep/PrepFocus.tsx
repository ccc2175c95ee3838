import { useMemo, useState } from 'react';
import type { AccountHealth } from '../../../src-core/health';
import { DEFAULT_PLAYBOOKS, type Playbook } from '../../../src-core/playbooks';
import { renewalFocus, type AccountData } from '../../../src-core/prep';
import type { Settings } from '../../../src-core/settings';
import { WARNING_LABELS } from '../../../src-core/warnings';
import { PlaybookDialog } from '../playbooks/PlaybookDialog';
import { causeOfWarning, playbooksForWarning } from '../playbooks/playbook-drafts';
import { playsFor, type Play } from '../playbooks/plays';
import { useEffectiveSettings } from '../settings/queries';
import { formatDate, formatMoney } from '../shared/format';
import type { StoredWarning } from '../warnings/warnings-store';
import { MoreLine } from './MoreLine';

const PLAN_WORDS = { planned: 'renewal plan started', no_plan: 'no renewal plan', not_yet: '' } as const;
const SHOWN = 2;

interface Fit {
  play: Play;
  playbook: Playbook;
  warningId: string | null;
}

/** Each open warning, then each trigger or recorded risk, with the first playbook that answers it. */
function fits(
  plays: readonly Play[],
  playbooks: readonly Playbook[],
  warnings: readonly StoredWarning[],
  band: AccountHealth['band'],
) {
  const fromWarnings = warnings.map((w) => ({
    play: {
      key: `warning:${w.id}`,
      title: WARNING_LABELS[w.kind],
      cause: causeOfWarning(w, band),
      kind: 'risk' as const,
    },
    warningId: w.id,
  }));
  const out: Fit[] = [];
  for (const f of [...fromWarnings, ...plays.map((play) => ({ play, warningId: null }))]) {
    const playbook = playbooksForWarning(playbooks, f.play.cause)[0];
    if (playbook && !out.some((o) => o.playbook.id === playbook.id)) out.push({ ...f, playbook });
  }
  return out;
}

interface Props {
  data: AccountData;
  health: AccountHealth;
  settings: Settings;
  warnings: readonly StoredWarning[];
  now: string;
  today: string;
}

/**
 * The top of the prep: the renewal once it is inside the planning window (with its plan, or "no
 * renewal plan") and the playbook that fits the account's state — what the meeting must move.
 */
export function PrepFocus({ data, health, settings, warnings, now, today }: Props) {
  const playbooks = useEffectiveSettings().data?.playbooks ?? DEFAULT_PLAYBOOKS;
  const renewal = renewalFocus(data, today, settings.health.renewalWindowDays);
  const list = useMemo(() => {
    const open = warnings.filter((w) => w.accountId === data.account.id && w.status === 'open');
    return fits(playsFor(data, health.band, now, settings, playbooks), playbooks, open, health.band);
  }, [data, health.band, now, settings, playbooks, warnings]);
  const [running, setRunning] = useState<Fit | null>(null);
  if (!renewal && list.length === 0) return null;
  return (
    <section className="prep-focus" aria-label="Before you go in">
      {renewal && (
        <p className={`prep-focus__renewal prep-focus__renewal--${renewal.plan}`}>
          <strong>
            Renewal in {renewal.inDays} days ({formatDate(renewal.contract.renewalDate)}),{' '}
            {formatMoney(renewal.contract.monthlyValueCents)} a month: {PLAN_WORDS[renewal.plan]}
          </strong>
          {renewal.plan === 'no_plan' && <span className="muted"> — start it in this meeting.</span>}
        </p>
      )}
      {list.length > 0 && (
        <ul className="prep-focus__plays" aria-label="Playbooks that fit">
          {list.slice(0, SHOWN).map((f) => (
            <li key={f.play.key}>
              <span>
                Playbook that fits: <strong>{f.playbook.name}</strong>{' '}
                <span className="muted">
                  ({f.play.title}: {f.play.cause.evidence})
                </span>
              </span>
              <button type="button" className="button button--small" onClick={() => setRunning(f)}>
                Run playbook
              </button>
            </li>
          ))}
          <MoreLine total={list.length} shown={SHOWN} printed={1} />
        </ul>
      )}
      {running && (
        <PlaybookDialog
          cause={running.play.cause}
          account={data.account}
          warningId={running.warningId}
          onClose={() => setRunning(null)}
        />
      )}
    </section>
  );
}
