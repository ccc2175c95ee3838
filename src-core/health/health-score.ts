import type { HealthBand } from '../model';
import type { Settings } from '../settings';
import type { HealthInputs } from './health-inputs';
import { commercialMeasure, engagementMeasure, resultsMeasure, sentimentMeasure, type Measure } from './measures';

export interface RiskFlag {
  kind: 'competitor_interest' | 'cancellation_threat';
  text: string;
}

export interface HealthScore {
  score: number;
  /** The band the score and the risk flags give, before any override. */
  band: HealthBand;
  measures: Measure[];
  flags: RiskFlag[];
  /** The measure losing the most weighted points, with those points. */
  largestDrag: { key: Measure['key']; label: string; lostPoints: number } | null;
}

const BAND_ORDER: HealthBand[] = ['red', 'yellow', 'green'];
export const bandRank = (b: HealthBand) => BAND_ORDER.indexOf(b);
export const BAND_LABELS: Record<HealthBand, string> = { green: 'Green', yellow: 'Yellow', red: 'Red' };

export function bandOfScore(score: number, bands: Settings['health']['bands']): HealthBand {
  return score >= bands.green ? 'green' : score >= bands.yellow ? 'yellow' : 'red';
}

/**
 * Weighted mean of the measures that have points (a measure with nothing to go on carries no
 * weight rather than a made-up score), then the risk flags: competitor interest caps the band at
 * Yellow, a cancellation threat sets Red, whatever the score (DESIGN §4).
 */
export function scoreHealth(inputs: HealthInputs, settings: Settings): HealthScore {
  const measures = [resultsMeasure, engagementMeasure, sentimentMeasure, commercialMeasure].map((m) =>
    m(inputs, settings),
  );
  const scored = measures.filter((m) => m.points !== null && m.weight > 0);
  const weight = scored.reduce((t, m) => t + m.weight, 0);
  const score = weight > 0 ? Math.round(scored.reduce((t, m) => t + (m.points as number) * m.weight, 0) / weight) : 0;
  let band = bandOfScore(score, settings.health.bands);
  const flags: RiskFlag[] = [];
  if (inputs.competitorInterest) {
    flags.push({ kind: 'competitor_interest', text: 'Competitor interest: band capped at Yellow' });
    if (band === 'green') band = 'yellow';
  }
  if (inputs.cancellationThreat) {
    flags.push({ kind: 'cancellation_threat', text: 'Cancellation threat: band set to Red' });
    band = 'red';
  }
  const drags = scored.map((m) => ({
    key: m.key,
    label: m.label,
    lostPoints: Math.round(((100 - (m.points as number)) * m.weight) / weight),
  }));
  const largest = drags.filter((d) => d.lostPoints > 0).sort((a, b) => b.lostPoints - a.lostPoints)[0] ?? null;
  return { score, band, measures, flags, largestDrag: largest };
}

/** Plain-words reasons, worst first: risk flags, then concerns by the measure's drag. */
export function reasonsOf(h: HealthScore): string[] {
  const lost = (m: Measure) => (m.points === null ? 0 : (100 - m.points) * m.weight);
  const ordered = [...h.measures].sort((a, b) => lost(b) - lost(a));
  const concerns = ordered.flatMap((m) => m.reasons.filter((r) => r.concern).map((r) => r.text));
  if (concerns.length + h.flags.length > 0) return [...h.flags.map((f) => f.text), ...concerns];
  return ordered.flatMap((m) => m.reasons.slice(0, 1).map((r) => r.text));
}
