import { ACCOUNT_SIGNALS, EXPANSION_TRIGGERS, HEALTH_BANDS } from '../../../src-core/model';
import type { Playbook } from '../../../src-core/playbooks';
import { WARNING_KINDS, WARNING_LABELS } from '../../../src-core/warnings';
import { formatMoney, labelOf } from '../shared/format';
import { PlaybookSteps } from './PlaybookSteps';

type When = Playbook['when'];

const TRIGGERS: { key: keyof When; legend: string; options: readonly string[]; label(o: string): string }[] = [
  { key: 'warnings', legend: 'Warnings', options: WARNING_KINDS, label: (o) => WARNING_LABELS[o as never] },
  { key: 'signals', legend: 'Signals you record', options: ACCOUNT_SIGNALS, label: labelOf },
  { key: 'bands', legend: 'Health band', options: HEALTH_BANDS, label: labelOf },
  { key: 'expansion', legend: 'Expansion triggers', options: EXPANSION_TRIGGERS, label: labelOf },
];

/** One playbook as a form: its name, what sets it off, and its steps with their offsets. */
export function PlaybookForm({ playbook, onChange }: { playbook: Playbook; onChange(p: Playbook): void }) {
  const toggle = (key: keyof When, option: string, on: boolean) => {
    const list = playbook.when[key] as string[];
    const next = on ? [...list, option] : list.filter((x) => x !== option);
    onChange({ ...playbook, when: { ...playbook.when, [key]: next } });
  };
  return (
    <div className="playbook-form">
      <label className="field">
        <span>Playbook name</span>
        <input value={playbook.name} onChange={(e) => onChange({ ...playbook, name: e.target.value })} />
      </label>
      <label className="field">
        <span>When to use it</span>
        <input value={playbook.description} onChange={(e) => onChange({ ...playbook, description: e.target.value })} />
      </label>
      <fieldset className="field playbook-form__when">
        <legend>Runs on (any of)</legend>
        {TRIGGERS.map((t) => (
          <div key={t.key} className="playbook-form__group" role="group" aria-label={t.legend}>
            <span className="playbook-form__group-name">{t.legend}</span>
            <div className="playbook-form__options">
              {t.options.map((o) => (
                <label key={o} className="check">
                  <input
                    type="checkbox"
                    checked={(playbook.when[t.key] as string[]).includes(o)}
                    onChange={(e) => toggle(t.key, o, e.target.checked)}
                  />
                  {t.label(o)}
                </label>
              ))}
            </div>
          </div>
        ))}
      </fieldset>
      <PlaybookSteps steps={playbook.tasks} onChange={(tasks) => onChange({ ...playbook, tasks })} />
      <p className="hint">
        Titles and details may use {'{account}'} (the client’s name) and {'{evidence}'} (what set it off).
        {playbook.opportunity &&
          ` It also opens an opportunity: “${playbook.opportunity.title}”, ${formatMoney(playbook.opportunity.amountCents)} a month.`}
      </p>
    </div>
  );
}
