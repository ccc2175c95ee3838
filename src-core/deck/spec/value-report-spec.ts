import { clientText } from '../../audience';
import { formatChangePercent, formatMetricValue, formatPercent, metricInfo } from '../../metrics';
import { talkingPoints, type TalkingPoints } from '../../prep/talking-points';
import { csmTimeZone, DEFAULT_SETTINGS } from '../../settings';
import { previousPeriod, todayIn } from '../../time';
import { slotClientList } from '../clean-text';
import { BUDGET } from '../budgets';
import type { BulletsSlide, DeckInput, DeckSpec, SlideSpec } from '../types';
import { accountRows } from './account-rows';
import { assembleDeck, titleSlide } from './assemble';
import { goalSlides, periodGoals } from './goals';
import { accountKpis, channelLabel, kpiStat, type Kpi } from './kpis';
import { forYouNote, notesText, periodRange } from './notes';
import { nextPeriod, planItems, planSlides } from './plan';
import { DeckInputError } from './qbr-spec';
import { monthTrendSlide } from './month-trend';
import { insightSlide, winsSlide } from './story';

/** The monthly value report of DESIGN §6. */
export function buildValueReportSpec(input: DeckInput): DeckSpec & { kind: 'value_report' } {
  if (input.period.kind !== 'month')
    throw new DeckInputError(`A value report covers a month (like 2026-09), not "${input.period.key}".`);
  const data = accountRows(input.book, input.accountId);
  if (!data) throw new DeckInputError(`Account "${input.accountId}" is not in the book.`);
  const { period, now } = input;
  const zone = csmTimeZone(input.settings ?? DEFAULT_SETTINGS);
  const today = todayIn(now, zone);
  const kpis = accountKpis(data.metrics, period);
  const points = talkingPoints(data, period, now, zone);
  const plan = planItems(data, nextPeriod(period));
  const slides: SlideSpec[] = [
    titleSlide(data.account, input, 'Value report', `Monthly value report · ${period.label}`),
    glanceSlide(kpis, period, points),
    ...kpis.map((k, i) => monthTrendSlide(data.metrics, k, period, i > 0)),
    insightSlide(data, points, period),
    winsSlide(data, points, period, 'Wins and deliverables completed'),
    ...goalSlides('goals', 'POWER goal progress', periodGoals(data.goals, data.metrics, period, today), period, today),
    ...planSlides(data, period, 'next-month', 'Next month', plan),
  ];
  return assembleDeck('value_report', input, data.account, slides, [], {
    presented: { key: 'next-month', items: plan },
  });
}

/** Month at a glance: each KPI against its target and last month. */
function glanceSlide(kpis: Kpi[], period: DeckInput['period'], points: TalkingPoints): BulletsSlide {
  const prev = previousPeriod(period);
  const lines = kpis.map((k) => {
    const s = k.summary;
    const target =
      s.target !== null ? `, target ${formatMetricValue(k.metric, s.target)} (${formatPercent(s.attainment)})` : '';
    const change = s.deltaPct !== null ? `, ${formatChangePercent(s.deltaPct)} vs ${prev.label}` : '';
    return clientText(`${metricInfo(k.metric).label}: ${formatMetricValue(k.metric, s.value)}${target}${change}`);
  });
  return {
    key: 'glance',
    kind: 'bullets',
    title: `${period.label} at a glance`,
    optional: false,
    stats: kpis.slice(0, BUDGET.stat.maxCards).map((k) => kpiStat(k, prev.label)),
    bullets: slotClientList(
      lines.length ? lines : [clientText(`No KPI results were recorded for ${period.label}.`)],
      BUDGET.bulletsUnderStats.items,
      BUDGET.bulletsUnderStats.chars,
    ),
    commentary: null,
    notes: notesText([
      `KPIs for ${periodRange(period)} against their targets and ${periodRange(prev)}.`,
      ...kpis.map(
        (k) =>
          `${metricInfo(k.metric).label}: ${channelLabel(k.channel)}, weekly series; a week counts in the month that holds its Monday.`,
      ),
      forYouNote('risks to address (not on any slide)', points.internal.risk),
      forYouNote('your own open to-dos (not on any slide)', points.internal.toDo),
    ]),
  };
}
