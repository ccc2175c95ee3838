import {
  cadenceBoard,
  compareCadenceItems,
  onboardingStatus,
  type CadenceItem,
  type OnboardingProgress,
} from '../../src-core/cadence';
import { accountHealth, type AccountData, type AccountHealth } from '../../src-core/health';
import type { HealthBand } from '../../src-core/model';
import { csmTimeZone, type Settings } from '../../src-core/settings';
import { accountStanding, type AccountStanding } from '../../src-core/standing';
import { addDays, todayIn } from '../../src-core/time';

/** What the Book, the sidebar and the lists need of an account's health: small enough to send across. */
export interface HealthSummary {
  accountId: string;
  score: number;
  band: HealthBand;
  computedBand: HealthBand;
  override: AccountHealth['override'];
  reasons: string[];
  largestDrag: AccountHealth['largestDrag'];
  nextBand: string | null;
}

export interface AccountRef {
  id: string;
  name: string;
  tier: string;
  stage: string;
}

export interface BookInsights {
  computedAt: string;
  accounts: AccountRef[];
  health: HealthSummary[];
  /** Last two-way contact, meetings kept/skipped and QBR due beside health, by the same functions as every screen. */
  standing: AccountStanding[];
  cadence: CadenceItem[];
  onboarding: OnboardingProgress[];
  /** `recomputed`: accounts scored for this reply; the rest were unchanged since the last. */
  timings: { computeMs: number; recomputed: number };
}

/** One account's part of the book's insights: what the worker keeps per account between writes. */
export interface AccountInsights {
  health: HealthSummary;
  standing: AccountStanding;
  cadence: CadenceItem[];
  onboarding: OnboardingProgress | null;
}

export function summarizeHealth(h: AccountHealth): HealthSummary {
  return {
    accountId: h.accountId,
    score: h.score,
    band: h.band,
    computedBand: h.computedBand,
    override: h.override,
    reasons: h.reasons,
    largestDrag: h.largestDrag,
    nextBand: h.whatWouldMoveIt?.summary ?? null,
  };
}

/**
 * Accounts on the onboarding clock: those the CSM marks as onboarding, and any client still
 * inside its first-value window (a new client whose stage was not updated is still onboarding).
 */
export function isOnboarding(data: AccountData, today: string, settings: Settings): boolean {
  const a = data.account;
  if (a.churnedAt !== null && a.churnedAt <= today) return false;
  return (
    a.stage === 'onboarding' ||
    (a.startedAt <= today && addDays(a.startedAt, settings.onboarding.firstValueDays) >= today)
  );
}

/** Health, standing, due cadence and onboarding of one account, by the same core functions as every screen. */
export function accountInsights(data: AccountData, now: string, settings: Settings): AccountInsights {
  const today = todayIn(now, csmTimeZone(settings));
  const scored = accountHealth(data, now, settings);
  return {
    health: summarizeHealth(scored),
    standing: accountStanding(data, now, settings, scored),
    cadence: cadenceBoard([data], now, settings),
    onboarding: isOnboarding(data, today, settings) ? onboardingStatus(data, now, settings) : null,
  };
}

/**
 * The book's insights from each account's part (in the book's order), however many of them were
 * computed just now; `part` returns an account's cached part or computes it.
 */
export function assembleBookInsights(
  accounts: readonly AccountData[],
  now: string,
  part: (data: AccountData) => AccountInsights,
  recomputed: () => number,
): BookInsights {
  const start = performance.now();
  const parts = accounts.map(part);
  return {
    computedAt: now,
    accounts: accounts.map(({ account: a }) => ({ id: a.id, name: a.name, tier: a.tier, stage: a.stage })),
    health: parts.map((p) => p.health),
    standing: parts.map((p) => p.standing),
    cadence: parts.flatMap((p) => p.cadence).sort(compareCadenceItems),
    onboarding: parts.flatMap((p) => (p.onboarding ? [p.onboarding] : [])),
    timings: { computeMs: Math.round(performance.now() - start), recomputed: recomputed() },
  };
}

/** Health for every account, the cadence board and the onboarding tracker, from one indexed book. */
export function computeBookInsights(accounts: readonly AccountData[], now: string, settings: Settings): BookInsights {
  return assembleBookInsights(
    accounts,
    now,
    (a) => accountInsights(a, now, settings),
    () => accounts.length,
  );
}
