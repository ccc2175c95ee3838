import { useMemo, useState } from 'react';
import type { Account } from '../../../src-core/model';
import { DEFAULT_PLAYBOOKS, runPlaybook, type PlaybookCause } from '../../../src-core/playbooks';
import { useEffectiveSettings } from '../settings/queries';
import { accountHref } from '../../app/routes';
import { Dialog } from '../shared/Dialog';
import { formatDate, labelOf } from '../shared/format';
import { useRunPlaybook } from './mutations';
import { playbooksForWarning } from './playbook-drafts';
import './playbooks.css';

interface Props {
  /** What set it off: a warning (with the account's band), a signal or an expansion trigger. */
  cause: PlaybookCause;
  account: Account;
  /** The warning it answers, if any: the created rows are linked back to it. */
  warningId: string | null;
  onClose(): void;
}

/** Turns a warning or a signal into a playbook: pick one, see exactly what it creates, then create it. */
export function PlaybookDialog({ cause, account, warningId, onClose }: Props) {
  const playbooks = useEffectiveSettings().data?.playbooks ?? DEFAULT_PLAYBOOKS;
  const options = useMemo(() => playbooksForWarning(playbooks, cause), [playbooks, cause]);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const chosen = options.find((p) => p.id === chosenId) ?? options[0] ?? null;
  const run = useRunPlaybook();
  // A preview with throwaway ids: the real run makes its own rows with fresh ids.
  const preview = useMemo(() => {
    let n = 0;
    return chosen ? runPlaybook(chosen, account, cause, new Date().toISOString(), () => `preview-${++n}`) : null;
  }, [chosen, account, cause]);
  return (
    <Dialog title={`Playbook for ${account.name}`} open onClose={onClose}>
      <div className="dialog__body playbook">
        <p className="muted">{cause.evidence}</p>
        {options.length === 0 ? (
          <p>No playbook answers this kind of warning yet.</p>
        ) : (
          <fieldset className="field playbook__choices">
            <legend>Playbook</legend>
            {options.map((p) => (
              <label key={p.id} className="check">
                <input
                  type="radio"
                  name="playbook"
                  value={p.id}
                  checked={p.id === chosen?.id}
                  onChange={() => setChosenId(p.id)}
                />
                <span>
                  <strong>{p.name}</strong> <span className="muted">{p.description}</span>
                </span>
              </label>
            ))}
          </fieldset>
        )}
        {preview && (
          <div className="playbook__preview" role="region" aria-label="What the playbook creates">
            <h3>{preview.tasks.length} tasks</h3>
            <ol className="playbook__tasks">
              {preview.tasks.map((t) => (
                <li key={t.id}>
                  <span className="strong">{t.title}</span> <span className="muted">due {formatDate(t.dueDate!)}</span>
                  {t.detail && <div className="playbook__detail">{t.detail}</div>}
                </li>
              ))}
            </ol>
            {preview.opportunity && (
              <div className="playbook__opportunity">
                <h3>Opportunity for the CS selling pipeline ({labelOf(preview.opportunity.kind)})</h3>
                <dl className="facts facts--compact">
                  <dt>Title</dt>
                  <dd>{preview.opportunity.title}</dd>
                  <dt>Problem</dt>
                  <dd>{preview.opportunity.problem}</dd>
                  <dt>Impact</dt>
                  <dd>{preview.opportunity.expectedImpact}</dd>
                  <dt>Pilot</dt>
                  <dd>{preview.opportunity.pilot}</dd>
                </dl>
              </div>
            )}
          </div>
        )}
        <div className="form-actions">
          {run.isSuccess && (
            <a className="hint" href={accountHref(account.id)}>
              Open {account.name}
            </a>
          )}
          <button type="button" className="button" onClick={onClose}>
            {run.isSuccess ? 'Done' : 'Cancel'}
          </button>
          {!run.isSuccess && (
            <button
              type="button"
              className="button button--primary"
              disabled={!chosen || run.isPending}
              onClick={() => chosen && run.mutate({ playbook: chosen, account, cause, warningId })}
            >
              {run.isPending
                ? 'Creating…'
                : `Create ${preview?.tasks.length ?? 0} tasks${preview?.opportunity ? ' and the opportunity' : ''}`}
            </button>
          )}
        </div>
      </div>
    </Dialog>
  );
}
