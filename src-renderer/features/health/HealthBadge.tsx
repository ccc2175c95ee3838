import type { HealthBand } from '../../../src-core/model';
import { bandLabel, badgeTitle, type BadgeHealth } from './health-view';
import './health.css';

const TONE: Record<HealthBand, string> = { green: 'good', yellow: 'warn', red: 'bad' };

/**
 * Band colour and score. Under an override the badge shows the CSM's band with a pin icon and
 * keeps the computed score and band beside it (DESIGN §4); hovering lists the reasons.
 * `compact` (the Book's column) shows the pin beside the computed score; the computed band is
 * on hover.
 */
export function HealthBadge({ health, compact = false }: { health: BadgeHealth; compact?: boolean }) {
  const overridden = health.override !== null;
  return (
    <span
      className={`badge badge--${TONE[health.band]} health-badge`}
      title={badgeTitle(health)}
      data-band={health.band}
    >
      <span className="health-badge__dot" aria-hidden="true" />
      {overridden && (
        <svg className="health-badge__pin" viewBox="0 0 16 16" role="img" aria-label="Overridden by the CSM">
          <path d="M10.5 1.5 14.5 5.5 12.8 6.2 10 9l.4 3.6-1.4 1.4-2.8-2.8L2.5 15 1 13.5l3.8-3.7L2 7l1.4-1.4L7 6l2.8-2.8z" />
        </svg>
      )}
      {overridden && !compact ? bandLabel(health.band) : `${bandLabel(health.band)} · ${health.score}`}
      {overridden && !compact && (
        <span className="health-badge__computed">
          computed {bandLabel(health.computedBand)} · {health.score}
        </span>
      )}
    </span>
  );
}
