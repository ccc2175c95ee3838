import type { OutlineRow } from './deck-outline';

interface Props {
  rows: OutlineRow[];
  disabled: boolean;
  onInclude(key: string, included: boolean): void;
  onCommentary(key: string, text: string): void;
  /** Commentary is kept when the CSM leaves a box. */
  onCommentaryDone(): void;
}

/** The deck slide by slide before it is built: key numbers, leave-out toggles, the CSM's words. */
export function OutlineReview({ rows, disabled, onInclude, onCommentary, onCommentaryDone }: Props) {
  let number = 0;
  return (
    <ol className="outline" aria-label="Deck outline">
      {rows.map((row) => {
        if (row.included) number++;
        return (
          <li key={row.key} className={`outline__slide${row.included ? '' : ' outline__slide--out'}`} aria-label={row.title}>
            <span className="outline__number" aria-hidden="true">
              {row.included ? number : '–'}
            </span>
            <div className="outline__body">
              <div className="outline__head">
                <span className="outline__title">{row.title}</span>
                {row.optional ? (
                  <label className="check outline__include">
                    <input type="checkbox" checked={row.included} disabled={disabled || row.omittedWithParent} onChange={(e) => onInclude(row.key, e.target.checked)} />
                    {row.omittedWithParent ? 'Left out with its section' : 'Include'}
                  </label>
                ) : (
                  <span className="outline__required">Always included</span>
                )}
              </div>
              {row.keyNumbers.length > 0 && (
                <ul className="outline__numbers" aria-label={`Key numbers: ${row.title}`}>
                  {row.keyNumbers.map((n, i) => (
                    <li key={i}>{n}</li>
                  ))}
                </ul>
              )}
              {row.included && row.kind !== 'title' && row.kind !== 'section' && (
                <textarea
                  className="outline__commentary"
                  aria-label={`Commentary: ${row.title}`}
                  placeholder="Your commentary for this slide (optional)"
                  rows={row.commentary ? 2 : 1}
                  maxLength={5_000}
                  value={row.commentary}
                  disabled={disabled}
                  onChange={(e) => onCommentary(row.key, e.target.value)}
                  onBlur={onCommentaryDone}
                />
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
