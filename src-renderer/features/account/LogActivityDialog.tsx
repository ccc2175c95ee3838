import { useState, type FormEvent } from 'react';
import { ACTIVITY_DIRECTIONS, ACTIVITY_STATUSES, type ActivityStatus } from '../../../src-core/model';
import type { AccountDetail } from '../../store/types';
import { Dialog } from '../shared/Dialog';
import { labelOf } from '../shared/format';
import { emptyActivityForm, LOGGABLE_KINDS, STATUS_WORDS, toActivityInput, type ActivityForm } from './activity-form';
import { useLogActivity } from './mutations';
import { FormActions } from '../shared/FormActions';

interface Props {
  open: boolean;
  detail: AccountDetail;
  onClose(): void;
  onLogged(): void;
}

/** Log a call, email or meeting (kept, no-show or scheduled) with its outcome. */
export function LogActivityDialog({ open, detail, onClose, onLogged }: Props) {
  return (
    <Dialog title={`Log activity · ${detail.account.name}`} open={open} onClose={onClose}>
      <LogActivityForm detail={detail} onCancel={onClose} onLogged={onLogged} />
    </Dialog>
  );
}

function LogActivityForm({
  detail,
  onCancel,
  onLogged,
}: {
  detail: AccountDetail;
  onCancel(): void;
  onLogged(): void;
}) {
  const log = useLogActivity(detail.account.id);
  const [form, setForm] = useState<ActivityForm>(() => emptyActivityForm(new Date()));
  const set = (patch: Partial<ActivityForm>) => setForm({ ...form, ...patch });
  const contacts = detail.contacts.filter((c) => !c.deleted);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    log.mutate(toActivityInput(detail.account.id, form), { onSuccess: onLogged });
  };
  const toggleAttendee = (id: string) =>
    set({
      attendeeIds: form.attendeeIds.includes(id) ? form.attendeeIds.filter((a) => a !== id) : [...form.attendeeIds, id],
    });

  return (
    <form className="dialog__body" onSubmit={onSubmit}>
      <div className="form-grid">
        <label className="field">
          <span>Kind</span>
          <select value={form.kind} onChange={(e) => set({ kind: e.target.value as ActivityForm['kind'] })}>
            {LOGGABLE_KINDS.map((k) => (
              <option key={k} value={k}>
                {labelOf(k)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Status</span>
          <select value={form.status} onChange={(e) => set({ status: e.target.value as ActivityStatus })}>
            {ACTIVITY_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_WORDS[s]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>When</span>
          <input type="datetime-local" required value={form.at} onChange={(e) => set({ at: e.target.value })} />
        </label>
        <label className="field">
          <span>Duration (minutes)</span>
          <input
            type="number"
            min={0}
            max={1440}
            required
            value={form.durationMinutes}
            onChange={(e) => set({ durationMinutes: e.target.value })}
          />
        </label>
        <label className="field">
          <span>Direction</span>
          <select
            value={form.direction}
            onChange={(e) => set({ direction: e.target.value as ActivityForm['direction'] })}
          >
            {ACTIVITY_DIRECTIONS.map((d) => (
              <option key={d} value={d}>
                {labelOf(d)}
              </option>
            ))}
          </select>
        </label>
        <label className="field field--wide">
          <span>Subject</span>
          <input
            required
            value={form.subject}
            placeholder="Bi-weekly sync"
            onChange={(e) => set({ subject: e.target.value })}
          />
        </label>
        <label className="field field--wide">
          <span>Outcome</span>
          <textarea
            rows={3}
            value={form.outcome}
            placeholder="What was agreed, what happens next"
            onChange={(e) => set({ outcome: e.target.value })}
          />
        </label>
        {contacts.length > 0 && (
          <fieldset className="field field--wide attendees">
            <legend>Attendees</legend>
            {contacts.map((c) => (
              <label key={c.id} className="check">
                <input
                  type="checkbox"
                  checked={form.attendeeIds.includes(c.id)}
                  onChange={() => toggleAttendee(c.id)}
                />
                {c.name}
              </label>
            ))}
          </fieldset>
        )}
      </div>
      <FormActions pending={log.isPending} submit="Log activity" onCancel={onCancel} />
    </form>
  );
}
