import { useMemo, useState } from 'react';
import type { DeckKind } from '../../../src-core/deck';
import { usePlatform } from '../../platform';
import { useToday } from '../shared/clock';
import { BatchProgress } from './BatchProgress';
import { BrandingCard } from './BrandingCard';
import { DeckControls, KIND_LABELS } from './DeckControls';
import { defaultPeriodKey, periodOptions, WINDOW_DAYS } from './deck-periods';
import { DueList } from './DueList';
import { useDecksDue } from './queries';
import { useDeckRun } from './useDeckRun';
import './decks.css';

/**
 * `#/decks`: every account with a QBR or value report due in a window, generated in one run off
 * the main thread, each file saved as it is made.
 */
export function DecksPage() {
  const today = useToday();
  const platform = usePlatform();
  const [kind, setKind] = useState<DeckKind>('qbr');
  const [periodKey, setPeriodKey] = useState(() => defaultPeriodKey('qbr', today));
  const [windowDays, setWindowDays] = useState<number>(30);
  const due = useDecksDue(kind, windowDays, today);
  const [unselected, setUnselected] = useState<ReadonlySet<string>>(new Set());
  const run = useDeckRun('book');
  const running = run.state?.status === 'running';
  const periods = useMemo(() => periodOptions(kind, today), [kind, today]);
  const rows = due.data ?? [];
  const selected = useMemo(
    () => new Set(rows.map((d) => d.accountId).filter((id) => !unselected.has(id))),
    [rows, unselected],
  );

  const changeKind = (k: DeckKind) => {
    setKind(k);
    setPeriodKey(defaultPeriodKey(k, today));
    setUnselected(new Set());
  };
  const toggle = (accountId: string, on: boolean) =>
    setUnselected((prev) => {
      const next = new Set(prev);
      if (on) next.delete(accountId);
      else next.add(accountId);
      return next;
    });
  const generate = () => {
    const jobs = rows
      .filter((d) => selected.has(d.accountId))
      .map((d) => ({ accountId: d.accountId, commentary: {}, omittedSlides: [], includedSlides: [] }));
    void run.start({ kind, periodKey, jobs, mode: 'folder' });
  };
  const noun = `${kind === 'qbr' ? 'QBR' : 'value report'}${selected.size === 1 ? '' : 's'}`;

  return (
    <div className="page decks">
      <header className="page-header">
        <div>
          <h1>Decks</h1>
          <p className="page-header__sub">
            QBRs and monthly value reports as PowerPoint files, with native charts and speaker notes. Everything is
            built on this laptop, offline.
          </p>
        </div>
      </header>
      <div className="decks__layout">
        <div className="decks__main">
          <section className="card" aria-labelledby="decks-due-title">
            <h2 id="decks-due-title" className="card__title">
              Generate for the whole book
            </h2>
            <div className="deck-controls-row">
              <DeckControls
                idPrefix="book"
                kind={kind}
                periodKey={periodKey}
                periods={periods}
                onKind={changeKind}
                onPeriod={setPeriodKey}
              />
              <div className="field">
                <label htmlFor="deck-window">Due within</label>
                <select id="deck-window" value={windowDays} onChange={(e) => setWindowDays(Number(e.target.value))}>
                  {WINDOW_DAYS.map((d) => (
                    <option key={d} value={d}>
                      the next {d} days
                    </option>
                  ))}
                </select>
              </div>
            </div>
            {due.isPending ? (
              <p className="loading" role="status">
                Finding accounts with a deck due…
              </p>
            ) : rows.length === 0 ? (
              <p className="empty">
                No account has a {KIND_LABELS[kind]} due in the next {windowDays} days.
              </p>
            ) : (
              <DueList
                due={rows}
                selected={selected}
                today={today}
                disabled={running}
                onToggle={toggle}
                onToggleAll={(on) => setUnselected(on ? new Set() : new Set(rows.map((d) => d.accountId)))}
              />
            )}
            <div className="form-actions">
              <span className="hint">
                {rows.length} due · {selected.size} selected.{' '}
                {platform.kind === 'electron'
                  ? 'Each file is saved into the folder you choose.'
                  : 'Each file downloads as it is made.'}
              </span>
              {platform.chooseSaveFolder && (
                <button
                  type="button"
                  className="button"
                  disabled={running}
                  onClick={() => void platform.chooseSaveFolder?.()}
                >
                  Choose folder…
                </button>
              )}
              <button
                type="button"
                className="button button--primary"
                disabled={running || selected.size === 0 || !run.ready}
                onClick={generate}
              >
                Generate {selected.size} {noun}
              </button>
            </div>
          </section>
          {run.state && <BatchProgress state={run.state} onCancel={run.cancel} />}
        </div>
        <BrandingCard />
      </div>
    </div>
  );
}
