import { clock, PREP_SECTIONS, PREP_TOTAL_MINUTES, prepProgress } from '../../../src-core/prep';
import type { PrepTimer } from './prep-timer-state';

interface Props {
  timer: PrepTimer;
  onLogPrep(): void;
  logging: boolean;
}

/** The visible 15-minute timer, split into the six sections; the current one is highlighted. */
export function PrepTimerBar({ timer, onLogPrep, logging }: Props) {
  const p = prepProgress(timer.elapsedSeconds);
  const started = timer.elapsedSeconds > 0 || timer.running;
  return (
    <div className="prep-timer" role="timer" aria-label="Prep timer">
      <div className="prep-timer__clock">
        <span className="prep-timer__time">{p.done ? 'Done' : clock(p.totalSecondsLeft)}</span>
        <span className="sub">
          {p.done ? `${Math.floor(timer.elapsedSeconds / 60)} min of prep` : `of ${PREP_TOTAL_MINUTES}:00`}
        </span>
      </div>
      <ol className="prep-timer__sections">
        {PREP_SECTIONS.map((s, i) => {
          const index = PREP_SECTIONS.findIndex((x) => x.key === p.current);
          const state = !started
            ? ''
            : p.done || i < index
              ? ' prep-timer__section--past'
              : i === index
                ? ' prep-timer__section--current'
                : '';
          return (
            <li key={s.key} className={`prep-timer__section${state}`}>
              <a
                href={`#prep-${s.key}`}
                title={s.title}
                onClick={(e) => {
                  e.preventDefault();
                  document.getElementById(`prep-${s.key}`)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
                }}
              >
                <span className="prep-timer__n">{i + 1}</span> {s.short} <span className="muted">{s.minutes}′</span>
              </a>
            </li>
          );
        })}
      </ol>
      <div className="prep-timer__actions">
        {timer.running ? (
          <button type="button" className="button" onClick={timer.pause}>
            Pause
          </button>
        ) : (
          <button type="button" className="button button--primary" onClick={timer.start}>
            {started ? 'Resume' : 'Start prep'}
          </button>
        )}
        <button type="button" className="button" disabled={timer.unloggedMinutes < 1 || logging} onClick={onLogPrep}>
          Log {timer.unloggedMinutes} min prep
        </button>
      </div>
    </div>
  );
}
