import type { AccountData } from '../health';
import { npsCategory } from '../metrics/nps-csat';
import type { Feedback } from '../model';
import { addDays, dayIn } from '../time';
import { isClientOn } from '../scorecard/clients';

/**
 * Referrals (seed 002: "Capture referrals from our raving fan clients (5/yr.)"). A promoter — a
 * client whose latest NPS answer is 9 or 10 — is suggested for a referral ask when nobody asked
 * it for one, and it gave none, in the last `REFERRAL_ASK_DAYS` days.
 */
export const REFERRAL_ASK_DAYS = 90;

export const REFERRAL_SUGGESTION_DEFINITION =
  `Clients whose latest NPS answer is 9–10 (promoters) with no referral asked or received in the last ` +
  `${REFERRAL_ASK_DAYS} days.`;

export interface ReferralSuggestion {
  accountId: string;
  name: string;
  /** The promoter answer behind the suggestion. */
  answer: Feedback;
}

function latestNps(feedback: readonly Feedback[], day: string): Feedback | null {
  let latest: Feedback | null = null;
  for (const f of feedback) {
    if (f.nps === null || f.date > day) continue;
    if (!latest || f.date > latest.date) latest = f;
  }
  return latest;
}

/** Promoters to ask for a referral on `day` (the CSM's calendar), by account name. */
export function referralSuggestions(accounts: readonly AccountData[], day: string, zone: string): ReferralSuggestion[] {
  const since = addDays(day, -REFERRAL_ASK_DAYS);
  const out: ReferralSuggestion[] = [];
  for (const a of accounts) {
    if (!isClientOn(a, day)) continue;
    const answer = latestNps(a.feedback, day);
    if (!answer || answer.nps === null || npsCategory(answer.nps) !== 'promoter') continue;
    const asked = a.clientRequests.some(
      (r) => r.kind === 'referral' && dayIn(r.requestedAt, zone) >= since && dayIn(r.requestedAt, zone) <= day,
    );
    const given = a.referrals.some((r) => r.date >= since && r.date <= day);
    if (!asked && !given) out.push({ accountId: a.account.id, name: a.account.name, answer });
  }
  return out.sort((x, y) => x.name.localeCompare(y.name, 'en'));
}

/** Referrals received in the year to date: what the scorecard counts against the 5-a-year target. */
export function referralsInYear(accounts: readonly AccountData[], year: { start: string; end: string }): number {
  return accounts.reduce((t, a) => t + a.referrals.filter((r) => r.date >= year.start && r.date <= year.end).length, 0);
}
