import { clientText, type ClientText } from '../../audience';
import { accountHealth, BAND_LABELS } from '../../health';
import { formatMetricValue } from '../../metrics';
import { csmTimeZone, DEFAULT_SETTINGS } from '../../settings';
import { accountRoi, type AccountRoi } from '../../scorecard/account-roi';
import { talkingPoints, type TalkingPoints } from '../../prep/talking-points';
import { formatDay, previousPeriod, todayIn } from '../../time';
import { slotClientList } from '../clean-text';
import { BUDGET } from '../budgets';
import type { BulletsSlide, DeckInput, DeckSpec, SlideSpec, StatCard } from '../types';
import { accountRows } from './account-rows';
import { appendixSlides } from './appendix';
import { assembleDeck, titleSlide } from './assemble';
import { channelSlide } from './channels';
import { expansionSlide } from './commercial';
import { feedbackSlide } from './feedback';
import { goalSlides, goingWell, measuredOn, periodGoals, type GoalRow } from './goals';
import { accountKpis, kpiStat, kpiTrendSlide, type Kpi } from './kpis';
import { forYouNote, notesText, periodRange } from './notes';
import { nextPeriod, planItems, planSlides } from './plan';
import { promisesSlides } from './promises';
import { renewalSlides } from './renewal';
import { roiSlide, roiStat } from './roi';
import { insightSlide, opportunitiesSlide, winsSlide } from './story';

export class DeckInputError extends Error {}

/** The quarterly business review, slide by slide as DESIGN §6 lists it. */
export function buildQbrSpec(input: DeckInput): DeckSpec & { kind: 'qbr' } {
  if (input.period.kind !== 'quarter')
    throw new DeckInputError(`A QBR covers a quarter (like 2026-Q3), not "${input.period.key}".`);
  const data = accountRows(input.book, input.accountId);
  if (!data) throw new DeckInputError(`Account "${input.accountId}" is not in the book.`);
  const { period, now } = input;
  const settings = input.settings ?? DEFAULT_SETTINGS;
  const today = todayIn(now, csmTimeZone(settings));
  const kpis = accountKpis(data.metrics, period);
  const goals = periodGoals(data.goals, data.metrics, period, today);
  const r = accountRoi(data, measuredOn(period, today));
  const points = talkingPoints(data, period, now, csmTimeZone(settings));
  const expansion = expansionSlide(data, points);
  const renewal = renewalSlides(data, today, r, settings.health.renewalWindowDays, input.renewalOptions);
  const warnings = expansion.warning ? [expansion.warning] : [];
  const channels = kpis[0] ? channelSlide(data.metrics, kpis[0].metric, period) : null;
  const plan = planItems(data, nextPeriod(period));
  const slides: (SlideSpec | null)[] = [
    titleSlide(data.account, input, 'QBR', `Quarterly business review · ${period.label}`),
    ...promisesSlides(data, period, today, csmTimeZone(settings)),
    summarySlide(
      kpis,
      goals,
      r,
      period,
      points,
      renewal !== null,
      expansion.slide !== null,
      healthNote(data, now, settings),
    ),
    ...goalSlides('goals', 'POWER goals and attainment', goals, period, today),
    ...kpis.map((k, i) => kpiTrendSlide(data.metrics, k, period, i > 0)),
    channels,
    insightSlide(data, points, period),
    winsSlide(data, points, period, 'Wins this quarter'),
    roiSlide(r),
    opportunitiesSlide(points, period),
    ...planSlides(data, period, 'plan', 'Next quarter plan', plan),
    expansion.slide,
    ...(renewal?.slides ?? []),
    feedbackSlide(data.feedback, period, settings.targets.nps, settings.targets.csat),
    ...appendixSlides(data.metrics, period),
  ];
  return assembleDeck(
    'qbr',
    input,
    data.account,
    slides.filter((s): s is SlideSpec => s !== null),
    warnings,
    { presented: { key: 'plan', items: plan }, renewalOptions: renewal?.options ?? [] },
  );
}

function summarySlide(
  kpis: Kpi[],
  goals: GoalRow[],
  r: AccountRoi,
  period: DeckInput['period'],
  points: TalkingPoints,
  renewalDue: boolean,
  expansion: boolean,
  health: string,
): BulletsSlide {
  const prev = previousPeriod(period);
  const onTrack = goals.filter(goingWell).length;
  const stats: StatCard[] = [
    ...kpis.slice(0, 2).map((k) => kpiStat(k, prev.label)),
    {
      label: 'Goals on track',
      value: `${onTrack} of ${goals.length}`,
      detail: goals.length ? 'Achieved or ahead of schedule' : 'No goals set for this quarter',
      tone: goals.length === 0 ? 'neutral' : onTrack === goals.length ? 'good' : 'bad',
    },
    roiStat(r),
  ];
  const bullets: ClientText[] = [
    ...points.client.working.slice(0, 2),
    ...points.client.needsWork.slice(0, 1),
    ...(renewalDue ? [clientText('The agreement renews within 90 days: see the renewal slide.')] : []),
    ...(expansion ? [clientText('A growth opportunity has opened up: see the proposal.')] : []),
  ];
  return {
    key: 'summary',
    kind: 'bullets',
    title: 'Executive summary',
    optional: false,
    stats,
    bullets: slotClientList(
      bullets.length ? bullets : [clientText(`Results for ${period.label} are summarised on the following slides.`)],
      BUDGET.bulletsUnderStats.items,
      BUDGET.bulletsUnderStats.chars,
    ),
    commentary: null,
    notes: notesText([
      ...kpis
        .slice(0, 2)
        .map(
          (k) =>
            `${k.metric}: ${formatMetricValue(k.metric, k.summary.value)} in ${periodRange(period)} vs ${formatMetricValue(k.metric, k.summary.previous?.value ?? null)} in ${prev.label}.`,
        ),
      `POWER goals: ${onTrack} of ${goals.length} achieved or on track at the end of the quarter.`,
      'ROI: value of the POWER goals achieved in the agreement year so far ÷ what the agreement cost in it (see the ROI slide).',
      health,
      forYouNote('risks to address (not on any slide)', points.internal.risk),
      forYouNote('your own open to-dos (not on any slide)', points.internal.toDo),
    ]),
  };
}

/**
 * Health is the CSM's internal read of the relationship (a red band may rest on a competitor
 * rumour), so it goes in the presenter's notes to steer the conversation, never on the slide.
 */
function healthNote(data: Parameters<typeof accountHealth>[0], now: string, settings: typeof DEFAULT_SETTINGS): string {
  const h = accountHealth(data, now, settings);
  const drag = h.largestDrag
    ? `; largest drag: ${h.largestDrag.label} (−${Math.round(h.largestDrag.lostPoints)} points)`
    : '';
  const why = h.reasons.slice(0, 3).join(' ');
  return `For you, not the client — health as of ${formatDay(todayIn(now, csmTimeZone(settings)))}: ${BAND_LABELS[h.band]}, score ${h.score}${drag}. ${why}`.trim();
}
