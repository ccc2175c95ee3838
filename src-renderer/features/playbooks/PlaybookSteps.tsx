import { moveStep, NEW_STEP, type Playbook } from '../../../src-core/playbooks';

type Step = Playbook['tasks'][number];

interface Props {
  steps: Step[];
  onChange(steps: Step[]): void;
}

/** The playbook's tasks as steps: each a title, a detail and its days after the start; added, removed, reordered. */
export function PlaybookSteps({ steps, onChange }: Props) {
  const set = (i: number, patch: Partial<Step>) => onChange(steps.map((s, n) => (n === i ? { ...s, ...patch } : s)));
  return (
    <fieldset className="field playbook-steps">
      <legend>Steps (tasks it creates)</legend>
      <ol className="playbook-steps__list">
        {steps.map((step, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: steps have no id; the position is the step.
          <li key={i} className="playbook-step">
            <label className="field playbook-step__title">
              <span>Step {i + 1}</span>
              <input value={step.title} onChange={(e) => set(i, { title: e.target.value })} />
            </label>
            <label className="field playbook-step__days">
              <span>Days after start</span>
              <input
                type="number"
                aria-label={`Step ${i + 1}: days after start`}
                min={0}
                max={365}
                value={Number.isNaN(step.dueInDays) ? '' : step.dueInDays}
                onChange={(e) => set(i, { dueInDays: e.target.value === '' ? Number.NaN : Number(e.target.value) })}
              />
            </label>
            <label className="field playbook-step__detail">
              <span>Detail for step {i + 1}</span>
              <input value={step.detail} onChange={(e) => set(i, { detail: e.target.value })} />
            </label>
            <div className="playbook-step__actions">
              <button
                type="button"
                className="button button--small"
                aria-label={`Move step ${i + 1} up`}
                disabled={i === 0}
                onClick={() => onChange(moveStep(steps, i, i - 1))}
              >
                ↑
              </button>
              <button
                type="button"
                className="button button--small"
                aria-label={`Move step ${i + 1} down`}
                disabled={i === steps.length - 1}
                onClick={() => onChange(moveStep(steps, i, i + 1))}
              >
                ↓
              </button>
              <button
                type="button"
                className="button button--small"
                aria-label={`Remove step ${i + 1}`}
                onClick={() => onChange(steps.filter((_, n) => n !== i))}
              >
                Remove
              </button>
            </div>
          </li>
        ))}
      </ol>
      <button type="button" className="button button--small" onClick={() => onChange([...steps, { ...NEW_STEP }])}>
        Add step
      </button>
    </fieldset>
  );
}
