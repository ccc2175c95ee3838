import { useState, type FormEvent } from 'react';
import { Dialog } from '../shared/Dialog';
import { useAddTask } from './mutations';
import { FormActions } from '../shared/FormActions';

interface Props {
  open: boolean;
  accountId: string;
  onClose(): void;
  onAdded(): void;
}

export function AddTaskDialog({ open, accountId, onClose, onAdded }: Props) {
  return (
    <Dialog title="Add task" open={open} onClose={onClose}>
      <AddTaskForm accountId={accountId} onCancel={onClose} onAdded={onAdded} />
    </Dialog>
  );
}

function AddTaskForm({ accountId, onCancel, onAdded }: { accountId: string; onCancel(): void; onAdded(): void }) {
  const addTask = useAddTask(accountId);
  const [title, setTitle] = useState('');
  const [detail, setDetail] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [forClient, setForClient] = useState(false);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    addTask.mutate(
      {
        accountId,
        title: title.trim(),
        detail: detail.trim(),
        dueDate: dueDate || null,
        audience: forClient ? 'client' : 'internal',
      },
      { onSuccess: onAdded },
    );
  };
  return (
    <form className="dialog__body" onSubmit={onSubmit}>
      <div className="form-grid">
        <label className="field field--wide">
          <span>Task</span>
          <input
            required
            autoFocus
            value={title}
            placeholder="Send the renewal proposal"
            onChange={(e) => setTitle(e.target.value)}
          />
        </label>
        <label className="field">
          <span>Due</span>
          <input type="date" value={dueDate} onChange={(e) => setDueDate(e.target.value)} />
        </label>
        <label className="field field--wide">
          <span>Details</span>
          <textarea rows={3} value={detail} onChange={(e) => setDetail(e.target.value)} />
        </label>
        <div className="field field--wide">
          <label className="check">
            <input type="checkbox" checked={forClient} onChange={(e) => setForClient(e.target.checked)} />
            For the client
          </label>
          <span className="hint">
            Shown to the client in “What we’re working on”, the deck’s plan and the monthly email. Leave it unticked for
            your own to-dos.
          </span>
        </div>
      </div>
      <FormActions pending={addTask.isPending} submit="Add task" onCancel={onCancel} />
    </form>
  );
}
