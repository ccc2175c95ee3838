import { useState, type FormEvent } from 'react';
import { METRIC_INFO, metricInfo } from '../../../src-core/metrics';
import { CHANNELS, METRIC_KEYS, type Channel, type MetricKey } from '../../../src-core/model';
import { emptyGoalForm, parseGoalForm, type GoalForm, type GoalFormField } from '../../../src-core/obligations';
import { channelLabel } from '../account/kpi-points';
import { Dialog } from '../shared/Dialog';
import { useAddGoal } from './mutations';
import { FormActions } from '../shared/FormActions';
import { FormField } from '../shared/FormField';

interface Props {
  accountId: string;
  accountName: string;
  open: boolean;
  today: string;
  onClose(): void;
}

/** Document a new POWER goal discovered with the client (seed 002: two new ones per client per year). */
export function NewGoalDialog({ accountId, accountName, open, today, onClose }: Props) {
  return (
    <Dialog title={`New POWER goal · ${accountName}`} open={open} onClose={onClose}>
      <NewGoalForm accountId={accountId} today={today} onDone={onClose} />
    </Dialog>
  );
}

function NewGoalForm({ accountId, today, onDone }: { accountId: string; today: string; onDone(): void }) {
  const add = useAddGoal(accountId);
  const [form, setForm] = useState<GoalForm>(() => emptyGoalForm(today));
  const [tried, setTried] = useState(false);
  const set = (patch: Partial<GoalForm>) => setForm((f) => ({ ...f, ...patch }));
  const parsed = parseGoalForm(accountId, form);
  const problem = (field: GoalFormField) => (tried && !parsed.ok ? parsed.errors[field] : undefined);
  const money = metricInfo(form.metric).unit === 'cents';
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (parsed.ok) add.mutate(parsed.draft, { onSuccess: onDone });
  };
  return (
    <form className="dialog__body" onSubmit={onSubmit} noValidate>
      <p className="hint">
        A POWER goal is a measurable outcome the client wants: one KPI, from where it stands now to a target by a date,
        and what reaching it is worth to them. Record the client’s approval once they agree to it.
      </p>
      <div className="form-grid goal-form">
        <FormField id="goal-title" label="Outcome" problem={problem('title')} wide>
          <input
            id="goal-title"
            autoFocus
            value={form.title}
            placeholder="30 booked jobs a week by spring"
            onChange={(e) => set({ title: e.target.value })}
          />
        </FormField>
        <FormField id="goal-metric" label="KPI">
          <select id="goal-metric" value={form.metric} onChange={(e) => set({ metric: e.target.value as MetricKey })}>
            {METRIC_KEYS.map((m) => (
              <option key={m} value={m}>
                {METRIC_INFO[m].label}
                {METRIC_INFO[m].direction === 'lower' ? ' (lower is better)' : ''}
              </option>
            ))}
          </select>
        </FormField>
        <FormField id="goal-channel" label="Channel">
          <select id="goal-channel" value={form.channel} onChange={(e) => set({ channel: e.target.value as Channel })}>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {channelLabel(c)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField id="goal-baseline" label={`Baseline now${money ? ' ($)' : ''}`} problem={problem('baseline')}>
          <input
            id="goal-baseline"
            inputMode="decimal"
            value={form.baseline}
            onChange={(e) => set({ baseline: e.target.value })}
          />
        </FormField>
        <FormField id="goal-target" label={`Target${money ? ' ($)' : ''}`} problem={problem('target')}>
          <input
            id="goal-target"
            inputMode="decimal"
            value={form.target}
            onChange={(e) => set({ target: e.target.value })}
          />
        </FormField>
        <FormField id="goal-start" label="Starts" problem={problem('startDate')}>
          <input
            id="goal-start"
            type="date"
            value={form.startDate}
            onChange={(e) => set({ startDate: e.target.value })}
          />
        </FormField>
        <FormField id="goal-due" label="Due" problem={problem('dueDate')}>
          <input id="goal-due" type="date" value={form.dueDate} onChange={(e) => set({ dueDate: e.target.value })} />
        </FormField>
        <FormField id="goal-value" label="Worth to the client ($)" problem={problem('value')}>
          <input
            id="goal-value"
            inputMode="decimal"
            value={form.value}
            placeholder="24000"
            onChange={(e) => set({ value: e.target.value })}
          />
        </FormField>
        <FormField id="goal-note" label="How it was discovered (optional)" problem={problem('note')} wide>
          <input id="goal-note" value={form.note} onChange={(e) => set({ note: e.target.value })} />
        </FormField>
      </div>
      <FormActions pending={add.isPending} submit="Save POWER goal" onCancel={onDone} />
    </form>
  );
}
