import { useState } from 'react';
import type { OutlineRow } from './deck-outline';

interface Props {
  rows: OutlineRow[];
  disabled: boolean;
  onInclude(key: string, included: boolean): void;
  onCommentary(key: string, text: string): void;
  /** Commentary is kept when the CSM leaves a box. */
  onCommentaryDone(): void;
  /** A renewal option picked or dropped. */
  onOption(key: string, picked: boolean): void;
}

/** The deck slide by slide before it is built: key numbers, leave-out toggles, the CSM's words. */
export function OutlineReview({ rows, disabled, onInclude, onCommentary, onCommentaryDone, onOption }: Props) {
  const [opened, setOpened] = useState<ReadonlySet<string>>(new Set());
  const open = (key: string) => setOpened((s) => (s.has(key) ? s : new Set(s).add(key)));
  let number = 0;
  return (
    <ol className="outline" aria-label="Deck outline">
      {rows.map((row) => {
        if (row.included) number++;
        return (
          <OutlineSlide
            key={row.key}
            row={row}
            number={row.included ? number : null}
            boxOpen={row.commentary !== '' || opened.has(row.key)}
            disabled={disabled}
            onOpen={() => open(row.key)}
            onInclude={(included) => onInclude(row.key, included)}
            onCommentary={(text) => {
              open(row.key);
              onCommentary(row.key, text);
            }}
            onCommentaryDone={onCommentaryDone}
            onOption={onOption}
          />
        );
      })}
    </ol>
  );
}

function includeWords(row: OutlineRow): string {
  if (row.omittedWithParent) return 'Left out with its section';
  return row.nothingToSay !== null ? 'Include anyway' : 'Include';
}

interface SlideProps {
  row: OutlineRow;
  number: number | null;
  boxOpen: boolean;
  disabled: boolean;
  onOpen(): void;
  onInclude(included: boolean): void;
  onCommentary(text: string): void;
  onCommentaryDone(): void;
  onOption(key: string, picked: boolean): void;
}

function OutlineSlide({
  row,
  number,
  boxOpen,
  disabled,
  onOpen,
  onInclude,
  onCommentary,
  onCommentaryDone,
  onOption,
}: SlideProps) {
  // The cover and section dividers carry no commentary band.
  const commentable = row.included && row.kind !== 'title' && row.kind !== 'section';
  return (
    <li className={`outline__slide${row.included ? '' : ' outline__slide--out'}`} aria-label={row.title}>
      <span className="outline__number" aria-hidden="true">
        {number ?? '–'}
      </span>
      <div className="outline__body">
        <div className="outline__head">
          <span className="outline__title">{row.title}</span>
          {commentable && !boxOpen && (
            <button
              type="button"
              className="button button--ghost button--small"
              disabled={disabled}
              onClick={onOpen}
              aria-label={`Add commentary: ${row.title}`}
            >
              Add commentary
            </button>
          )}
          {row.optional ? (
            <label className="check outline__include">
              <input
                type="checkbox"
                checked={row.included}
                disabled={disabled || row.omittedWithParent}
                onChange={(e) => onInclude(e.target.checked)}
              />
              {includeWords(row)}
            </label>
          ) : (
            <span className="outline__required">Always included</span>
          )}
        </div>
        {row.nothingToSay !== null && (
          <p className="outline__reason">
            {row.included ? 'Included, though it has nothing to say: ' : 'Left out: '}
            {row.nothingToSay}
          </p>
        )}
        {row.keyNumbers.length > 0 && (
          <ul className="outline__numbers" aria-label={`Key numbers: ${row.title}`}>
            {row.keyNumbers.map((n, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list that is never reordered; figures may repeat.
              <li key={i}>{n}</li>
            ))}
          </ul>
        )}
        {row.included && row.options.length > 0 && (
          <RenewalOptions options={row.options} disabled={disabled} onOption={onOption} />
        )}
        {commentable && boxOpen && (
          <textarea
            autoFocus={row.commentary === ''}
            className="outline__commentary"
            aria-label={`Commentary: ${row.title}`}
            placeholder="What you want to say on this slide; it appears at its foot"
            rows={2}
            maxLength={5_000}
            value={row.commentary}
            disabled={disabled}
            onChange={(e) => onCommentary(e.target.value)}
            onBlur={onCommentaryDone}
          />
        )}
      </div>
    </li>
  );
}

/** The renewal options the deck can offer; the CSM picks which the client sees (at least one). */
function RenewalOptions({
  options,
  disabled,
  onOption,
}: {
  options: OutlineRow['options'];
  disabled: boolean;
  onOption(key: string, picked: boolean): void;
}) {
  const picked = options.filter((o) => o.picked).length;
  return (
    <fieldset className="outline__options">
      <legend>Options to offer</legend>
      {options.map((o) => (
        <label key={o.key} className="check">
          <input
            type="checkbox"
            checked={o.picked}
            disabled={disabled || (o.picked && picked === 1)}
            onChange={(e) => onOption(o.key, e.target.checked)}
          />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}
