import { useState, type FormEvent } from 'react';
import { activeOverride, type AccountHealth } from '../../../src-core/health';
import { HEALTH_BANDS, type HealthOverride } from '../../../src-core/model';
import { usePreference } from '../../app/preferences';
import { formatDate } from '../shared/format';
import { bandLabel, defaultOverrideForm, overrideDraft, MAX_OVERRIDE_DAYS, type OverrideForm } from './health-view';
import { useOverrideBand, useRemoveOverride } from './mutations';
import { addDays } from '../../../src-core/time';

interface Props {
  accountId: string;
  health: AccountHealth;
  overrides: HealthOverride[];
  today: string;
}

/**
 * The CSM's judgment over the score: a band, a reason and an expiry. It holds until it expires
 * (recomputing never erases it) and the computed score stays on screen beside it.
 */
export function OverrideCard({ accountId, health, overrides, today }: Props) {
  const active = activeOverride(overrides, today);
  const remove = useRemoveOverride(accountId);
  const [editing, setEditing] = useState(false);
  return (
    <section className="card health-override" aria-labelledby="override-title">
      <h2 className="card__title" id="override-title">
        Override band
      </h2>
      {active && !editing ? (
        <div className="health-override__active">
          <p>
            Shown as <strong>{bandLabel(active.band)}</strong> until {formatDate(active.expiresAt)} (set by{' '}
            {active.createdBy || 'CSM'}). The computed band is <strong>{bandLabel(health.computedBand)}</strong>, score{' '}
            {health.score}.
          </p>
          <blockquote className="health-override__reason">{active.reason}</blockquote>
          <div className="form-actions form-actions--start">
            <button type="button" className="button" onClick={() => setEditing(true)}>
              Change override
            </button>
            <button
              type="button"
              className="button button--danger-outline"
              disabled={remove.isPending}
              onClick={() => remove.mutate(active.id)}
            >
              Remove override
            </button>
          </div>
        </div>
      ) : editing || !active ? (
        <OverrideFormView
          accountId={accountId}
          health={health}
          today={today}
          onDone={() => setEditing(false)}
          canCancel={editing}
        />
      ) : null}
    </section>
  );
}

function OverrideFormView({
  accountId,
  health,
  today,
  onDone,
  canCancel,
}: {
  accountId: string;
  health: AccountHealth;
  today: string;
  onDone(): void;
  canCancel: boolean;
}) {
  const [form, setForm] = useState<OverrideForm>(() => defaultOverrideForm(health.computedBand, today));
  const [problem, setProblem] = useState<string | null>(null);
  const author = usePreference('authorName') ?? '';
  const save = useOverrideBand(accountId);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const result = overrideDraft(form, accountId, new Date().toISOString(), author);
    if (!result.ok) return setProblem(result.message);
    setProblem(null);
    save.mutate(result.draft, { onSuccess: onDone });
  };
  return (
    <form className="form-grid" onSubmit={onSubmit} aria-label="Override the health band">
      <p className="muted field--wide">
        When you know something the numbers do not. The computed score ({health.score}, {bandLabel(health.computedBand)}
        ) stays visible.
      </p>
      <label className="field">
        <span>Band</span>
        <select value={form.band} onChange={(e) => setForm({ ...form, band: e.target.value as OverrideForm['band'] })}>
          {HEALTH_BANDS.map((b) => (
            <option key={b} value={b}>
              {bandLabel(b)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Until</span>
        <input
          type="date"
          value={form.expiresAt}
          min={today}
          max={addDays(today, MAX_OVERRIDE_DAYS)}
          onChange={(e) => setForm({ ...form, expiresAt: e.target.value })}
        />
      </label>
      <label className="field field--wide">
        <span>Reason</span>
        <textarea
          rows={2}
          maxLength={1000}
          value={form.reason}
          placeholder="Owner confirmed renewal on the call; the KPI dip is seasonal."
          onChange={(e) => setForm({ ...form, reason: e.target.value })}
        />
      </label>
      {problem && (
        <p className="bad-text field--wide" role="alert">
          {problem}
        </p>
      )}
      <div className="form-actions form-actions--start field--wide">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Override band'}
        </button>
        {canCancel && (
          <button type="button" className="button" onClick={onDone}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
