import type { AccountHealth, HealthTrend } from '../../../src-core/health';
import type { Contract } from '../../../src-core/model';
import { daysBetween } from '../../../src-core/time';
import type { AccountData } from '../../../src-core/prep';
import { Badge, StageBadge, TierBadge, type BadgeTone } from '../shared/Badge';
import { formatDate, formatMoney, labelOf, relativeDays } from '../shared/format';
import { PrepSection } from './PrepSection';
import { MoreLine } from './MoreLine';

const BAND_TONE: Record<string, BadgeTone> = { green: 'good', yellow: 'warn', red: 'bad' };

interface Props {
  data: AccountData;
  health: AccountHealth;
  trend: HealthTrend | null;
  contract: Contract | null;
  today: string;
}

/** 1. Where the account stands: health with its reasons and trend, renewal, value, tier, contract. */
export function StandingSection({ data, health, trend, contract, today }: Props) {
  const renewalDays = contract ? daysBetween(today, contract.renewalDate) : null;
  return (
    <PrepSection id="standing">
      <dl className="stats prep-stats">
        <div className={`stat prep-band prep-band--${health.band}`}>
          <dt>Health</dt>
          <dd>
            <Badge tone={BAND_TONE[health.band]}>{labelOf(health.band)}</Badge> {health.score}
            <span className="stat__sub">
              {trend?.label ?? 'No trend yet'}
              {health.override ? ` · overridden (computed ${labelOf(health.computedBand)})` : ''}
            </span>
          </dd>
        </div>
        <div className={`stat${renewalDays !== null && renewalDays <= 90 ? ' stat--warn' : ''}`}>
          <dt>Renewal</dt>
          <dd>
            {contract
              ? renewalDays !== null && renewalDays >= 0
                ? `${renewalDays} days`
                : formatDate(contract.renewalDate)
              : 'No contract'}
            {contract && (
              <span className="stat__sub">
                {formatDate(contract.renewalDate)} · {relativeDays(today, contract.renewalDate)}
              </span>
            )}
          </dd>
        </div>
        <div className="stat">
          <dt>Monthly value</dt>
          <dd>
            {contract ? formatMoney(contract.monthlyValueCents) : '—'}
            <span className="stat__sub">
              {contract ? `${contract.termMonths}-month term, ${labelOf(contract.status)}` : ''}
            </span>
          </dd>
        </div>
        <div className="stat">
          <dt>Tier and stage</dt>
          <dd className="chips">
            <TierBadge tier={data.account.tier} /> <StageBadge stage={data.account.stage} />
          </dd>
        </div>
      </dl>
      <div className="prep-two">
        <div>
          <h3 className="prep-h3">Why {labelOf(health.band)}</h3>
          {health.reasons.length === 0 ? (
            <p className="muted">No reasons recorded.</p>
          ) : (
            <ul className="prep-list">
              {health.reasons.slice(0, 4).map((r) => (
                <li key={r}>{r}</li>
              ))}
              <MoreLine total={health.reasons.length} shown={Math.min(4, health.reasons.length)} />
            </ul>
          )}
          {health.override && (
            <p className="hint">
              Your override: {health.override.reason} (until {formatDate(health.override.expiresAt)})
            </p>
          )}
        </div>
        <div>
          <h3 className="prep-h3">Contract and services</h3>
          <p>
            {contract
              ? `${formatDate(contract.startDate)} – ${formatDate(contract.renewalDate)}`
              : 'No contract on file.'}
          </p>
          <p className="chips">
            {(contract?.services ?? []).map((s) => (
              <Badge key={s}>{labelOf(s)}</Badge>
            ))}
          </p>
          {health.whatWouldMoveIt && <p className="hint">What would move it: {health.whatWouldMoveIt.summary}</p>}
        </div>
      </div>
    </PrepSection>
  );
}
