import type { Stage, Tier } from '../../../src-core/model';
import { labelOf } from './format';

export type BadgeTone = 'neutral' | 'good' | 'warn' | 'bad' | 'info' | 'accent';

export function Badge({
  tone = 'neutral',
  children,
  title,
}: {
  tone?: BadgeTone;
  children: React.ReactNode;
  title?: string;
}) {
  return (
    <span className={`badge badge--${tone}`} title={title}>
      {children}
    </span>
  );
}

export function TierBadge({ tier }: { tier: Tier }) {
  return <span className={`tier tier--${tier}`}>{labelOf(tier)}</span>;
}

const STAGE_TONES: Record<Stage, BadgeTone> = {
  onboarding: 'info',
  active: 'good',
  renewing: 'accent',
  at_risk: 'bad',
  churned: 'neutral',
};

export function StageBadge({ stage }: { stage: Stage }) {
  return <Badge tone={STAGE_TONES[stage]}>{labelOf(stage)}</Badge>;
}
