import type { HealthBand } from '../model';
import { csmTimeZone, type Settings } from '../settings';
import { todayIn } from '../time';
import type { AccountData } from './account-book';
import { healthInputs, type HealthInputs } from './health-inputs';
import { reasonsOf, scoreHealth, type HealthScore } from './health-score';
import { activeOverride, effectiveBand } from './overrides';
import { whatWouldMoveIt, type WhatWouldMoveIt } from './what-if';

export interface AccountHealth extends HealthScore {
  accountId: string;
  /** The computed band (score + risk flags). Always shown, even under an override. */
  computedBand: HealthBand;
  /** The band to show: the CSM's override while it lasts, else the computed band. */
  band: HealthBand;
  override: { band: HealthBand; reason: string; expiresAt: string; createdBy: string } | null;
  reasons: string[];
  whatWouldMoveIt: WhatWouldMoveIt | null;
  inputs: HealthInputs;
}

/** An account's health as of `now` (an ISO instant); pure, so the same everywhere it is computed. */
export function accountHealth(data: AccountData, now: string, settings: Settings): AccountHealth {
  const inputs = healthInputs(data, now, settings);
  const scored = scoreHealth(inputs, settings);
  const o = activeOverride(data.healthOverrides, todayIn(now, csmTimeZone(settings)));
  return {
    ...scored,
    accountId: data.account.id,
    computedBand: scored.band,
    band: effectiveBand(scored.band, o),
    override: o && { band: o.band, reason: o.reason, expiresAt: o.expiresAt, createdBy: o.createdBy },
    reasons: reasonsOf(scored),
    whatWouldMoveIt: whatWouldMoveIt(inputs, settings),
    inputs,
  };
}
