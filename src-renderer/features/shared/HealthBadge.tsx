import type { AccountHealth } from '../../../src-core/health';
import type { HealthBand } from '../../../src-core/model';
import { labelOf } from './format';

const BAND_CLASS: Record<HealthBand, string> = { green: 'good', yellow: 'warn', red: 'bad' };

/**
 * The health band with its score; hovering shows why (CSMs distrust scores they cannot see
 * into, DESIGN §4). An override shows the band the CSM set and keeps the computed one visible.
 */
export function HealthBadge({ health }: { health: AccountHealth }) {
  const overridden = health.override !== null && health.band !== health.computedBand;
  const why = [
    `Health ${health.score} of 100 (${labelOf(health.computedBand)})`,
    ...health.reasons,
    overridden ? `Set to ${labelOf(health.band)} by ${health.override!.createdBy}: ${health.override!.reason}` : '',
  ]
    .filter(Boolean)
    .join('\n');
  return (
    <span className={`badge badge--${BAND_CLASS[health.band]} health`} title={why}>
      <span className="health__dot" aria-hidden="true" />
      {labelOf(health.band)} · {health.score}
      {overridden && <span className="health__computed">(computed {labelOf(health.computedBand)})</span>}
    </span>
  );
}
