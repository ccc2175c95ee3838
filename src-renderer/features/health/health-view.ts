import type { AccountHealth, HealthTrend, Measure } from '../../../src-core/health';
import { BAND_LABELS, overrideSentence } from '../../../src-core/health';
import type { HealthBand } from '../../../src-core/model';
import { addDays } from '../../../src-core/time';
import type { RowDraft } from '../../store';

export interface MeasureRow {
  key: Measure['key'];
  label: string;
  /** 0–100, null when there is nothing to score it on. */
  points: number | null;
  /** Share of the score this measure carries, 0–100 (measures with no data carry none). */
  weightPct: number;
  /** Points it adds to the 0–100 score, and points it loses, rounded. */
  adds: number;
  loses: number;
  largestDrag: boolean;
  reasons: Measure['reasons'];
}

/** Rounds half up, ignoring floating-point dust (0.3 ÷ 0.8 × 100 is 37.4999…, shown as 38). */
const round = (n: number) => Math.round(n + 1e-9);

/** Each measure's points, its weight in the score and what it adds or costs: the bars of the breakdown. */
export function measureRows(health: Pick<AccountHealth, 'measures' | 'largestDrag'>): MeasureRow[] {
  const scored = health.measures.filter((m) => m.points !== null && m.weight > 0);
  const total = scored.reduce((t, m) => t + m.weight, 0);
  return health.measures.map((m) => {
    const share = m.points === null || total === 0 ? 0 : m.weight / total;
    return {
      key: m.key,
      label: m.label,
      points: m.points,
      weightPct: round(share * 100),
      adds: m.points === null ? 0 : round(m.points * share),
      loses: m.points === null ? 0 : round((100 - m.points) * share),
      largestDrag: health.largestDrag?.key === m.key,
      reasons: m.reasons,
    };
  });
}

/** "+6", "−12", "0"; null → "—". */
export function signedPoints(n: number | null): string {
  if (n === null) return '—';
  return n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0';
}

/** "−12 points in 30 days · −4 in 90 days", or what is missing. */
export function trendWords(trend: HealthTrend | null): string {
  if (!trend) return 'No history yet';
  const parts = [];
  if (trend.change30 !== null) parts.push(`${signedPoints(trend.change30)} points in 30 days`);
  if (trend.change90 !== null) parts.push(`${signedPoints(trend.change90)} in 90 days`);
  return parts.length ? parts.join(' · ') : 'Less than 30 days of history';
}

export interface OverrideForm {
  band: HealthBand;
  reason: string;
  expiresAt: string;
}

/** Overrides last a month unless the CSM says otherwise: long enough to act, short enough to be revisited. */
export const DEFAULT_OVERRIDE_DAYS = 30;
/** An override for longer than a quarter stops being a judgment and hides the score. */
export const MAX_OVERRIDE_DAYS = 92;

export function defaultOverrideForm(computed: HealthBand, today: string): OverrideForm {
  return {
    band: computed === 'green' ? 'yellow' : 'green',
    reason: '',
    expiresAt: addDays(today, DEFAULT_OVERRIDE_DAYS),
  };
}

/** The override row to write, or the reason it cannot be saved, in the CSM's words. */
export function overrideDraft(
  form: OverrideForm,
  accountId: string,
  now: string,
  author: string,
): { ok: true; draft: RowDraft<'healthOverrides'> } | { ok: false; message: string } {
  const today = now.slice(0, 10);
  const reason = form.reason.trim();
  if (!reason) return { ok: false, message: 'Say why: the reason is shown beside the band to everyone who sees it.' };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(form.expiresAt) || form.expiresAt < today)
    return { ok: false, message: 'Pick an expiry date from today onward.' };
  if (form.expiresAt > addDays(today, MAX_OVERRIDE_DAYS))
    return {
      ok: false,
      message: `An override can last at most ${MAX_OVERRIDE_DAYS} days; renew it if it still holds.`,
    };
  return {
    ok: true,
    draft: {
      accountId,
      band: form.band,
      reason,
      createdAt: now,
      expiresAt: form.expiresAt,
      createdBy: author || 'CSM',
    },
  };
}

export const bandLabel = (band: HealthBand) => BAND_LABELS[band];

/** What a badge needs; both the full health and the worker's summary have it. */
export interface BadgeHealth {
  score: number;
  band: HealthBand;
  computedBand: HealthBand;
  override: { band: HealthBand; reason: string; expiresAt: string; createdBy: string } | null;
  reasons: string[];
}

/** The badge's hover text: the score, the override and the reasons, one a line. */
export function badgeTitle(h: BadgeHealth): string {
  const lines = [`Health ${h.score} of 100, computed ${bandLabel(h.computedBand)}`];
  if (h.override) lines.push(overrideSentence(h.override));
  return [...lines, ...h.reasons.slice(0, 5)].join('\n');
}
