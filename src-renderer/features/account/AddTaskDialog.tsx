import { useState, type FormEvent } from 'react';
import { Dialog } from '../shared/Dialog';
import { useAddTask } from './mutations';

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
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    addTask.mutate(
      { accountId, title: title.trim(), detail: detail.trim(), dueDate: dueDate || null },
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
      </div>
      <div className="form-actions">
        <button type="button" className="button" onClick={onCancel} disabled={addTask.isPending}>
          Cancel
        </button>
        <button type="submit" className="button button--primary" disabled={addTask.isPending}>
          {addTask.isPending ? 'Saving…' : 'Add task'}
        </button>
      </div>
    </form>
  );
}
