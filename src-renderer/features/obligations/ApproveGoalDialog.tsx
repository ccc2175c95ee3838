import { useState, type FormEvent } from 'react';
import { APPROVAL_METHODS, type ApprovalMethod, type Contact, type Goal } from '../../../src-core/model';
import { Dialog } from '../shared/Dialog';
import { labelOf } from '../shared/format';
import { useApproveGoal } from './mutations';
import { FormActions } from '../shared/FormActions';

interface Props {
  goal: Goal | null;
  contacts: Contact[];
  today: string;
  onClose(): void;
}

/** Records the client's approval of a POWER goal: who approved, when and how (seed 002). */
export function ApproveGoalDialog({ goal, contacts, today, onClose }: Props) {
  return (
    <Dialog title="Record the client’s approval" open={goal !== null} onClose={onClose}>
      {goal && <ApproveForm goal={goal} contacts={contacts} today={today} onDone={onClose} />}
    </Dialog>
  );
}

const OTHER = '';

function ApproveForm({
  goal,
  contacts,
  today,
  onDone,
}: {
  goal: Goal;
  contacts: Contact[];
  today: string;
  onDone(): void;
}) {
  const approve = useApproveGoal(goal.accountId);
  const live = contacts.filter((c) => !c.deleted);
  const first = live.find((c) => c.role === 'decision_maker') ?? live[0];
  const [contactId, setContactId] = useState(first?.id ?? OTHER);
  const [name, setName] = useState('');
  const [on, setOn] = useState(today);
  const [method, setMethod] = useState<ApprovalMethod>('email');
  const [note, setNote] = useState('');
  const contact = live.find((c) => c.id === contactId) ?? null;
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const approvedBy = contact ? contact.name : name.trim();
    approve.mutate(
      {
        goalId: goal.id,
        approval: { approvedBy, contactId: contact?.id ?? null, approvedOn: on, method, note: note.trim() },
      },
      { onSuccess: onDone },
    );
  };
  return (
    <form className="dialog__body" onSubmit={onSubmit}>
      <p className="hint">
        <strong>{goal.title}</strong> — the year-end bonus needs every client to have an approved POWER goal this year.
      </p>
      <div className="form-grid">
        <label className="field">
          <span>Approved by</span>
          <select value={contactId} onChange={(e) => setContactId(e.target.value)}>
            {live.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
                {c.title ? ` — ${c.title}` : ''}
              </option>
            ))}
            <option value={OTHER}>Someone else…</option>
          </select>
        </label>
        {!contact && (
          <label className="field">
            <span>Their name</span>
            <input required value={name} onChange={(e) => setName(e.target.value)} />
          </label>
        )}
        <label className="field">
          <span>Approved on</span>
          <input type="date" required max={today} value={on} onChange={(e) => setOn(e.target.value)} />
        </label>
        <label className="field">
          <span>How</span>
          <select value={method} onChange={(e) => setMethod(e.target.value as ApprovalMethod)}>
            {APPROVAL_METHODS.map((m) => (
              <option key={m} value={m}>
                {labelOf(m)}
              </option>
            ))}
          </select>
        </label>
        <label className="field field--wide">
          <span>Note (where the approval is: the email, the meeting notes…)</span>
          <input value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
      </div>
      <FormActions pending={approve.isPending} submit="Record approval" onCancel={onDone} />
    </form>
  );
}
