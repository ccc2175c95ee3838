import { progressOf, type BatchState } from './batch-state';

interface Props {
  state: BatchState;
  onCancel(): void;
  /** "decks" for the whole book, "deck" for one account. */
  noun?: string;
}

const HEADINGS: Record<BatchState['status'], string> = {
  running: 'Generating',
  finished: 'Done',
  cancelled: 'Cancelled',
  stopped: 'Stopped',
};

/** The progress of a run: n of N, the account being built, then what was saved and what failed. */
export function BatchProgress({ state, onCancel, noun = 'decks' }: Props) {
  const { label, fraction } = progressOf(state);
  const running = state.status === 'running';
  return (
    <section className="card deck-run" aria-label="Deck generation">
      <div className="deck-run__head">
        <h2 className="card__title">
          {HEADINGS[state.status]} · {label} {noun}
        </h2>
        {running && (
          <button type="button" className="button button--danger-outline button--small" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
      <progress
        className="deck-run__bar"
        max={state.total}
        value={state.done}
        aria-label={`${label} ${noun}`}
        data-fraction={fraction.toFixed(2)}
      />
      <p className="deck-run__status" role="status" aria-live="polite">
        {running && (state.current ? `Building ${state.current}…` : 'Starting…')}
        {state.status === 'finished' &&
          `${state.saved.length} saved${state.failed.length ? `, ${state.failed.length} not saved` : ''}.`}
        {state.status === 'cancelled' && cancelledText(state.saved.length)}
        {state.status === 'stopped' && state.stopReason}
      </p>
      {state.failed.length > 0 && (
        <>
          <h3 className="deck-run__subtitle">Not saved</h3>
          <ul className="deck-run__list deck-run__list--failed" aria-label="Decks not saved">
            {state.failed.map((f) => (
              <li key={`${f.accountId}:${f.message}`}>
                <strong>{f.accountName}</strong>: {f.message}
              </li>
            ))}
          </ul>
        </>
      )}
      {state.warnings.length > 0 && (
        <ul className="deck-run__list deck-run__list--warn" aria-label="Deck warnings">
          {state.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      {state.saved.length > 0 && (
        <details className="deck-run__saved" open={state.total === 1 || undefined}>
          <summary>
            {state.saved.length} saved {state.saved.length === 1 ? 'deck' : 'decks'}
          </summary>
          <ul className="deck-run__list" aria-label="Saved decks">
            {state.saved.map((s) => (
              <li key={s.recordId}>
                <span className="mono" title={s.location}>
                  {s.location}
                </span>{' '}
                <span className="muted">· {formatSize(s.sizeBytes)}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function cancelledText(saved: number): string {
  if (saved === 0) return 'Cancelled before any deck was saved.';
  return saved === 1
    ? 'Cancelled. 1 deck had been saved; it stays saved.'
    : `Cancelled. ${saved} decks had been saved; they stay saved.`;
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
