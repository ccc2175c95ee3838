import type { MetricSeries } from '../../model';
import { formatMetricValue, metricInfo, seriesPoints } from '../../metrics';
import { formatDay, type Period } from '../../time';
import type { SectionSlide, SlideSpec } from '../types';
import { accountKpis, channelLabel } from './kpis';
import { notesText, periodRange } from './notes';
import { pageTable } from './paging';

const APPENDIX_COLUMNS = 5;

/** The data behind the deck: every week of the period for the account's main KPIs, paged. */
export function appendixSlides(series: readonly MetricSeries[], period: Period): SlideSpec[] {
  const kpis = accountKpis(series, period, APPENDIX_COLUMNS);
  const section: SectionSlide = {
    key: 'appendix',
    kind: 'section',
    title: 'Appendix',
    subtitle: `The weekly data behind this review, ${period.label}`,
    optional: true,
    commentary: null,
    notes: notesText([`Weekly values for ${periodRange(period)}.`]),
  };
  const columns = kpis.map((k) => ({ k, points: seriesPoints(series, k.metric, k.channel, period.start, period.end) }));
  const weeks = columns[0]?.points.map((p) => p.date) ?? [];
  const pages = pageTable(
    {
      key: 'appendix-data',
      title: `Appendix: weekly data, ${period.label}`,
      optional: true,
      notes: notesText([
        `Weekly values (week starting Monday) for ${periodRange(period)}:`,
        ...kpis.map((k) => `${metricInfo(k.metric).label}: ${channelLabel(k.channel)}.`),
        'A dash means no value was recorded that week.',
      ]),
    },
    {
      columns: ['Week of', ...kpis.map((k) => metricInfo(k.metric).shortLabel)],
      widths: [2, ...kpis.map(() => 2)],
      align: ['left', ...kpis.map(() => 'right' as const)],
      rows: weeks.map((week, i) => [
        formatDay(week),
        ...columns.map(({ k, points }) => formatMetricValue(k.metric, points[i]?.value ?? null)),
      ]),
    },
  );
  return [section, ...pages];
}
