import { GOAL_STATUS_DEFINITION, type GoalStatus, type GoalStatusKey } from '../../../src-core/metrics';
import { Badge, type BadgeTone } from './Badge';

const TONES: Record<GoalStatusKey, BadgeTone> = {
  achieved: 'good',
  on_track: 'info',
  behind: 'warn',
  missed: 'bad',
  no_data: 'neutral',
  dropped: 'neutral',
};

/** A POWER goal's status by the goals' one rule (`goalStatus`), with how it is counted on hover. */
export function GoalStatusBadge({ status }: { status: GoalStatus }) {
  const basis = status.basis === 'marked' ? ' (as you marked it: no KPI data for this goal)' : '';
  return (
    <span title={`${GOAL_STATUS_DEFINITION}${basis}`}>
      <Badge tone={TONES[status.status]}>{status.label}</Badge>
    </span>
  );
}
