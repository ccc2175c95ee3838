import { useMemo } from 'react';
import type { AccountDetail } from '../../store/types';
import { HealthBadge } from './HealthBadge';
import { bandLabel, measureRows, trendWords } from './health-view';
import { HealthTrendChart } from './HealthTrendChart';
import { MeasureBars } from './MeasureBars';
import { OverrideCard } from './OverrideCard';
import { PlaysCard } from './PlaysCard';
import { useAccountTrend } from './queries';
import { StandingFacts } from './StandingFacts';
import type { AccountFigures } from './useAccountStanding';
import './health.css';

/**
 * The Account screen's Health tab: every measure's points and weight, the drag, what would move
 * it, the trend, the override. It reads the health the account screen computed once (`figures`),
 * never its own.
 */
export function HealthPanel({
  detail,
  today,
  figures,
}: {
  detail: AccountDetail;
  today: string;
  figures: AccountFigures;
}) {
  const { data, health, settings } = figures;
  const rows = useMemo(() => measureRows(health), [health]);
  const trend = useAccountTrend(detail.account.id);
  const t = trend.data?.trend ?? null;
  return (
    <div className="health-panel">
      <section className="card health-summary" aria-labelledby="health-summary-title">
        <h2 className="card__title" id="health-summary-title">
          Health
        </h2>
        <div className="health-summary__top">
          <div className="health-summary__score">
            <span className="health-summary__number">{health.score}</span>
            <span className="muted">of 100</span>
          </div>
          <div className="health-summary__facts">
            <HealthBadge health={health} />
            <p className="health-summary__trend">
              <strong>{t ? t.label : 'Trend loading…'}</strong> <span className="muted">{t ? trendWords(t) : ''}</span>
            </p>
            {health.largestDrag && (
              <p>
                Largest drag: <strong>{health.largestDrag.label}</strong>, costing {health.largestDrag.lostPoints}{' '}
                points.
              </p>
            )}
            <StandingFacts standing={figures.standing} settings={settings} />
            {health.flags.map((f) => (
              <p key={f.kind} className="bad-text strong">
                {f.text}
              </p>
            ))}
          </div>
        </div>
        <div
          className={`next-band next-band--${health.whatWouldMoveIt?.toBand ?? 'none'}`}
          role="region"
          aria-label="What would move it to the next band"
        >
          <h3>
            {health.whatWouldMoveIt ? `What would move it to ${bandLabel(health.whatWouldMoveIt.toBand)}` : 'Next band'}
          </h3>
          {health.whatWouldMoveIt ? (
            <>
              <p className="next-band__summary">{health.whatWouldMoveIt.summary}</p>
              <p className="muted">
                With these changes the score would be {health.whatWouldMoveIt.score} (
                {signedGain(health.whatWouldMoveIt.score - health.score)}).
              </p>
            </>
          ) : (
            <p className="muted">
              {health.computedBand === 'green'
                ? 'Already Green: keep the cadence and the results.'
                : 'No set of up to four changes reaches the next band; start with the largest drag.'}
            </p>
          )}
        </div>
      </section>
      <section className="card" aria-labelledby="measures-title">
        <h2 className="card__title" id="measures-title">
          Measures{' '}
          <span className="muted card__note">
            Green from {settings.health.bands.green}, Red below {settings.health.bands.yellow}
          </span>
        </h2>
        <MeasureBars rows={rows} bands={settings.health.bands} />
      </section>
      <section className="card health-trend" aria-labelledby="trend-title">
        <h2 className="card__title" id="trend-title">
          Trend, last 90 days {t && <span className="muted card__note">{trendWords(t)}</span>}
        </h2>
        {trend.data ? (
          <HealthTrendChart snapshots={trend.data.snapshots} bands={settings.health.bands} />
        ) : (
          <p className="loading">Re-deriving daily snapshots…</p>
        )}
      </section>
      <OverrideCard accountId={detail.account.id} health={health} overrides={detail.healthOverrides} today={today} />
      <PlaysCard data={data} health={health} settings={settings} />
    </div>
  );
}

const signedGain = (n: number) => (n >= 0 ? `+${n}` : `${n}`);
