import { useState, type FormEvent } from 'react';
import type { AccountDetail } from '../../store/types';
import { AccountSelect } from '../shared/AccountSelect';
import { Dialog } from '../shared/Dialog';
import { formatDate } from '../shared/format';
import { useAddProcess } from './mutations';
import { FormActions } from '../shared/FormActions';

/** Processes documented from this client's work ($50 per 4 new ones, seed 002). */
export function ProcessesSection({ detail, today }: { detail: AccountDetail; today: string }) {
  const [adding, setAdding] = useState(false);
  const processes = detail.processes
    .filter((p) => !p.deleted)
    .sort((a, b) => b.documentedOn.localeCompare(a.documentedOn));
  return (
    <section className="asks" aria-label="Documented processes">
      <div className="asks__head">
        <h3 className="asks__title">Processes documented</h3>
        <button type="button" className="button" onClick={() => setAdding(true)}>
          Record a documented process
        </button>
      </div>
      {processes.length === 0 && <p className="muted">No process documented from this client’s work yet.</p>}
      <ul className="asks__list">
        {processes.map((p) => (
          <li key={p.id} className="asks__item">
            <span>
              <strong>{p.title}</strong> <span className="sub">documented {formatDate(p.documentedOn)}</span>
            </span>
            {p.link && (
              <a href={p.link} target="_blank" rel="noreferrer" className="asks__link">
                {p.link}
              </a>
            )}
          </li>
        ))}
      </ul>
      <Dialog title="Record a documented process" open={adding} onClose={() => setAdding(false)}>
        <ProcessForm accounts={[detail.account]} today={today} onDone={() => setAdding(false)} />
      </Dialog>
    </section>
  );
}

/**
 * A process the CSM documented. It is the CSM's own work, recorded from the Obligations screen or a
 * client's Relationship tab; it syncs under the client whose work it came from, because every
 * synced row is scoped by its account (DESIGN §5). With one account given, that one is used.
 */
export function ProcessForm({
  accounts,
  today,
  onDone,
}: {
  accounts: readonly { id: string; name: string }[];
  today: string;
  onDone(): void;
}) {
  const [accountId, setAccountId] = useState(accounts.length === 1 ? accounts[0]!.id : '');
  const add = useAddProcess(accountId);
  const [title, setTitle] = useState('');
  const [link, setLink] = useState('');
  const [body, setBody] = useState('');
  const [on, setOn] = useState(today);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate(
      { accountId, title: title.trim(), link: link.trim(), body: body.trim(), documentedOn: on },
      { onSuccess: onDone },
    );
  };
  return (
    <form className="dialog__body" onSubmit={onSubmit}>
      <div className="form-grid">
        {accounts.length > 1 && (
          <label className="field field--wide">
            <span>Came from the work for (it syncs with this client)</span>
            <AccountSelect
              required
              accounts={accounts}
              value={accountId}
              onChange={setAccountId}
              placeholder="Choose a client…"
            />
          </label>
        )}
        <label className="field field--wide">
          <span>Process</span>
          <input required autoFocus value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <label className="field">
          <span>Link (knowledge base)</span>
          <input type="url" value={link} placeholder="https://" onChange={(e) => setLink(e.target.value)} />
        </label>
        <label className="field">
          <span>Documented on</span>
          <input type="date" required max={today} value={on} onChange={(e) => setOn(e.target.value)} />
        </label>
        <label className="field field--wide">
          <span>Or the steps, written out</span>
          <textarea rows={4} value={body} onChange={(e) => setBody(e.target.value)} />
        </label>
      </div>
      <FormActions
        pending={add.isPending}
        submit="Record process"
        onCancel={onDone}
        ready={accountId !== '' && (link.trim() !== '' || body.trim() !== '')}
      />
    </form>
  );
}
