import { deviceTimeZone } from '../../app/device-time-zone';
import type { FieldUnit, SettingField } from './health-settings-form';

const SUFFIX: Record<FieldUnit, string> = {
  percent: '%',
  number: '',
  dollars: '$',
  days: 'days',
  time: '',
  minutes: 'min',
  hours: 'h',
  zone: '',
  weekdays: '',
  dates: '',
};

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

function zones(): string[] {
  const all = (Intl as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];
  return all.length > 0 ? all : [deviceTimeZone()];
}

interface Props {
  field: SettingField;
  value: string;
  onChange(value: string): void;
}

/** One setting's input, as its unit asks: a number with its unit, a time, a zone, weekdays or a list of dates. */
export function SettingFieldInput({ field, value, onChange }: Props) {
  if (field.unit === 'zone')
    return (
      <select value={value} onChange={(e) => onChange(e.target.value)} aria-label={field.label}>
        <option value="">This computer’s ({deviceTimeZone()})</option>
        {zones().map((z) => (
          <option key={z} value={z}>
            {z.replace(/_/g, ' ')}
          </option>
        ))}
      </select>
    );
  if (field.unit === 'weekdays') {
    const on = new Set(value.split(',').filter(Boolean));
    const toggle = (d: string, checked: boolean) => {
      const next = new Set(on);
      if (checked) next.add(d);
      else next.delete(d);
      onChange([...next].sort().join(','));
    };
    return (
      <span className="health-settings__weekdays" role="group" aria-label={field.label}>
        {WEEKDAYS.map((name, i) => (
          <label key={name}>
            <input type="checkbox" checked={on.has(String(i))} onChange={(e) => toggle(String(i), e.target.checked)} />
            {name}
          </label>
        ))}
      </span>
    );
  }
  if (field.unit === 'dates')
    return (
      <textarea
        rows={3}
        value={value}
        placeholder="2026-11-26"
        aria-label={field.label}
        onChange={(e) => onChange(e.target.value)}
      />
    );
  return (
    <span className="health-settings__input">
      {field.unit === 'dollars' && <span className="muted">$</span>}
      <input
        type={field.unit === 'time' ? 'time' : 'number'}
        step="any"
        value={value}
        aria-label={field.label}
        onChange={(e) => onChange(e.target.value)}
      />
      {field.unit !== 'dollars' && SUFFIX[field.unit] && <span className="muted">{SUFFIX[field.unit]}</span>}
    </span>
  );
}
