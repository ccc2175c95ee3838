import type { DeckKind } from '../../../src-core/deck';
import type { PeriodOption } from './deck-periods';

interface Props {
  kind: DeckKind;
  periodKey: string;
  periods: PeriodOption[];
  onKind(kind: DeckKind): void;
  onPeriod(periodKey: string): void;
  /** A unique prefix for the controls' ids when two sets are on one screen. */
  idPrefix: string;
}

export const KIND_LABELS: Record<DeckKind, string> = { qbr: 'QBR', value_report: 'Monthly value report' };

/** Which deck and which period: a QBR covers a quarter, a value report a month. */
export function DeckControls({ kind, periodKey, periods, onKind, onPeriod, idPrefix }: Props) {
  return (
    <div className="deck-controls">
      <div className="field">
        <span id={`${idPrefix}-kind-label`}>Deck</span>
        <div className="segmented" role="radiogroup" aria-labelledby={`${idPrefix}-kind-label`}>
          {(['qbr', 'value_report'] as const).map((k) => (
            <label key={k} className={`segmented__option${k === kind ? ' segmented__option--on' : ''}`}>
              <input type="radio" name={`${idPrefix}-kind`} value={k} checked={k === kind} onChange={() => onKind(k)} />
              {KIND_LABELS[k]}
            </label>
          ))}
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-period`}>{kind === 'qbr' ? 'Quarter' : 'Month'}</label>
        <select id={`${idPrefix}-period`} value={periodKey} onChange={(e) => onPeriod(e.target.value)}>
          {periods.map((p) => (
            <option key={p.key} value={p.key}>
              {p.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
