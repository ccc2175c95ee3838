import { cadenceBoard, onboardingStatus, type CadenceItem, type OnboardingProgress } from '../../src-core/cadence';
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
  timings: { healthMs: number; cadenceMs: number; onboardingMs: number };
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

const timed = <T>(run: () => T): [T, number] => {
  const start = performance.now();
  const out = run();
  return [out, Math.round(performance.now() - start)];
};

/** Health for every account, the cadence board and the onboarding tracker, from one indexed book. */
export function computeBookInsights(accounts: readonly AccountData[], now: string, settings: Settings): BookInsights {
  const today = todayIn(now, csmTimeZone(settings));
  const [scored, healthMs] = timed(() => accounts.map((a) => accountHealth(a, now, settings)));
  const health = scored.map(summarizeHealth);
  const standing = accounts.map((a, i) => accountStanding(a, now, settings, scored[i]));
  const [cadence, cadenceMs] = timed(() => cadenceBoard(accounts, now, settings));
  const [onboarding, onboardingMs] = timed(() =>
    accounts.filter((a) => isOnboarding(a, today, settings)).map((a) => onboardingStatus(a, now, settings)),
  );
  return {
    computedAt: now,
    accounts: accounts.map(({ account: a }) => ({ id: a.id, name: a.name, tier: a.tier, stage: a.stage })),
    health,
    standing,
    cadence,
    onboarding,
    timings: { healthMs, cadenceMs, onboardingMs },
  };
}
